namespace Migrate.Cli;

/// <summary>Entry point: builds the command line and runs it. All behaviour lives in the commands and in Migrate.Core.</summary>
public static class Program
{
    public static int Main(string[] args) => MigrateCommand.Run(args, CliHost.FromConsole());
}
