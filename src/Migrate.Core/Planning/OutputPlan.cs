using Migrate.Core.Diagnostics;

namespace Migrate.Core.Planning;

/// <summary>
/// Everything a conversion would write, sorted by path (ordinal), plus the diagnostics of the run. Writers build
/// it; <c>PlanApplier</c> executes it; the dry run diffs it against the disk. Nothing here touches the disk.
/// </summary>
public sealed record OutputPlan(
    IReadOnlyList<PlannedFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics);
