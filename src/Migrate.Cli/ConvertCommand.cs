using System.CommandLine;
using Migrate.Core.Conversion;
using Migrate.Core.Diagnostics;
using Migrate.Core.IO;
using Migrate.Core.Planning;
using Migrate.Core.Planning.Report;
using Migrate.Core.Writing;

namespace Migrate.Cli;

/// <summary>
/// <c>migrate convert SOURCE --to json|jekyll|zola --out DIR [--section NAME]... [--flavor F] [--dry-run|--check] [--quiet]
/// [--color auto|always|never] [--report FILE] [--prune] [--force] [--binary]</c>: plan, compare with the output
/// folder, then either show the comparison (dry run, check) or apply it; print a summary; optionally write the
/// JSON report.
/// </summary>
internal static class ConvertCommand
{
    private sealed record Settings(
        string Source,
        string Target,
        string Output,
        string[] Sections,
        string? Flavor,
        bool Verbose,
        bool DryRun,
        bool Check,
        bool Quiet,
        string Color,
        string? Report,
        bool Prune,
        bool Force,
        bool Binary);

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
        var dryRun = new Option<bool>("--dry-run", "-n")
        {
            Description = "Write nothing; print the unified diff of what would change, then a summary line (exit 0, or 2 on errors)",
        };
        var check = new Option<bool>("--check")
        {
            Description = "Like --dry-run, for CI: exit 0 when the output is in sync, 1 when a run would change it, 2 on errors",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Print only the summary line on stdout (and errors on stderr)",
        };
        var color = new Option<string>("--color")
        {
            Description = "Colour the diff: auto (stdout is a terminal and NO_COLOR is unset), always, never",
            HelpName = "auto|always|never",
            DefaultValueFactory = _ => "auto",
        };
        color.AcceptOnlyFromAmong("auto", "always", "never");
        var report = new Option<string>("--report")
        {
            Description = "Also write a JSON report of every output file and diagnostic to FILE (outside --out; written in dry runs too)",
            HelpName = "FILE",
        };
        var prune = new Option<bool>("--prune")
        {
            Description = "Delete stale files: written by an earlier run, no longer produced, unedited",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Overwrite conflicts: files migrate did not write or that were edited since",
        };
        var binary = new Option<bool>("--binary")
        {
            Description = "Show binary files as git binary patches (so git apply can apply the diff)",
        };

        var command = new Command("convert", "Convert the publications of a Hugo Academic site");
        command.Arguments.Add(source);
        foreach (var option in new Option[] { to, output, sections, flavor, dryRun, check, quiet, color, report, prune, force, binary })
        {
            command.Options.Add(option);
        }
        command.SetAction(parse => Run(host, new Settings(
            parse.GetRequiredValue(source),
            parse.GetRequiredValue(to),
            parse.GetRequiredValue(output),
            parse.GetValue(sections) ?? Array.Empty<string>(),
            parse.GetValue(flavor),
            parse.GetValue(verbose),
            parse.GetValue(dryRun),
            parse.GetValue(check),
            parse.GetValue(quiet),
            parse.GetValue(color) ?? "auto",
            parse.GetValue(report),
            parse.GetValue(prune),
            parse.GetValue(force),
            parse.GetValue(binary))));
        return command;
    }

    private static int Run(CliHost host, Settings s)
    {
        if (!host.Stages.TryCreateWriter(s.Target, s.Flavor, out _, out var writerError))
        {
            host.Error.WriteLine($"migrate: error: {writerError}");
            return ExitCodes.Errors;
        }
        string? reportPath = null;
        if (s.Report is not null)
        {
            if (CheckReportPath(s.Report, s.Output) is { } problem)
            {
                host.Error.WriteLine($"migrate: error: --report {s.Report}: {problem}");
                return ExitCodes.Errors;
            }
            reportPath = Path.GetFullPath(s.Report);
        }

        var preview = s.DryRun || s.Check;
        var progress = host.ErrorIsTerminal && !s.Quiet ? new ProgressLine(host.Error) : null;
        var request = new ConversionRequest(s.Source, s.Target, s.Output, s.Sections) { Progress = progress, Flavor = s.Flavor };
        var result = ConversionPipeline.Run(request, host.Stages);
        progress?.Clear();

        // The run's own diagnostics (reading, converting, planning); the comparison's and the applier's follow.
        var runDiagnostics = new List<Diagnostic>(result.Diagnostics);
        var changes = result.Site is null
            ? new ChangeSet([], [], null)
            : PlanComparer.Compare(result.Plan, s.Output);
        var renderOptions = new ChangeSetRenderOptions(ResolveColor(host, s.Color), s.Prune, s.Force, s.Binary);
        IReadOnlyCollection<string> refusedConflicts = [];
        int exitCode;

        if (preview)
        {
            if (result.Site is not null)
            {
                if (s.Quiet)
                {
                    host.Out.Write(ChangeSetRenderer.Summary(changes, renderOptions) + "\n");
                }
                else
                {
                    ChangeSetRenderer.Render(changes, renderOptions, host.Out);
                }
            }
            exitCode = s.Check
                ? CheckOutcome.ExitCode(changes, runDiagnostics, s.Prune)
                : HasErrors(runDiagnostics, changes.Diagnostics) ? ExitCodes.Errors : ExitCodes.Success;
        }
        else
        {
            ApplyResult? applied = null;
            if (result.Site is not null)
            {
                applied = PlanApplier.Apply(changes, s.Output, new ApplyOptions(s.Target, s.Prune, s.Force));
                runDiagnostics.AddRange(applied.Diagnostics);
                if (applied.Refused)
                {
                    refusedConflicts = applied.Conflicts.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
                    PrintRefusal(host.Error, s.Output, applied.Conflicts);
                }
                host.Out.Write(AppliedSummary(changes, applied, s) + "\n");
            }
            exitCode = HasErrors(runDiagnostics, changes.Diagnostics) ? ExitCodes.Errors : ExitCodes.Success;
        }

        if (reportPath is not null)
        {
            var report = ChangeReport.Create(changes, runDiagnostics, s.Target, s.Prune, s.Force, result.Site?.RootPath);
            try
            {
                PlanApplier.WriteFileAtomically(reportPath, ChangeReportWriter.Serialize(report));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                runDiagnostics.Add(Diagnostic.Error(DiagnosticCodes.WriteFailed, s.Report, null, $"cannot write the report: {ex.Message}"));
                exitCode = ExitCodes.Errors;
            }
        }

        var all = new List<Diagnostic>(changes.Diagnostics.Count + runDiagnostics.Count);
        all.AddRange(runDiagnostics);
        all.AddRange(changes.Diagnostics);
        // The refusal list above already names each conflict; do not repeat them as diagnostic lines.
        var shown = all.Where(d => !(d.Code == DiagnosticCodes.OutputConflict && d.Path is { } p && refusedConflicts.Contains(p)));
        if (s.Quiet)
        {
            DiagnosticPrinter.Print(host.Error, shown.Where(d => d.Severity == DiagnosticSeverity.Error), verbose: false);
        }
        else
        {
            DiagnosticPrinter.Print(host.Error, shown, s.Verbose);
            host.Error.WriteLine(DiagnosticPrinter.Summary(result.PublicationCount, all));
        }
        return exitCode;
    }

    private static bool HasErrors(IEnumerable<Diagnostic> a, IEnumerable<Diagnostic> b) =>
        a.Concat(b).Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>auto = colour only when stdout is a terminal and NO_COLOR is unset or empty (no-color.org); the explicit values win over NO_COLOR.</summary>
    private static ColorMode ResolveColor(CliHost host, string color) => color switch
    {
        "always" => ColorMode.Always,
        "never" => ColorMode.Never,
        _ => host.OutIsTerminal && string.IsNullOrEmpty(host.GetEnvironmentVariable("NO_COLOR")) ? ColorMode.Always : ColorMode.Never,
    };

    /// <summary>
    /// The report is the one file a dry run writes, so it may not land in the output folder (it would change what
    /// the run is comparing, and the next run would see a file it did not write). Its folder must exist.
    /// </summary>
    private static string? CheckReportPath(string report, string output)
    {
        string full, outFull;
        try
        {
            full = Path.GetFullPath(report);
            outFull = Path.GetFullPath(output);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"not a valid path ({ex.Message})";
        }
        if (Directory.Exists(full))
        {
            return "is a folder";
        }
        var dir = Path.GetDirectoryName(full);
        if (dir is null || !Directory.Exists(dir))
        {
            return "its folder does not exist";
        }
        // Compare real paths, so a symlinked folder cannot smuggle the report into the output.
        var realDir = new OutputFolder(dir).RealRoot;
        var realOut = new OutputFolder(outFull).RealRoot;
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var inside = string.Equals(realDir, realOut, comparison) ||
            realDir.StartsWith(Path.TrimEndingDirectorySeparator(realOut) + Path.DirectorySeparatorChar, comparison);
        return inside ? "the report must be written outside the output folder" : null;
    }

    private static void PrintRefusal(TextWriter error, string output, IReadOnlyList<FileChange> conflicts)
    {
        error.WriteLine($"migrate: error: refusing to convert into {output}: {Count(conflicts.Count, "file")} there {(conflicts.Count == 1 ? "is" : "are")} not migrate's to change:");
        foreach (var c in conflicts)
        {
            var why = c.Conflict switch
            {
                ConflictReason.NotWrittenByMigrate => "exists, but migrate did not write it",
                ConflictReason.EditedSinceWritten when c.New is null => "no longer produced, and edited since migrate wrote it",
                ConflictReason.EditedSinceWritten => "edited since migrate wrote it",
                ConflictReason.NotARegularFile => "a folder or a symlink stands there",
                _ => "conflict",
            };
            error.WriteLine($"  {Path.Combine(output, c.Path)}: {why}");
        }
        error.WriteLine("migrate: nothing was written. Move these files away, or rerun with --force to overwrite them (add --dry-run to see the changes first).");
    }

    private static string AppliedSummary(ChangeSet changes, ApplyResult applied, Settings s)
    {
        if (applied.Refused)
        {
            return "refused, nothing written: " + ChangeSetRenderer.Summary(changes, new ChangeSetRenderOptions(Prune: s.Prune, Force: s.Force));
        }
        var written = applied.Written.ToHashSet(StringComparer.Ordinal);
        var created = changes.Changes.Count(c => written.Contains(c.Path) && c.Old is null);
        var changed = written.Count - created;
        var text = $"{created} created, {changed} changed, {applied.Deleted.Count} deleted, {applied.Unchanged.Count} unchanged";
        if (applied.Conflicts.Count > 0)
        {
            text += $", {Count(applied.Conflicts.Count, "conflict")} overwritten";
        }
        var stale = changes.Changes.Count(c => !c.IsPending(s.Prune) && c.Kind is ChangeKind.Delete or ChangeKind.Conflict);
        if (stale > 0)
        {
            text += $", {stale} stale kept (--prune deletes unedited ones)";
        }
        if (applied.NotWritten.Count > 0)
        {
            text += $", {applied.NotWritten.Count} not written";
        }
        return text;
    }

    private static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
