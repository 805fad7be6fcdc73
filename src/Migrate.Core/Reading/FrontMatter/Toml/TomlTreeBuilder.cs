using Migrate.Core.Model.FrontMatter;
using Tomlyn.Syntax;

namespace Migrate.Core.Reading.FrontMatter.Toml;

/// <summary>
/// Turns a validated Tomlyn syntax tree into the lossless front-matter tree and records where each entry/item sits
/// (<see cref="TomlLayout"/>) so comments can be attached afterwards by position.
/// </summary>
/// <remarks>
/// Shape of the tree:
/// <list type="bullet">
/// <item>top-level key/values → entries of the root (Style Block);</item>
/// <item><c>[a.b]</c> → entry <c>b</c> (mapping, Style TomlTable) inside <c>a</c>; a super-table that is only
/// implied by a header (<c>a</c> here) is created as a TomlTable mapping with no comments, and takes over the
/// header's line and comments if <c>[a]</c> is declared later;</item>
/// <item><c>[[a]]</c> → entry <c>a</c> whose value is a sequence (Style TomlTableArray) of mappings (Style TomlTable);
/// comments and line of the FIRST header belong to the entry, those of later headers to their sequence item;</item>
/// <item>inline arrays / inline tables → Style Flow;</item>
/// <item>dotted keys <c>a.b.c = 1</c> → nested mappings with Style Block. The leaf entry (<c>c</c>) carries the
/// line, comments and, as <see cref="FrontMatterEntry.RawKey"/>, the WHOLE dotted key exactly as written
/// (<c>a."b".c</c>): that is the text a TOML writer needs to reproduce the line, and it tells any writer that the
/// parent mappings came from a dotted key. The implied parents get their own segment as RawKey (<c>"b"</c>) and
/// no comments. Later dotted keys with the same prefix (<c>a.d = 2</c>) add to the same parent mapping, so the
/// parent holds all of them (TOML semantics; <see cref="FrontMatterMapping.Find"/> would otherwise miss some).</item>
/// </list>
/// The same rule applies to table headers: the entry of <c>[a.b]</c> has RawKey <c>a.b</c>.
/// </remarks>
internal sealed class TomlTreeBuilder
{
    /// <summary>Root mapping counts as depth 1; a collection nested deeper than this is refused.</summary>
    public const int MaxDepth = 64;

    private readonly string _text;
    private readonly int _firstLine;
    private readonly IReadOnlyDictionary<int, string> _originalTokens;
    private readonly FrontMatterDocument _document;
    private readonly TomlLayout _layout;
    private readonly Dictionary<FrontMatterMapping, int> _depth = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<FrontMatterMapping> _impliedTables = new(ReferenceEqualityComparer.Instance);

    /// <param name="text">The text Tomlyn parsed (may differ from the source only inside patched datetime tokens).</param>
    /// <param name="firstLine">1-based file line of the content's first line.</param>
    /// <param name="originalTokens">Offset → original token text for tokens that were patched before parsing.</param>
    public TomlTreeBuilder(string text, int firstLine, IReadOnlyDictionary<int, string> originalTokens)
    {
        _text = text;
        _firstLine = firstLine;
        _originalTokens = originalTokens;
        var root = new FrontMatterMapping { Style = CollectionStyle.Block };
        _document = new FrontMatterDocument(FrontMatterFormat.Toml, root);
        _layout = new TomlLayout(_document);
        _depth[root] = 1;
    }

    public FrontMatterDocument Document => _document;

    public TomlLayout Layout => _layout;

    /// <summary>Builds the tree. Throws <see cref="TomlNestingException"/> when it would be deeper than <see cref="MaxDepth"/>.</summary>
    public void Build(DocumentSyntax doc)
    {
        foreach (var kv in doc.KeyValues)
        {
            AddKeyValue(_document.Root, kv, _layout.Root);
        }
        foreach (var table in doc.Tables)
        {
            switch (table)
            {
                case TableArraySyntax array:
                    AddTableArray(array);
                    break;
                case TableSyntax t:
                    AddTable(t);
                    break;
            }
        }
    }

    private void AddTable(TableSyntax table)
    {
        var segments = Segments(table.Name!);
        var parent = NavigateToParent(segments, table);
        var last = segments[^1];
        var headerLine = table.Span.Start.Line;
        var existing = FindEntry(parent, last.Key);
        FrontMatterEntry entry;
        if (existing is { Value: FrontMatterMapping implied } && _impliedTables.Remove(implied))
        {
            // [a] declared after [a.b]: the implied super-table becomes a declared one; it keeps its place in the tree.
            entry = existing;
        }
        else
        {
            var mapping = NewMapping(CollectionStyle.TomlTable, parent, table);
            entry = parent.Add(last.Key, mapping);
        }
        entry.RawKey = Raw(table.Name!);
        entry.Line = FileLine(headerLine);
        entry.Value.Start = Position(table);
        var endLine = (table.CloseBracket ?? (SyntaxNode)table.Name!).Span.End.Line;
        _layout.AddSlot(_layout.Root, table.Span.Start.Offset, headerLine, endLine, entry, item: null);
        AddItems((FrontMatterMapping)entry.Value, table);
    }

    private void AddTableArray(TableArraySyntax table)
    {
        var segments = Segments(table.Name!);
        var parent = NavigateToParent(segments, table);
        var last = segments[^1];
        var headerLine = table.Span.Start.Line;
        var endLine = (table.CloseBracket ?? (SyntaxNode)table.Name!).Span.End.Line;
        // The item mapping sits inside the sequence: two levels below the parent.
        var itemMapping = NewMapping(CollectionStyle.TomlTable, parent, table, levelsBelow: 2);
        itemMapping.Start = Position(table);
        var existing = FindEntry(parent, last.Key);
        if (existing is { Value: FrontMatterSequence { Style: CollectionStyle.TomlTableArray } sequence })
        {
            var item = new FrontMatterSequenceItem(itemMapping);
            sequence.Items.Add(item);
            _layout.AddSlot(_layout.Root, table.Span.Start.Offset, headerLine, endLine, entry: null, item);
        }
        else
        {
            var seq = new FrontMatterSequence { Style = CollectionStyle.TomlTableArray, Start = Position(table) };
            seq.Add(itemMapping);
            var entry = parent.Add(last.Key, seq);
            entry.RawKey = Raw(table.Name!);
            entry.Line = FileLine(headerLine);
            _layout.AddSlot(_layout.Root, table.Span.Start.Offset, headerLine, endLine, entry, item: null);
        }
        AddItems(itemMapping, table);
    }

    private void AddItems(FrontMatterMapping mapping, TableSyntaxBase table)
    {
        if (table.Items is null)
        {
            return;
        }
        foreach (var kv in table.Items)
        {
            AddKeyValue(mapping, kv, _layout.Root);
        }
    }

    /// <summary>Walks (creating implied tables) to the mapping that will hold the header's last segment.</summary>
    private FrontMatterMapping NavigateToParent(List<KeySegment> segments, SyntaxNode header)
    {
        var current = _document.Root;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            var seg = segments[i];
            var existing = FindEntry(current, seg.Key);
            switch (existing?.Value)
            {
                case FrontMatterMapping m:
                    current = m;
                    break;
                case FrontMatterSequence { Style: CollectionStyle.TomlTableArray } s when s.Items.Count > 0 && s.Items[^1].Value is FrontMatterMapping lastItem:
                    // [a.b] after [[a]] refers to the last element of the array of tables.
                    current = lastItem;
                    break;
                default:
                    // Absent (Tomlyn's validation rules out every other case): an implied super-table.
                    var implied = NewMapping(CollectionStyle.TomlTable, current, header);
                    implied.Start = Position(header);
                    _impliedTables.Add(implied);
                    var entry = current.Add(seg.Key, implied);
                    entry.RawKey = seg.Raw;
                    entry.Line = FileLine(header.Span.Start.Line);
                    current = implied;
                    break;
            }
        }
        return current;
    }

    private void AddKeyValue(FrontMatterMapping mapping, KeyValueSyntax kv, TomlLayoutContainer container)
    {
        var segments = Segments(kv.Key!);
        var current = mapping;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            var seg = segments[i];
            var existing = FindEntry(current, seg.Key);
            if (existing?.Value is FrontMatterMapping m)
            {
                current = m;
                continue;
            }
            var implied = NewMapping(CollectionStyle.Block, current, kv);
            implied.Start = Position(kv);
            var entry = current.Add(seg.Key, implied);
            entry.RawKey = seg.Raw;
            entry.Line = FileLine(kv.Span.Start.Line);
            current = implied;
        }

        var value = kv.Value!;
        var leaf = new FrontMatterEntry(segments[^1].Key, new FrontMatterScalar("", ScalarKind.Null))
        {
            RawKey = Raw(kv.Key!),
            Line = FileLine(kv.Span.Start.Line),
        };
        current.Entries.Add(leaf);
        var slot = _layout.AddSlot(container, kv.Span.Start.Offset, kv.Span.Start.Line, value.Span.End.Line, leaf, item: null);
        leaf.Value = BuildValue(value, Depth(current), slot);
    }

    private FrontMatterNode BuildValue(ValueSyntax value, int parentDepth, TomlLayoutSlot owner)
    {
        switch (value)
        {
            case ArraySyntax array:
            {
                CheckDepth(parentDepth + 1, array);
                var seq = new FrontMatterSequence { Style = CollectionStyle.Flow, Start = Position(array) };
                var container = _layout.AddContainer(array.OpenBracket!.Span.Start.Offset, array.CloseBracket!.Span.Start.Offset, seq.EndComments, owner);
                if (array.Items is not null)
                {
                    foreach (var arrayItem in array.Items)
                    {
                        var itemValue = arrayItem.Value!;
                        var item = new FrontMatterSequenceItem(new FrontMatterScalar("", ScalarKind.Null));
                        seq.Items.Add(item);
                        var slot = _layout.AddSlot(container, itemValue.Span.Start.Offset, itemValue.Span.Start.Line, itemValue.Span.End.Line, entry: null, item);
                        item.Value = BuildValue(itemValue, parentDepth + 1, slot);
                    }
                }
                return seq;
            }
            case InlineTableSyntax table:
            {
                CheckDepth(parentDepth + 1, table);
                var mapping = new FrontMatterMapping { Style = CollectionStyle.Flow, Start = Position(table) };
                _depth[mapping] = parentDepth + 1;
                var container = _layout.AddContainer(table.OpenBrace!.Span.Start.Offset, table.CloseBrace!.Span.Start.Offset, mapping.EndComments, owner);
                if (table.Items is not null)
                {
                    foreach (var tableItem in table.Items)
                    {
                        AddKeyValue(mapping, tableItem.KeyValue!, container);
                    }
                }
                return mapping;
            }
            default:
                return BuildScalar(value);
        }
    }

    private FrontMatterScalar BuildScalar(ValueSyntax value)
    {
        var raw = Raw(value);
        FrontMatterScalar scalar = value switch
        {
            StringValueSyntax s => new FrontMatterScalar(s.Value ?? "", ScalarKind.String, StringStyle(s.Token!.TokenKind), raw),
            IntegerValueSyntax => new FrontMatterScalar(raw, ScalarKind.Integer, ScalarStyle.Plain, raw),
            FloatValueSyntax => new FrontMatterScalar(raw, ScalarKind.Float, ScalarStyle.Plain, raw),
            BooleanValueSyntax => new FrontMatterScalar(raw, ScalarKind.Boolean, ScalarStyle.Plain, raw),
            DateTimeValueSyntax d => new FrontMatterScalar(raw, DateKind(d.Kind), ScalarStyle.Plain, raw),
            _ => throw new InvalidOperationException($"Unexpected TOML value node {value.GetType().Name}"),
        };
        scalar.Start = Position(value);
        return scalar;
    }

    private static ScalarStyle StringStyle(TokenKind kind) => kind switch
    {
        TokenKind.StringLiteral => ScalarStyle.SingleQuoted,
        TokenKind.StringMulti => ScalarStyle.MultiLineDoubleQuoted,
        TokenKind.StringLiteralMulti => ScalarStyle.Literal,
        _ => ScalarStyle.DoubleQuoted,
    };

    private static ScalarKind DateKind(SyntaxKind kind) => kind switch
    {
        SyntaxKind.LocalDateTime => ScalarKind.LocalDateTime,
        SyntaxKind.LocalDate => ScalarKind.LocalDate,
        SyntaxKind.LocalTime => ScalarKind.LocalTime,
        _ => ScalarKind.Timestamp,
    };

    private FrontMatterMapping NewMapping(CollectionStyle style, FrontMatterMapping parent, SyntaxNode at, int levelsBelow = 1)
    {
        var depth = Depth(parent) + levelsBelow;
        CheckDepth(depth, at);
        var mapping = new FrontMatterMapping { Style = style };
        _depth[mapping] = depth;
        return mapping;
    }

    private int Depth(FrontMatterMapping mapping) => _depth.TryGetValue(mapping, out var d) ? d : 1;

    private static void CheckDepth(int depth, SyntaxNode at)
    {
        if (depth > MaxDepth)
        {
            throw new TomlNestingException(at.Span.Start.Line, at.Span.Start.Column);
        }
    }

    private static FrontMatterEntry? FindEntry(FrontMatterMapping mapping, string key)
    {
        // TOML keys are case-sensitive and Tomlyn's validation has ruled out duplicates.
        for (var i = mapping.Entries.Count - 1; i >= 0; i--)
        {
            if (string.Equals(mapping.Entries[i].Key, key, StringComparison.Ordinal))
            {
                return mapping.Entries[i];
            }
        }
        return null;
    }

    private List<KeySegment> Segments(KeySyntax key)
    {
        var list = new List<KeySegment> { Segment(key.Key!) };
        if (key.DotKeys is not null)
        {
            foreach (var dotted in key.DotKeys)
            {
                list.Add(Segment(dotted.Key!));
            }
        }
        return list;
    }

    private KeySegment Segment(BareKeyOrStringValueSyntax key) => key switch
    {
        BareKeySyntax bare => new KeySegment(bare.Key!.Text ?? "", Raw(bare)),
        StringValueSyntax s => new KeySegment(s.Value ?? "", Raw(s)),
        _ => throw new InvalidOperationException($"Unexpected TOML key node {key.GetType().Name}"),
    };

    /// <summary>The exact source text of a node (without trivia); the original text for patched datetimes.</summary>
    private string Raw(SyntaxNode node)
    {
        var start = node.Span.Start.Offset;
        if (_originalTokens.TryGetValue(start, out var original))
        {
            return original;
        }
        var end = node.Span.End.Offset; // inclusive
        return _text.Substring(start, end - start + 1);
    }

    private int FileLine(int contentLine) => _firstLine + contentLine;

    private SourcePosition Position(SyntaxNode node) => new(FileLine(node.Span.Start.Line), node.Span.Start.Column + 1);

    private readonly record struct KeySegment(string Key, string Raw);
}
