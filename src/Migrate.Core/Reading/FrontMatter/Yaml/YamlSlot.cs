using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Reading.FrontMatter.Yaml;

/// <summary>
/// A place comments can attach to: one mapping entry or one sequence item, with where it starts (the key, or the
/// dash of a block item) and where its value starts and ends. Offsets and lines are in the YAML text.
/// </summary>
internal sealed class YamlSlot
{
    private readonly FrontMatterEntry? _entry;
    private readonly FrontMatterSequenceItem? _item;

    public YamlSlot(FrontMatterEntry entry) => _entry = entry;

    public YamlSlot(FrontMatterSequenceItem item) => _item = item;

    public required YamlContainer Parent { get; init; }

    public required long StartIndex { get; init; }

    public required int StartLine { get; init; }

    public required int StartColumn { get; init; }

    public required long ValueStartIndex { get; init; }

    public required int ValueStartLine { get; init; }

    public required long ValueEndIndex { get; init; }

    public required int ValueEndLine { get; init; }

    public required YamlValueShape Shape { get; init; }

    /// <summary>The mapping or sequence this slot's value is, when it is one.</summary>
    public YamlContainer? ValueContainer { get; init; }

    public FrontMatterEntry? Entry => _entry;

    public List<CommentLine> LeadingComments => _entry?.LeadingComments ?? _item!.LeadingComments;

    public CommentLine? TrailingComment
    {
        get => _entry is not null ? _entry.TrailingComment : _item!.TrailingComment;
        set
        {
            if (_entry is not null)
            {
                _entry.TrailingComment = value;
            }
            else
            {
                _item!.TrailingComment = value;
            }
        }
    }
}
