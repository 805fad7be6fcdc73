namespace Migrate.Core.Planning;

/// <summary>
/// One output file in a dry run: its output-relative <see cref="Path"/>, what would happen (<see cref="Kind"/>),
/// the bytes on disk (<see cref="OldBytes"/>) and the planned bytes (<see cref="NewBytes"/>), and the source
/// files it comes from. <see cref="Old"/>/<see cref="New"/> are the digests of the two sides (null = that side
/// does not exist: nothing on disk, or the plan no longer has the file). Bytes are loaded only for files that
/// change and are at most <see cref="PlanComparerOptions.MaxLoadedBytes"/>; when a side exists but its bytes
/// are null, <see cref="IsContentElided"/> is true and the diff shows only that the file differs.
/// </summary>
public sealed record FileChange(
    string Path,
    ChangeKind Kind,
    byte[]? OldBytes,
    byte[]? NewBytes,
    IReadOnlyList<string> Sources)
{
    public FileDigest? Old { get; init; }

    public FileDigest? New { get; init; }

    /// <summary>Set for <see cref="ChangeKind.Conflict"/> only.</summary>
    public ConflictReason? Conflict { get; init; }

    /// <summary>The planned file (null for stale files the plan no longer produces).</summary>
    public PlannedFile? Planned { get; init; }

    /// <summary>True when a side exists but its bytes were not loaded (too large, or not a regular file).</summary>
    public bool IsContentElided => (Old is not null && OldBytes is null) || (New is not null && NewBytes is null);

    /// <summary>
    /// True when a real run with these options would have to change this file: creates and modifications always,
    /// deletions only with <c>--prune</c>, conflicts on planned files always (they block the run unless
    /// <c>--force</c>), conflicts on stale files only with <c>--prune</c>. The single rule behind the summary,
    /// the report's "pending" flag and the check exit code.
    /// </summary>
    public bool IsPending(bool prune) => Kind switch
    {
        ChangeKind.Create or ChangeKind.Modify => true,
        ChangeKind.Delete => prune,
        ChangeKind.Conflict => Planned is not null || prune,
        _ => false,
    };
}
