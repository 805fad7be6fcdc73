using System.CommandLine;

namespace Migrate.Cli;

/// <summary>Options and arguments shared by several commands, built fresh for each command tree.</summary>
internal static class CommandLineOptions
{
    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "Also print info diagnostics",
        Recursive = true,
    };

    public static Option<string[]> Sections() => new("--section")
    {
        Description = "Section folder to convert (repeatable; default: publication and publications)",
        HelpName = "NAME",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>
    /// A positional path argument that refuses values starting with '-': System.CommandLine would otherwise take
    /// an unknown option (<c>--bogus</c>) as the path and run (see docs/libraries.md §5).
    /// </summary>
    public static Argument<string> Path(string name, string description)
    {
        var argument = new Argument<string>(name) { Description = description };
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-'))
                {
                    result.AddError($"Unknown option '{token.Value}'.");
                }
            }
        });
        return argument;
    }
}
