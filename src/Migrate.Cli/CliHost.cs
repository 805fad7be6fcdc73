using Migrate.Core.Conversion;

namespace Migrate.Cli;

/// <summary>
/// What the commands need from the process: where output goes, whether stderr is a terminal (for the progress
/// line) and whether stdout is one (for <c>--color auto</c>), the environment (<c>NO_COLOR</c>), and the reading
/// stages. Tests pass string writers, a fake environment and stand-in stages; <see cref="Program"/> passes the
/// console.
/// </summary>
public sealed record CliHost(TextWriter Out, TextWriter Error, bool ErrorIsTerminal, ConversionStages Stages)
{
    /// <summary>True when stdout is a terminal: <c>--color auto</c> colours the diff only then.</summary>
    public bool OutIsTerminal { get; init; }

    /// <summary>Reads an environment variable (null when unset). Tests substitute it.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = _ => null;

    public static CliHost FromConsole() =>
        new(Console.Out, Console.Error, !Console.IsErrorRedirected, ConversionStages.Default)
        {
            OutIsTerminal = !Console.IsOutputRedirected,
            GetEnvironmentVariable = Environment.GetEnvironmentVariable,
        };
}
