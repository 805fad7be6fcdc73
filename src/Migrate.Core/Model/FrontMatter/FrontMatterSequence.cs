namespace Migrate.Core.Model.FrontMatter;

/// <summary>An ordered list value.</summary>
public sealed class FrontMatterSequence : FrontMatterNode
{
    public CollectionStyle Style { get; set; } = CollectionStyle.Block;

    public List<FrontMatterSequenceItem> Items { get; } = new();

    /// <summary>Comments after the last item but still inside the sequence (e.g. before <c>]</c>).</summary>
    public List<CommentLine> EndComments { get; } = new();

    public FrontMatterSequence Add(FrontMatterNode value)
    {
        Items.Add(new FrontMatterSequenceItem(value));
        return this;
    }
}
