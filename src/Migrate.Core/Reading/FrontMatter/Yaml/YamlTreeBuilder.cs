using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using ModelScalarStyle = Migrate.Core.Model.FrontMatter.ScalarStyle;
using YamlScalarStyle = YamlDotNet.Core.ScalarStyle;

namespace Migrate.Core.Reading.FrontMatter.Yaml;

/// <summary>
/// Turns the parser's event list into the lossless tree, iteratively (an explicit stack, never recursion), and
/// records a <see cref="YamlSlot"/> per entry/item and a <see cref="YamlContainer"/> per collection so comments can
/// be placed afterwards. Aliases stay aliases (pointing at the anchored node), so an alias bomb costs nothing.
/// Merge keys (<c>&lt;&lt;</c>) are kept as ordinary entries: the tree records what was written, and the
/// consumers that need Hugo's merged view expand them.
/// </summary>
internal sealed class YamlTreeBuilder
{
    private readonly string _text;
    private readonly string _path;
    private readonly int _firstLine;
    private readonly DiagnosticBag _diagnostics;
    private readonly YamlScanIndex _scan;
    private readonly YamlSourceLines _lines;
    private readonly Dictionary<string, FrontMatterNode> _anchors = new(StringComparer.Ordinal);
    private readonly List<Frame> _stack = new();

    public YamlTreeBuilder(string text, string path, int firstLine, DiagnosticBag diagnostics, YamlScanIndex scan, YamlSourceLines lines)
    {
        _text = text;
        _path = path;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
        _scan = scan;
        _lines = lines;
    }

    public List<YamlSlot> Slots { get; } = new();

    /// <summary>The root node (any kind), null when the YAML holds no document or only comments.</summary>
    public FrontMatterNode? Root { get; private set; }

    public YamlContainer? RootContainer { get; private set; }

    /// <summary>Builds from events whose positions are already in the source text (see <see cref="YamlTextShift"/>).</summary>
    public void Build(IReadOnlyList<(ParsingEvent Event, Mark Start, Mark End)> events)
    {
        var documents = 0;
        foreach (var (e, eStart, eEnd) in events)
        {
            switch (e)
            {
                case DocumentStart:
                    if (++documents > 1)
                    {
                        // yaml.v2 (Hugo) reads only the first document; say so rather than silently dropping the rest.
                        _diagnostics.Warning(DiagnosticCodes.UnsupportedYamlFeature, _path, FileLine(eStart.Line),
                            "the front matter holds more than one YAML document; Hugo reads only the first, and so does migrate");
                        return;
                    }
                    break;
                case Scalar s:
                    var scalar = MakeScalar(s, eStart, eEnd, out var shape);
                    Deliver(scalar, eStart, eStart, eEnd, shape, null);
                    break;
                case AnchorAlias a:
                    var alias = new FrontMatterAlias(a.Value.Value, _anchors.GetValueOrDefault(a.Value.Value))
                    {
                        Start = Position(eStart),
                    };
                    Deliver(alias, eStart, eStart, eEnd, YamlValueShape.Inline, null);
                    break;
                case MappingStart m:
                    var mapping = new FrontMatterMapping { Style = m.Style == MappingStyle.Flow ? CollectionStyle.Flow : CollectionStyle.Block };
                    Open(mapping, mapping.Style, eStart, m.Anchor, m.Tag);
                    break;
                case SequenceStart q:
                    var sequence = new FrontMatterSequence { Style = q.Style == SequenceStyle.Flow ? CollectionStyle.Flow : CollectionStyle.Block };
                    Open(sequence, sequence.Style, eStart, q.Anchor, q.Tag);
                    break;
                case MappingEnd or SequenceEnd:
                    var frame = _stack[^1];
                    _stack.RemoveAt(_stack.Count - 1);
                    frame.Container.EndIndex = eEnd.Index;
                    var collectionShape = frame.Container.Style == CollectionStyle.Flow ? YamlValueShape.FlowCollection : YamlValueShape.BlockCollection;
                    Deliver(frame.Container.Node, frame.Start, frame.Start, eEnd, collectionShape, frame.Container);
                    break;
            }
        }
    }

    private void Open(FrontMatterNode node, CollectionStyle style, Mark start, AnchorName anchor, TagName tag)
    {
        node.Start = Position(start);
        node.Tag = tag.IsEmpty ? null : YamlScalarResolver.ShortTag(tag.Value);
        RegisterAnchor(node, anchor);
        var parent = _stack.Count > 0 ? _stack[^1].Container : null;
        var container = new YamlContainer(node, style, parent, start.Index)
        {
            InsideSequence = parent is not null && (parent.InsideSequence || parent.Node is FrontMatterSequence),
        };
        _stack.Add(new Frame(container, start));
    }

    private void RegisterAnchor(FrontMatterNode node, AnchorName anchor)
    {
        if (!anchor.IsEmpty)
        {
            node.Anchor = anchor.Value;
            _anchors[anchor.Value] = node; // a later anchor of the same name shadows the earlier one, as in YAML
        }
    }

    private FrontMatterScalar MakeScalar(Scalar s, Mark sStart, Mark sEnd, out YamlValueShape shape)
    {
        var style = s.Style switch
        {
            YamlScalarStyle.SingleQuoted => ModelScalarStyle.SingleQuoted,
            YamlScalarStyle.DoubleQuoted => ModelScalarStyle.DoubleQuoted,
            YamlScalarStyle.Literal => ModelScalarStyle.Literal,
            YamlScalarStyle.Folded => ModelScalarStyle.Folded,
            _ => ModelScalarStyle.Plain,
        };
        shape = style is ModelScalarStyle.Literal or ModelScalarStyle.Folded ? YamlValueShape.BlockScalar : YamlValueShape.Inline;

        // The event's start includes any anchor or tag; the scanner's token start is where the value text begins.
        var start = sStart.Index;
        if (_scan.ScalarStartByEnd.TryGetValue(sEnd.Index, out var tokenStart) && tokenStart >= start)
        {
            start = tokenStart;
        }
        else if (s.Value.Length == 0 && style == ModelScalarStyle.Plain)
        {
            start = sEnd.Index; // an empty value has no token
        }
        var end = sEnd.Index;
        if (shape == YamlValueShape.BlockScalar)
        {
            end = BlockScalarEnd((int)start, (int)end);
        }
        var raw = _text[(int)start..(int)end];
        var startLine = (int)sStart.Line;
        var rawEndLine = startLine + CountLineBreaks(_text, (int)sStart.Index, (int)end);
        if (rawEndLine > startLine)
        {
            _lines.MarkScalar(startLine + 1, rawEndLine);
        }

        var tag = s.Tag.IsEmpty ? null : s.Tag.Value;
        var node = new FrontMatterScalar(s.Value, YamlScalarResolver.Resolve(s.Value, style, tag), style, raw)
        {
            Start = Position(sStart),
            Tag = YamlScalarResolver.ShortTag(tag),
        };
        RegisterAnchor(node, s.Anchor);
        return node;
    }

    /// <summary>
    /// A block scalar's token runs to the start of the next content line, through any trailing blank lines. Raw
    /// keeps the header and the scalar's lines without the final line break; trailing blank lines stay only with
    /// keep chomping (<c>|+</c>), where they are part of the value, and otherwise count as spacing.
    /// </summary>
    private int BlockScalarEnd(int start, int end)
    {
        var headerEnd = _text.IndexOfAny(['\r', '\n'], start);
        var header = headerEnd < 0 || headerEnd > end ? _text[start..end] : _text[start..headerEnd];
        var hash = header.IndexOf('#');
        var keep = (hash < 0 ? header : header[..hash]).Contains('+');
        end = DropLineBreak(end);
        if (keep)
        {
            return end;
        }
        while (end > start)
        {
            var lineStart = _text.LastIndexOfAny(['\r', '\n'], end - 1, end - start) + 1;
            if (lineStart <= start || !string.IsNullOrWhiteSpace(_text[lineStart..end]))
            {
                break;
            }
            end = DropLineBreak(lineStart);
        }
        return end;
    }

    private int DropLineBreak(int end)
    {
        if (end > 0 && _text[end - 1] == '\n')
        {
            end--;
        }
        if (end > 0 && _text[end - 1] == '\r')
        {
            end--;
        }
        return end;
    }

    private static int CountLineBreaks(string text, int from, int to)
    {
        var n = 0;
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                n++;
            }
        }
        return n;
    }

    private void Deliver(FrontMatterNode node, Mark start, Mark valueStart, Mark end, YamlValueShape shape, YamlContainer? ownContainer)
    {
        if (_stack.Count == 0)
        {
            Root = node;
            RootContainer = ownContainer;
            return;
        }
        var top = _stack[^1];
        var container = top.Container;
        if (container.Node is FrontMatterMapping mapping)
        {
            if (top.Key is not { } key)
            {
                top.Key = MakeKey(node, start, end);
                if (container.Column == 0 && container.Style != CollectionStyle.Flow)
                {
                    container.Column = (int)start.Column;
                }
                return;
            }
            top.Key = null;
            var entry = mapping.Add(key.Key, node);
            entry.RawKey = key.RawKey;
            entry.Line = FileLine(key.Line);
            CheckDuplicate(container, key.Key, entry.Line.Value);
            Slots.Add(new YamlSlot(entry)
            {
                Parent = container,
                StartIndex = key.StartIndex,
                StartLine = (int)key.Line,
                StartColumn = key.Column,
                ValueStartIndex = valueStart.Index,
                ValueStartLine = (int)valueStart.Line,
                ValueEndIndex = end.Index,
                ValueEndLine = (int)end.Line,
                Shape = shape,
                ValueContainer = ownContainer,
            });
            return;
        }

        var sequence = (FrontMatterSequence)container.Node;
        var item = new FrontMatterSequenceItem(node);
        sequence.Items.Add(item);
        var slotStart = valueStart;
        if (container.Style != CollectionStyle.Flow && _scan.DashBefore(valueStart.Index) is { } dash && dash.Index >= container.StartIndex)
        {
            slotStart = dash;
        }
        if (container.Column == 0 && container.Style != CollectionStyle.Flow)
        {
            container.Column = (int)slotStart.Column;
        }
        Slots.Add(new YamlSlot(item)
        {
            Parent = container,
            StartIndex = slotStart.Index,
            StartLine = (int)slotStart.Line,
            StartColumn = (int)slotStart.Column,
            ValueStartIndex = valueStart.Index,
            ValueStartLine = (int)valueStart.Line,
            ValueEndIndex = end.Index,
            ValueEndLine = (int)end.Line,
            Shape = shape,
            ValueContainer = ownContainer,
        });
    }

    private PendingKey MakeKey(FrontMatterNode node, Mark start, Mark end)
    {
        switch (node)
        {
            case FrontMatterScalar s:
                return new PendingKey(s.Value, s.Raw, start.Index, start.Line, (int)start.Column);
            case FrontMatterAlias a:
                return new PendingKey("*" + a.Name, "*" + a.Name, start.Index, start.Line, (int)start.Column);
            default:
                var raw = _text[(int)start.Index..(int)Math.Min(end.Index, _text.Length)];
                _diagnostics.Warning(DiagnosticCodes.UnsupportedYamlFeature, _path, FileLine(start.Line),
                    "a mapping key that is itself a collection is kept as its source text; Hugo cannot use it", (int)start.Column);
                return new PendingKey(raw, raw, start.Index, start.Line, (int)start.Column);
        }
    }

    private void CheckDuplicate(YamlContainer container, string key, int line)
    {
        if (container.KeyLines.TryGetValue(key, out var first))
        {
            _diagnostics.Warning(DiagnosticCodes.DuplicateKey, _path, line,
                $"key '{key}' is defined again on line {line} (first on line {first}); Hugo uses the last one");
            return;
        }
        container.KeyLines[key] = line;
        if (container.InsideSequence)
        {
            return; // Hugo lower-cases keys except in maps inside lists, so only exact repeats collide there
        }
        if (container.FoldedKeys.TryGetValue(key, out var other))
        {
            _diagnostics.Warning(DiagnosticCodes.DuplicateKey, _path, line,
                $"key '{key}' on line {line} differs only in letter case from '{other.Key}' on line {other.Line}; " +
                "Hugo lower-cases keys and keeps only one of them, and which one is not predictable");
            return;
        }
        container.FoldedKeys[key] = (key, line);
    }

    private int FileLine(long yamlLine) => _firstLine + (int)yamlLine - 1;

    private SourcePosition Position(Mark mark) => new(FileLine(mark.Line), (int)mark.Column);

    private sealed class Frame(YamlContainer container, Mark start)
    {
        public YamlContainer Container { get; } = container;

        public Mark Start { get; } = start;

        public PendingKey? Key { get; set; }
    }

    private sealed record PendingKey(string Key, string RawKey, long StartIndex, long Line, int Column);
}
