using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Reading.FrontMatter.Toml;

/// <summary>
/// A place in the TOML text that comments can attach to: a key/value line, a <c>[table]</c> / <c>[[array]]</c>
/// header, or an item of an inline array. Lines are 0-based lines of the front-matter content.
/// </summary>
internal sealed class TomlLayoutSlot
{
    public TomlLayoutSlot(int containerId, int startOffset, int startLine, int endLine, FrontMatterEntry? entry, FrontMatterSequenceItem? item)
    {
        ContainerId = containerId;
        StartOffset = startOffset;
        StartLine = startLine;
        EndLine = endLine;
        Entry = entry;
        Item = item;
    }

    /// <summary>The container (root, inline array, inline table) the slot sits in; see <see cref="TomlLayoutContainer"/>.</summary>
    public int ContainerId { get; }

    public int StartOffset { get; }

    public int StartLine { get; }

    /// <summary>Line of the last token of the slot (the value's last line, or the header line).</summary>
    public int EndLine { get; }

    public FrontMatterEntry? Entry { get; }

    public FrontMatterSequenceItem? Item { get; }

    /// <summary>The collection this slot's value opened (an inline array or table), whose end comments take overflow.</summary>
    public TomlLayoutContainer? OwnedContainer { get; set; }

    public List<CommentLine> LeadingComments => Entry?.LeadingComments ?? Item!.LeadingComments;

    public CommentLine? TrailingComment
    {
        get => Entry is not null ? Entry.TrailingComment : Item!.TrailingComment;
        set
        {
            if (Entry is not null)
            {
                Entry.TrailingComment = value;
            }
            else
            {
                Item!.TrailingComment = value;
            }
        }
    }
}
