using System.Globalization;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlScalarStyle = YamlDotNet.Core.ScalarStyle;
using TreeScalarStyle = Migrate.Core.Model.FrontMatter.ScalarStyle;

namespace Migrate.Core.Writing.Jekyll;

/// <summary>
/// Writes a front-matter tree as YAML for Jekyll through YamlDotNet's low-level <see cref="Emitter"/>: keys in tree
/// order, comments as comment events (leading, same-line, end), source quoting kept, and every scalar spelled so
/// that Jekyll's YAML 1.1 reader (SafeYAML) gets the type Hugo saw: strings that would read as bool, null, number
/// or date are quoted, TOML-only spellings (<c>0o755</c>, <c>inf</c>, local times) are rewritten or quoted with a
/// diagnostic. Collections holding comments are written in block style because the emitter drops comments
/// inside flow collections. Blank lines between groups are not kept (the emitter has no event for them).
/// </summary>
internal sealed class JekyllYamlEmitter
{
    /// <summary>Deeper trees are cut (with a diagnostic); the readers already refuse far shallower nesting.</summary>
    public const int MaxDepth = FrontMatterLimits.MaxDepth;

    private readonly string _path;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
    private IEmitter _emitter = null!;

    private JekyllYamlEmitter(string path, DiagnosticBag diagnostics)
    {
        _path = path;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// The YAML text of <paramref name="root"/> (without <c>---</c> delimiters), each line ending in
    /// <paramref name="newLine"/>. <paramref name="endComments"/> follow the last entry.
    /// </summary>
    public static string Emit(FrontMatterMapping root, IReadOnlyList<CommentLine> endComments, string newLine, string path, DiagnosticBag diagnostics)
    {
        var self = new JekyllYamlEmitter(path, diagnostics);
        return self.Run(newLine, e =>
        {
            e.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));
            self.EmitEntries(root, 1);
            self.EmitComments(root.EndComments);
            self.EmitComments(endComments);
            e.Emit(new MappingEnd());
        });
    }

    /// <summary>One entry rendered on its own, for commenting it out (a shadowed duplicate key).</summary>
    public static string EmitSingleEntry(FrontMatterEntry entry, string newLine, string path, DiagnosticBag diagnostics)
    {
        var self = new JekyllYamlEmitter(path, diagnostics);
        var holder = new FrontMatterMapping();
        holder.Entries.Add(entry);
        return self.Run(newLine, e =>
        {
            e.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));
            self.EmitEntries(holder, 1);
            e.Emit(new MappingEnd());
        });
    }

    private string Run(string newLine, Action<IEmitter> body)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = newLine };
        var settings = new EmitterSettings(2, int.MaxValue, false, 1024, newLine: newLine);
        _emitter = new Emitter(writer, settings);
        _emitter.Emit(new StreamStart());
        _emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        body(_emitter);
        _emitter.Emit(new DocumentEnd(isImplicit: true));
        _emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    private void EmitEntries(FrontMatterMapping mapping, int depth)
    {
        foreach (var entry in mapping.Entries)
        {
            EmitComments(entry.LeadingComments);
            EmitScalarText(entry.Key, KeyStyle(entry.Key));
            EmitNode(entry.Value, depth, entry.TrailingComment);
        }
    }

    private void EmitComments(IEnumerable<CommentLine> comments)
    {
        foreach (var comment in comments)
        {
            _emitter.Emit(new Comment(CommentBody(comment), isInline: false));
        }
    }

    /// <summary>The emitter writes <c>"# " + value</c>; strip the marker and one space so the text round-trips.</summary>
    internal static string CommentBody(CommentLine comment)
    {
        var body = comment.Body;
        return body.StartsWith(' ') ? body[1..] : body;
    }

    private void EmitNode(FrontMatterNode node, int depth, CommentLine? trailing)
    {
        if (depth > MaxDepth)
        {
            _diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, _path, node.Start?.Line,
                $"front matter nested deeper than {MaxDepth} levels; the deeper part is written as null");
            EmitScalarText("null", YamlScalarStyle.Plain);
            EmitTrailing(trailing);
            return;
        }

        switch (node)
        {
            case FrontMatterScalar scalar:
                EmitScalar(scalar);
                EmitTrailing(trailing);
                break;
            case FrontMatterAlias alias:
                if (_anchors.Contains(alias.Name))
                {
                    _emitter.Emit(new AnchorAlias(new AnchorName(alias.Name)));
                }
                else
                {
                    _diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, _path, node.Start?.Line,
                        $"alias *{alias.Name} has no anchor before it in the output; written as null");
                    EmitScalarText("null", YamlScalarStyle.Plain);
                }
                EmitTrailing(trailing);
                break;
            case FrontMatterSequence sequence:
            {
                var flow = sequence.Style == CollectionStyle.Flow && !HasComments(sequence);
                EmitBlockTrailing(trailing, flow);
                _emitter.Emit(new SequenceStart(Anchor(node), Tag(node), node.Tag is null, flow ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in sequence.Items)
                {
                    EmitComments(item.LeadingComments);
                    EmitNode(item.Value, depth + 1, item.TrailingComment);
                }
                EmitComments(sequence.EndComments);
                _emitter.Emit(new SequenceEnd());
                if (flow)
                {
                    EmitTrailing(trailing);
                }
                break;
            }
            case FrontMatterMapping mapping:
            {
                var flow = mapping.Style == CollectionStyle.Flow && !HasComments(mapping);
                EmitBlockTrailing(trailing, flow);
                _emitter.Emit(new MappingStart(Anchor(node), Tag(node), node.Tag is null, flow ? MappingStyle.Flow : MappingStyle.Block));
                EmitEntries(mapping, depth + 1);
                EmitComments(mapping.EndComments);
                _emitter.Emit(new MappingEnd());
                if (flow)
                {
                    EmitTrailing(trailing);
                }
                break;
            }
        }
    }

    // A same-line comment of a block collection sits after `key:`; the emitter writes an inline comment there.
    private void EmitBlockTrailing(CommentLine? trailing, bool flow)
    {
        if (!flow)
        {
            EmitTrailing(trailing);
        }
    }

    private void EmitTrailing(CommentLine? trailing)
    {
        if (trailing is not null)
        {
            _emitter.Emit(new Comment(CommentBody(trailing), isInline: true));
        }
    }

    private AnchorName Anchor(FrontMatterNode node)
    {
        if (string.IsNullOrEmpty(node.Anchor))
        {
            return AnchorName.Empty;
        }
        _anchors.Add(node.Anchor);
        return new AnchorName(node.Anchor);
    }

    private static TagName Tag(FrontMatterNode node) => node.Tag switch
    {
        null or "" => TagName.Empty,
        var t when t.StartsWith("!!", StringComparison.Ordinal) => new TagName("tag:yaml.org,2002:" + t[2..]),
        var t => new TagName(t),
    };

    private void EmitScalarText(string value, YamlScalarStyle style) =>
        _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, true, true));

    private void EmitScalar(FrontMatterScalar scalar)
    {
        var (text, style) = Spell(scalar);
        var tag = Tag(scalar);
        var implicitTag = tag.IsEmpty;
        _emitter.Emit(new Scalar(Anchor(scalar), tag, text, style, implicitTag, implicitTag));
    }

    /// <summary>How a scalar is written so that SafeYAML reads the type Hugo read.</summary>
    private (string Text, YamlScalarStyle Style) Spell(FrontMatterScalar scalar)
    {
        var raw = scalar.Raw.Trim();
        switch (scalar.Kind)
        {
            case ScalarKind.Null:
                return (raw is "~" or "null" or "Null" or "NULL" ? raw : "null", YamlScalarStyle.Plain);
            case ScalarKind.Boolean:
                if (SafeYamlTypes.PlainKind(raw) == ScalarKind.Boolean)
                {
                    return (raw, YamlScalarStyle.Plain);
                }
                return (IsTrue(scalar.Value) ? "true" : "false", YamlScalarStyle.Plain);
            case ScalarKind.Integer:
                if (SafeYamlTypes.PlainKind(raw) == ScalarKind.Integer)
                {
                    return (raw, YamlScalarStyle.Plain);
                }
                if (TomlNumbers.TryInteger(raw, out var integer))
                {
                    return (integer, YamlScalarStyle.Plain);
                }
                return NotRepresentable(scalar, "integer");
            case ScalarKind.Float:
                if (SafeYamlTypes.PlainKind(raw) == ScalarKind.Float)
                {
                    return (raw, YamlScalarStyle.Plain);
                }
                if (TomlNumbers.TryFloat(raw, out var number))
                {
                    return (number, YamlScalarStyle.Plain);
                }
                return NotRepresentable(scalar, "number");
            case ScalarKind.Timestamp:
            case ScalarKind.LocalDateTime:
            case ScalarKind.LocalDate:
                if (SafeYamlTypes.PlainKind(raw) == ScalarKind.Timestamp)
                {
                    return (raw, YamlScalarStyle.Plain);
                }
                return NotRepresentable(scalar, "date");
            case ScalarKind.LocalTime:
                return NotRepresentable(scalar, "time of day");
            default:
                return (scalar.Value, StringStyle(scalar.Value, scalar.Style));
        }
    }

    private (string, YamlScalarStyle) NotRepresentable(FrontMatterScalar scalar, string what)
    {
        _diagnostics.Info(DiagnosticCodes.ValueNotRepresentable, _path, scalar.Start?.Line,
            $"the {what} '{scalar.Raw}' has no YAML spelling Jekyll reads the same way; written as the text \"{scalar.Value}\"");
        return (scalar.Value, YamlScalarStyle.DoubleQuoted);
    }

    private static bool IsTrue(string value) =>
        value.Trim().ToLowerInvariant() is "true" or "yes" or "on" or "y";

    /// <summary>The source's quoting when it has one; plain only when SafeYAML would still read a string.</summary>
    internal static YamlScalarStyle StringStyle(string value, TreeScalarStyle source)
    {
        var needsQuotes = SafeYamlTypes.PlainWouldChangeType(value.Trim()) || value.Length == 0;
        return source switch
        {
            TreeScalarStyle.SingleQuoted => YamlScalarStyle.SingleQuoted,
            TreeScalarStyle.DoubleQuoted => YamlScalarStyle.DoubleQuoted,
            TreeScalarStyle.Literal or TreeScalarStyle.MultiLineDoubleQuoted when value.Contains('\n') => YamlScalarStyle.Literal,
            // The emitter re-folds internal line breaks wrongly (a kept "\n" comes back as a space): literal then.
            TreeScalarStyle.Folded when value.TrimEnd('\n').Contains('\n') => YamlScalarStyle.Literal,
            TreeScalarStyle.Folded when value.Contains('\n') => YamlScalarStyle.Folded,
            _ when needsQuotes => YamlScalarStyle.SingleQuoted,
            TreeScalarStyle.Plain => YamlScalarStyle.Plain,
            _ => YamlScalarStyle.Any,
        };
    }

    private static YamlScalarStyle KeyStyle(string key) =>
        SafeYamlTypes.PlainWouldChangeType(key) || key.Length == 0 ? YamlScalarStyle.DoubleQuoted : YamlScalarStyle.Plain;

    private static bool HasComments(FrontMatterNode node) => node switch
    {
        FrontMatterSequence s => s.EndComments.Count > 0
            || s.Items.Any(i => i.LeadingComments.Count > 0 || i.TrailingComment is not null || HasComments(i.Value)),
        FrontMatterMapping m => m.EndComments.Count > 0
            || m.Entries.Any(e => e.LeadingComments.Count > 0 || e.TrailingComment is not null || HasComments(e.Value)),
        _ => false,
    };
}
