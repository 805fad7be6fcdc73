using Migrate.Core.Diagnostics;

namespace Migrate.Core.Planning;

/// <summary>
/// A plan compared with an output folder (<see cref="PlanComparer"/>): one <see cref="FileChange"/> per planned
/// or previously written file, sorted by path (ordinal); the diagnostics of the comparison itself (bad paths,
/// unreadable files, a corrupt manifest; the plan's own diagnostics stay in the plan); and the manifest it was
/// compared against.
/// </summary>
public sealed record ChangeSet(
    IReadOnlyList<FileChange> Changes,
    IReadOnlyList<Diagnostic> Diagnostics,
    OutputManifest? PreviousManifest)
{
    public ChangeTotals Totals => ChangeTotals.Of(Changes);

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public bool HasConflicts => Totals.Conflict > 0;
}
