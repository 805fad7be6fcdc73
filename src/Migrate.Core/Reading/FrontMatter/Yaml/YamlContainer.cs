using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Reading.FrontMatter.Yaml;

/// <summary>Layout facts about one mapping or sequence, used to place comments that follow its last child.</summary>
internal sealed class YamlContainer
{
    public YamlContainer(FrontMatterNode node, CollectionStyle style, YamlContainer? parent, long startIndex)
    {
        Node = node;
        Style = style;
        Parent = parent;
        StartIndex = startIndex;
    }

    public FrontMatterNode Node { get; }

    public CollectionStyle Style { get; }

    public YamlContainer? Parent { get; }

    public bool IsRoot => Parent is null;

    public long StartIndex { get; }

    /// <summary>Offset after the closing <c>]</c>/<c>}</c> (flow); for block collections where the next token starts.</summary>
    public long EndIndex { get; set; } = long.MaxValue;

    /// <summary>1-based column of the first key or dash (block collections); 0 until known.</summary>
    public int Column { get; set; }

    public bool InsideSequence { get; init; }

    public List<CommentLine> EndComments => Node switch
    {
        FrontMatterMapping m => m.EndComments,
        FrontMatterSequence s => s.EndComments,
        _ => throw new InvalidOperationException("a container is a mapping or a sequence"),
    };

    /// <summary>Exact (ordinal) keys seen so far in a mapping, with the line of the first occurrence.</summary>
    public Dictionary<string, int> KeyLines { get; } = new(StringComparer.Ordinal);

    /// <summary>Keys compared as Hugo compares them (lower-cased), with spelling and line of the first occurrence.</summary>
    public Dictionary<string, (string Key, int Line)> FoldedKeys { get; } = new(StringComparer.OrdinalIgnoreCase);
}
