namespace Migrate.Core.Planning;

/// <summary>
/// What <c>migrate</c> last wrote into an output folder (<c>.migrate/manifest.json</c>): the writer's name and,
/// per file, the SHA-256 of the bytes it wrote. It is how a rerun tells its own earlier output (safe to
/// replace or prune) from a user's file or a user's edit (a conflict). Entries are kept sorted by path (ordinal)
/// and unique, so serialization is deterministic.
/// </summary>
public sealed class OutputManifest
{
    /// <summary>Format version written by this build; readers treat any other version as unreadable.</summary>
    public const int CurrentVersion = 1;

    private readonly Dictionary<string, OutputManifestEntry> _byPath;

    public OutputManifest(string writer, IEnumerable<OutputManifestEntry> files)
    {
        Writer = writer;
        _byPath = new Dictionary<string, OutputManifestEntry>(StringComparer.Ordinal);
        foreach (var f in files)
        {
            _byPath[f.Path] = f;
        }
        Files = _byPath.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
    }

    public int Version => CurrentVersion;

    /// <summary>Name of the writer (<c>json</c>, <c>jekyll</c>, <c>zola</c>) that produced the folder.</summary>
    public string Writer { get; }

    /// <summary>Entries sorted by path (ordinal), one per path.</summary>
    public IReadOnlyList<OutputManifestEntry> Files { get; }

    public OutputManifestEntry? Find(string relativePath) => _byPath.GetValueOrDefault(relativePath);

    /// <summary>
    /// The manifest to store after the applier has carried out <paramref name="changes"/>: planned files that were
    /// written or already equal get their new digest; a stale file that was not pruned (or a conflict that was not
    /// forced) keeps its old entry, so the next run still recognises it; pruned and forced-away files drop out.
    /// Call it only for a run that was actually applied (a run refused for conflicts writes no manifest).
    /// </summary>
    public static OutputManifest AfterApplying(ChangeSet changes, string writer, bool prune, bool force)
    {
        var entries = new List<OutputManifestEntry>();
        foreach (var c in changes.Changes)
        {
            var applied = c.Kind switch
            {
                ChangeKind.Create or ChangeKind.Modify or ChangeKind.Unchanged => true,
                ChangeKind.Delete => prune,
                ChangeKind.Conflict => force && (c.New is not null || prune),
                _ => false,
            };
            if (applied)
            {
                if (c.New is { } written)
                {
                    entries.Add(new OutputManifestEntry(c.Path, written.Sha256, written.Length));
                }
            }
            else if (changes.PreviousManifest?.Find(c.Path) is { } kept)
            {
                entries.Add(kept);
            }
        }
        return new OutputManifest(writer, entries);
    }
}
