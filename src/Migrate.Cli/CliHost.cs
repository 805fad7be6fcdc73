using Migrate.Core.Conversion;

namespace Migrate.Cli;

/// <summary>
/// What the commands need from the process: where output goes, whether stderr is a terminal (for the progress
/// line), and the reading stages. Tests pass string writers and stand-in stages; <see cref="Program"/> passes
/// the console.
/// </summary>
public sealed record CliHost(TextWriter Out, TextWriter Error, bool ErrorIsTerminal, ConversionStages Stages)
{
    public static CliHost FromConsole() =>
        new(Console.Out, Console.Error, !Console.IsErrorRedirected, ConversionStages.Default);
}
