using Migrate.Cli;
using Migrate.Core.Conversion;

namespace Migrate.Tests.Cli;

/// <summary>Runs the CLI in-process with captured stdout/stderr.</summary>
internal static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Out, string Error)
    {
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Outcome Run(ConversionStages stages, bool errorIsTerminal, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = MigrateCommand.Run(args, new CliHost(output, error, errorIsTerminal, stages));
        return new Outcome(code, output.ToString(), error.ToString());
    }

    public static Outcome Run(ConversionStages stages, params string[] args) => Run(stages, false, args);

    /// <summary>With the real readers (end-to-end).</summary>
    public static Outcome Run(params string[] args) => Run(ConversionStages.Default, false, args);
}
