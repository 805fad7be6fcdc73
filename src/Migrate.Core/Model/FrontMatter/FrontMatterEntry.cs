namespace Migrate.Core.Model.FrontMatter;

/// <summary>
/// One key/value pair of a mapping, in source order. <see cref="Key"/> is the key's decoded text with its
/// original spelling (case kept: <c>Date</c> stays <c>Date</c>); <see cref="RawKey"/> is the key exactly as
/// written (quotes, dotted TOML path). Comments: <see cref="LeadingComments"/> are the full-line comments directly
/// above the key (after any blank line grouping), <see cref="TrailingComment"/> the one on the key's line
/// (for a nested block value, the one after <c>key:</c>). <see cref="BlankLinesBefore"/> keeps grouping.
/// </summary>
public sealed class FrontMatterEntry
{
    public FrontMatterEntry(string key, FrontMatterNode value)
    {
        Key = key;
        RawKey = key;
        Value = value;
    }

    public string Key { get; set; }

    public string RawKey { get; set; }

    public FrontMatterNode Value { get; set; }

    public List<CommentLine> LeadingComments { get; } = new();

    public CommentLine? TrailingComment { get; set; }

    /// <summary>Number of blank lines directly above this entry (above its leading comments, if any).</summary>
    public int BlankLinesBefore { get; set; }

    /// <summary>1-based source line of the key.</summary>
    public int? Line { get; set; }
}
