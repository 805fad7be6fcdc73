using System.CommandLine;
using System.CommandLine.Invocation;

namespace Migrate.Cli;

/// <summary>
/// The command tree and the one place that turns a command line into an exit code. Parse errors are reported
/// here (not by System.CommandLine's default handler) so they exit with <see cref="ExitCodes.Errors"/> like every
/// other usage error, and all text goes to the host's writers so tests can run the CLI in-process.
/// </summary>
public static class MigrateCommand
{
    public static RootCommand Create(CliHost host)
    {
        var verbose = CommandLineOptions.Verbose();
        var root = new RootCommand("migrate - move Hugo Academic (Wowchemy / Hugo Blox) publications to JSON, Jekyll or Zola");
        root.Options.Add(verbose);
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction();
        }
        root.Subcommands.Add(ConvertCommand.Create(host, verbose));
        root.Subcommands.Add(InspectCommand.Create(host, verbose));
        return root;
    }

    public static int Run(string[] args, CliHost host)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(host);
        var parse = Create(host).Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                host.Error.WriteLine($"migrate: error: {error.Message}");
            }
            host.Error.WriteLine("Run 'migrate --help' for usage.");
            return ExitCodes.Errors;
        }
        return parse.Invoke(new InvocationConfiguration { Output = host.Out, Error = host.Error });
    }
}
