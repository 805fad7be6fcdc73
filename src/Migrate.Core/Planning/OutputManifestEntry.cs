namespace Migrate.Core.Planning;

/// <summary>
/// One file that <c>migrate</c> wrote: its output-relative path ('/' separators) and the digest of the bytes written.
/// <see cref="Alternatives"/> is non-empty only in the manifest an applying run stores before it starts changing
/// files (see <c>IO.PlanApplier</c>): while that run is under way, or after it was killed, a file may hold either
/// its old or its new bytes, and both are <c>migrate</c>'s.
/// </summary>
public sealed record OutputManifestEntry(string Path, string Sha256, long Length)
{
    public FileDigest Digest => new(Sha256, Length);

    /// <summary>Other digests <c>migrate</c> may have left at this path (an interrupted run). Sorted, without <see cref="Digest"/>.</summary>
    public IReadOnlyList<FileDigest> Alternatives { get; init; } = [];

    /// <summary>True when <paramref name="digest"/> is bytes <c>migrate</c> wrote at this path (the entry's or an alternative).</summary>
    public bool Accepts(FileDigest digest) => Digest == digest || Alternatives.Contains(digest);

    /// <summary>Every digest this entry accepts, <see cref="Digest"/> first.</summary>
    public IEnumerable<FileDigest> AllDigests => Alternatives.Prepend(Digest);

    /// <summary>An entry for <paramref name="digest"/> that also accepts <paramref name="others"/> (duplicates and the digest itself dropped).</summary>
    public static OutputManifestEntry Create(string path, FileDigest digest, IEnumerable<FileDigest>? others = null) =>
        new(path, digest.Sha256, digest.Length)
        {
            Alternatives = (others ?? [])
                .Where(d => d != digest)
                .Distinct()
                .OrderBy(d => d.Sha256, StringComparer.Ordinal)
                .ThenBy(d => d.Length)
                .ToArray(),
        };

    // Value equality including the alternatives (a record would compare the list by reference).
    public bool Equals(OutputManifestEntry? other) =>
        other is not null && Path == other.Path && Sha256 == other.Sha256 && Length == other.Length &&
        Alternatives.SequenceEqual(other.Alternatives);

    public override int GetHashCode() => HashCode.Combine(Path, Sha256, Length, Alternatives.Count);
}
