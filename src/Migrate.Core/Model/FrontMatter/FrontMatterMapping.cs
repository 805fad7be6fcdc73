namespace Migrate.Core.Model.FrontMatter;

/// <summary>
/// An ordered mapping. Duplicate keys are kept as separate entries (the source had them); Hugo's meaning
/// (the last one wins, keys compared case-insensitively) is what <see cref="Find"/> gives.
/// </summary>
public sealed class FrontMatterMapping : FrontMatterNode
{
    public CollectionStyle Style { get; set; } = CollectionStyle.Block;

    public List<FrontMatterEntry> Entries { get; } = new();

    /// <summary>Comments after the last entry but still inside this mapping (by indentation, or before <c>}</c>).</summary>
    public List<CommentLine> EndComments { get; } = new();

    /// <summary>
    /// The entry Hugo would use for <paramref name="key"/>: compared case-insensitively (Hugo lower-cases keys),
    /// the last of several duplicates wins. Null when absent.
    /// </summary>
    public FrontMatterEntry? Find(string key)
    {
        for (var i = Entries.Count - 1; i >= 0; i--)
        {
            if (string.Equals(Entries[i].Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return Entries[i];
            }
        }
        return null;
    }

    /// <summary>The value Hugo would use for <paramref name="key"/>, see <see cref="Find"/>.</summary>
    public FrontMatterNode? Get(string key) => Find(key)?.Value;

    public FrontMatterEntry Add(string key, FrontMatterNode value)
    {
        var e = new FrontMatterEntry(key, value);
        Entries.Add(e);
        return e;
    }
}
