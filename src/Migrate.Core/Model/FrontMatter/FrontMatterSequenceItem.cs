namespace Migrate.Core.Model.FrontMatter;

/// <summary>One item of a sequence, with the comments written on their own lines before it and on its line.</summary>
public sealed class FrontMatterSequenceItem
{
    public FrontMatterSequenceItem(FrontMatterNode value) => Value = value;

    public FrontMatterNode Value { get; set; }

    public List<CommentLine> LeadingComments { get; } = new();

    public CommentLine? TrailingComment { get; set; }
}
