namespace Migrate.Core.Model.FrontMatter;

/// <summary>
/// An ordered mapping. Duplicate keys are kept as separate entries (the source had them); Hugo's meaning
/// (keys compared case-insensitively, the last duplicate wins) is what <see cref="Find"/> gives.
/// </summary>
public sealed class FrontMatterMapping : FrontMatterNode
{
    public CollectionStyle Style { get; set; } = CollectionStyle.Block;

    public List<FrontMatterEntry> Entries { get; } = new();

    /// <summary>Comments after the last entry but still inside this mapping (by indentation, or before <c>}</c>).</summary>
    public List<CommentLine> EndComments { get; } = new();

    /// <summary>
    /// The entry Hugo would use for <paramref name="key"/>: keys are compared case-insensitively (Hugo lower-cases
    /// them). Among entries with the same spelling the last wins (the decoder's map keeps the last). Among spellings
    /// that differ only in case, one with a capital letter beats the all-lower-case one wherever it stands: Hugo's
    /// lower-casing pass moves <c>Foo</c> onto <c>foo</c>, never the reverse (checked with Hugo 0.111.3). Between two
    /// capitalised spellings Hugo's choice follows Go's random map order; we take the later one. Null when absent.
    /// </summary>
    public FrontMatterEntry? Find(string key)
    {
        FrontMatterEntry? lastLower = null;
        FrontMatterEntry? lastCapitalised = null;
        foreach (var entry in Entries)
        {
            if (!string.Equals(entry.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (string.Equals(entry.Key, entry.Key.ToLowerInvariant(), StringComparison.Ordinal))
            {
                lastLower = entry;
            }
            else
            {
                lastCapitalised = entry;
            }
        }
        return lastCapitalised ?? lastLower;
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
