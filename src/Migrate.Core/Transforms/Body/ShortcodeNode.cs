namespace Migrate.Core.Transforms.Body;

/// <summary>
/// One Hugo shortcode found in a body, with source ranges into the text given to <see cref="HugoShortcodeParser"/>.
/// <see cref="OpenTag"/> is the opening (or only) tag; <see cref="CloseTag"/> and <see cref="Inner"/> are set for
/// a paired call. <see cref="Whole"/> runs from the opening tag to the end of the closing tag. <see cref="Line"/>
/// and <see cref="Column"/> are 1-based file positions of the opening tag. For <see cref="ShortcodeNodeKind.CommentEscape"/>
/// <see cref="Literal"/> is the text Hugo outputs; for <see cref="ShortcodeNodeKind.Malformed"/> <see cref="Error"/> says why.
/// </summary>
public sealed class ShortcodeNode
{
    internal ShortcodeNode(ShortcodeNodeKind kind, string name, ShortcodeDelimiter delimiter, SourceRange openTag,
        IReadOnlyList<ShortcodeParameter> parameters, bool selfClosing, int line, int column)
    {
        Kind = kind;
        Name = name;
        Delimiter = delimiter;
        OpenTag = openTag;
        Parameters = parameters;
        SelfClosing = selfClosing;
        Line = line;
        Column = column;
    }

    public ShortcodeNodeKind Kind { get; }

    /// <summary>The shortcode name as written (Hugo names are case-sensitive).</summary>
    public string Name { get; }

    public ShortcodeDelimiter Delimiter { get; }

    public SourceRange OpenTag { get; }

    public IReadOnlyList<ShortcodeParameter> Parameters { get; }

    /// <summary>Written as <c>{{&lt; name /&gt;}}</c>.</summary>
    public bool SelfClosing { get; }

    public SourceRange? CloseTag { get; internal set; }

    public SourceRange? Inner => CloseTag is { } close ? SourceRange.FromBounds(OpenTag.End, close.Start) : null;

    public SourceRange Whole => CloseTag is { } close ? SourceRange.FromBounds(OpenTag.Start, close.End) : OpenTag;

    public bool IsPaired => CloseTag is not null;

    public int Line { get; }

    public int Column { get; }

    public string? Literal { get; internal set; }

    public string? Error { get; internal set; }

    public ShortcodeNode? Parent { get; internal set; }

    public List<ShortcodeNode> Children { get; } = new();

    /// <summary>Nesting depth: 0 for a top-level node.</summary>
    public int Depth { get; internal set; }

    public bool HasNamedParameters => Parameters.Any(p => p.Name is not null);

    /// <summary>The value of a named parameter (last one wins, like Hugo's map), or null.</summary>
    public string? Named(string name) => Parameters.LastOrDefault(p => p.Name == name)?.Value;

    /// <summary>The value of the positional parameter at <paramref name="index"/>, or null.</summary>
    public string? Positional(int index)
    {
        var positional = Parameters.Where(p => p.Name is null).ToList();
        return index < positional.Count ? positional[index].Value : null;
    }

    /// <summary>A named parameter, else the positional one: the common Hugo <c>.Get "id"</c> / <c>.Get 0</c> pattern.</summary>
    public string? Get(string name, int position) => Named(name) ?? (HasNamedParameters ? null : Positional(position));

    public override string ToString() => $"{Kind} {Name} {Whole} line {Line}";
}
