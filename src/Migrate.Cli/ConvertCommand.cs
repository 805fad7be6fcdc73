using System.CommandLine;
using Migrate.Core.Conversion;
using Migrate.Core.Diagnostics;
using Migrate.Core.IO;
using Migrate.Core.Writing;

namespace Migrate.Cli;

/// <summary><c>migrate convert SOURCE --to json|jekyll|zola --out DIR [--section NAME]... [--flavor plain|academicpages|al-folio]</c>: plan, apply, report.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliHost host, Option<bool> verbose)
    {
        var source = CommandLineOptions.Path("SOURCE", "Hugo site root, content folder, section, bundle folder or page file");
        var to = new Option<string>("--to", "-t")
        {
            Description = "Output format",
            Required = true,
            HelpName = "json|jekyll|zola",
        };
        to.AcceptOnlyFromAmong(WriterRegistry.Names.ToArray());
        var output = new Option<string>("--out", "-o")
        {
            Description = "Output folder (created if missing; must be outside the source tree)",
            Required = true,
            HelpName = "DIR",
        };
        var sections = CommandLineOptions.Sections();
        var flavor = new Option<string>("--flavor")
        {
            Description = "Jekyll output shape (default: plain)",
            HelpName = string.Join('|', WriterRegistry.Flavors),
        };
        flavor.AcceptOnlyFromAmong(WriterRegistry.Flavors.ToArray());

        var command = new Command("convert", "Convert the publications of a Hugo Academic site");
        command.Arguments.Add(source);
        command.Options.Add(to);
        command.Options.Add(output);
        command.Options.Add(sections);
        command.Options.Add(flavor);
        command.SetAction(parse => Run(
            host,
            parse.GetRequiredValue(source),
            parse.GetRequiredValue(to),
            parse.GetRequiredValue(output),
            parse.GetValue(sections) ?? Array.Empty<string>(),
            parse.GetValue(flavor),
            parse.GetValue(verbose)));
        return command;
    }

    private static int Run(CliHost host, string source, string target, string output, string[] sections, string? flavor, bool verbose)
    {
        if (!WriterRegistry.TryCreate(target, flavor, out _, out var writerError))
        {
            host.Error.WriteLine($"migrate: error: {writerError}");
            return ExitCodes.Errors;
        }

        var progress = host.ErrorIsTerminal ? new ProgressLine(host.Error) : null;
        var request = new ConversionRequest(source, target, output, sections) { Progress = progress, Flavor = flavor };
        var result = ConversionPipeline.Run(request, host.Stages);
        progress?.Clear();

        var diagnostics = new List<Diagnostic>(result.Diagnostics);
        if (result.Site is not null)
        {
            var applied = PlanApplier.Apply(result.Plan, output);
            diagnostics.AddRange(applied.Diagnostics);
            if (verbose)
            {
                host.Error.WriteLine(
                    $"migrate: {output}: {applied.Written.Count} written, {applied.Unchanged.Count} unchanged, {applied.NotWritten.Count} not written");
            }
        }

        DiagnosticPrinter.Print(host.Error, diagnostics, verbose);
        host.Error.WriteLine(DiagnosticPrinter.Summary(result.PublicationCount, diagnostics));
        return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.Errors : ExitCodes.Success;
    }
}
