using System.CommandLine;
using Migrate.Core.Conversion;
using Migrate.Core.Diagnostics;
using Migrate.Core.Writing.Json;

namespace Migrate.Cli;

/// <summary>
/// <c>migrate inspect FILE-OR-BUNDLE</c>: reads one publication and prints its JSON object (the same object as in
/// <c>publications.json</c>) on stdout; diagnostics go to stderr.
/// </summary>
internal static class InspectCommand
{
    public static Command Create(CliHost host, Option<bool> verbose)
    {
        var path = CommandLineOptions.Path("FILE-OR-BUNDLE", "A publication page file or page bundle folder");
        var sections = CommandLineOptions.Sections();
        var command = new Command("inspect", "Print one publication as JSON (the object publications.json holds for it)");
        command.Arguments.Add(path);
        command.Options.Add(sections);
        command.SetAction(parse => Run(
            host,
            parse.GetRequiredValue(path),
            parse.GetValue(sections) ?? Array.Empty<string>(),
            parse.GetValue(verbose)));
        return command;
    }

    private static int Run(CliHost host, string path, string[] sections, bool verbose)
    {
        var result = ConversionPipeline.Inspect(path, sections, host.Stages);
        var diagnostics = new List<Diagnostic>(result.SiteDiagnostics);
        foreach (var publication in result.Publications)
        {
            diagnostics.AddRange(publication.Diagnostics);
        }

        var usable = true;
        if (result.Publications.Count == 1)
        {
            host.Out.Write(PublicationJson.ToJsonText(result.Publications[0]));
        }
        else
        {
            usable = false;
        }

        DiagnosticPrinter.Print(host.Error, diagnostics, verbose);
        if (!usable && !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            // Not a diagnostic about the input: the command was pointed at the wrong thing.
            host.Error.WriteLine(result.Publications.Count == 0
                ? $"migrate: error: no publication found at '{path}'"
                : $"migrate: error: '{path}' holds {result.Publications.Count} publications; inspect takes one page file or bundle folder");
        }
        host.Error.WriteLine(DiagnosticPrinter.Summary(result.Publications.Count, diagnostics));
        return !usable || diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.Errors : ExitCodes.Success;
    }
}
