using Migrate.Core.Diagnostics;

namespace Migrate.Core.Planning.Report;

/// <summary>
/// The machine-readable summary written by <c>--report FILE</c> (format: <c>schemas/migrate-report.schema.json</c>,
/// serialized by <see cref="ChangeReportWriter"/>). Files are in path order; a diagnostic is attached to every
/// file among whose sources its path is, and run-level or unattached diagnostics are listed at the top level,
/// so no diagnostic is lost. Nothing in it depends on the clock or the machine.
/// </summary>
public sealed record ChangeReport(
    string Writer,
    bool Prune,
    bool Force,
    IReadOnlyList<ChangeReportFile> Files,
    IReadOnlyList<ChangeReportDiagnostic> Diagnostics,
    ChangeReportTotals Totals)
{
    public const int CurrentVersion = 1;

    public int Version => CurrentVersion;

    /// <param name="changes">The dry-run comparison (its own diagnostics are included).</param>
    /// <param name="runDiagnostics">The run's other diagnostics (reading, converting, the plan's).</param>
    /// <param name="writer">The writer's name.</param>
    /// <param name="prune">Whether the reported run uses <c>--prune</c>.</param>
    /// <param name="force">Whether the reported run uses <c>--force</c>.</param>
    /// <param name="sourceRoot">When given, rooted source paths under it are shown relative to it (as diagnostics are).</param>
    public static ChangeReport Create(ChangeSet changes, IEnumerable<Diagnostic> runDiagnostics, string writer,
        bool prune, bool force, string? sourceRoot = null)
    {
        var all = runDiagnostics.Concat(changes.Diagnostics).ToList();
        var bySource = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        foreach (var d in all)
        {
            if (d.Path is { } p)
            {
                var key = Normalize(p, sourceRoot);
                if (!bySource.TryGetValue(key, out var list))
                {
                    bySource[key] = list = [];
                }
                list.Add(d);
            }
        }

        var attached = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
        var files = new List<ChangeReportFile>();
        foreach (var c in changes.Changes)
        {
            var sources = c.Sources.Select(s => Normalize(s, sourceRoot)).Distinct(StringComparer.Ordinal).ToList();
            var diagnostics = new List<ChangeReportDiagnostic>();
            foreach (var s in sources)
            {
                foreach (var d in bySource.GetValueOrDefault(s) ?? [])
                {
                    attached.Add(d);
                    diagnostics.Add(ToReport(d, sourceRoot));
                }
            }
            files.Add(new ChangeReportFile(c.Path, Action(c.Kind), c.IsPending(prune), ConflictName(c.Conflict),
                c.New?.Sha256, sources, diagnostics));
        }

        var totals = ChangeTotals.Of(changes.Changes);
        return new ChangeReport(
            writer, prune, force, files,
            all.Where(d => !attached.Contains(d)).Select(d => ToReport(d, sourceRoot)).ToList(),
            new ChangeReportTotals(totals.Create, totals.Modify, totals.Delete, totals.Unchanged, totals.Conflict,
                changes.Changes.Count(c => c.IsPending(prune)),
                all.Count(d => d.Severity == DiagnosticSeverity.Error),
                all.Count(d => d.Severity == DiagnosticSeverity.Warning)));
    }

    private static string Action(ChangeKind kind) => kind switch
    {
        ChangeKind.Create => "create",
        ChangeKind.Modify => "modify",
        ChangeKind.Delete => "delete",
        ChangeKind.Unchanged => "unchanged",
        _ => "conflict",
    };

    private static string? ConflictName(ConflictReason? reason) => reason switch
    {
        ConflictReason.NotWrittenByMigrate => "not-written-by-migrate",
        ConflictReason.EditedSinceWritten => "edited-since-written",
        ConflictReason.NotARegularFile => "not-a-regular-file",
        _ => null,
    };

    private static ChangeReportDiagnostic ToReport(Diagnostic d, string? sourceRoot) => new(
        d.Code,
        d.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        },
        d.Path is null ? null : Normalize(d.Path, sourceRoot),
        d.Line,
        d.Column,
        d.Message);

    /// <summary>'/' separators; relative to <paramref name="sourceRoot"/> when the path is rooted under it.</summary>
    private static string Normalize(string path, string? sourceRoot)
    {
        if (sourceRoot is not null && Path.IsPathRooted(path))
        {
            var relative = Path.GetRelativePath(Path.GetFullPath(sourceRoot), Path.GetFullPath(path));
            if (relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) &&
                !Path.IsPathRooted(relative))
            {
                path = relative;
            }
        }
        return path.Replace('\\', '/');
    }
}
