namespace Migrate.Core.IO;

/// <summary>
/// How <see cref="PlanApplier"/> applies a change set. <see cref="Writer"/> is recorded in the manifest.
/// <see cref="Prune"/> deletes stale files (written by an earlier run, no longer planned, unedited);
/// <see cref="Force"/> overwrites (and, with <see cref="Prune"/>, deletes) files that are conflicts: files
/// <c>migrate</c> did not write, or that were edited since. Without <see cref="Force"/> any conflict the run
/// would have to touch makes the applier refuse the whole run and write nothing.
/// </summary>
public sealed record ApplyOptions(string Writer = "unspecified", bool Prune = false, bool Force = false)
{
    public static ApplyOptions Default { get; } = new();

    /// <summary>Test seam: called after each file is written or deleted (a test throws here to simulate a kill).</summary>
    internal Action<string>? AfterEachChange { get; init; }
}
