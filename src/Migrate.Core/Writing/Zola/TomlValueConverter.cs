using System.Globalization;
using System.Numerics;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Writing.Zola;

/// <summary>
/// Turns front-matter tree values into TOML values with their comments, for <c>[extra]</c>. What TOML cannot hold
/// gets a documented stand-in instead of vanishing: a null becomes a comment at its place
/// (<c># url_code = (null in source)</c>) and its key path is listed in <see cref="NullPaths"/>; a duplicate key
/// becomes a comment naming the value Hugo ignored; a value nested too deeply or an unresolvable alias becomes a
/// comment with a <see cref="DiagnosticCodes.ValueNotRepresentable"/> warning. Scalars keep their type: YAML 1.1
/// integers/floats/bools are spelled the TOML way (<c>0755</c> → <c>493</c>, <c>.inf</c> → <c>inf</c>,
/// <c>yes</c> → <c>true</c>); YAML/JSON timestamps stay strings (Hugo reads them as strings outside the date keys,
/// and Zola turns dates in <c>extra</c> into strings anyway); TOML dates stay TOML dates.
/// </summary>
internal sealed class TomlValueConverter
{
    /// <summary>Nesting deeper than this is written as a comment (Python's tomllib and Zola both recurse).</summary>
    public const int MaxDepth = 40;

    /// <summary>
    /// How many values YAML aliases may add to one page when expanded (TOML has no aliases, so they are written
    /// out). An alias bomb (9 levels of 9 aliases) would otherwise expand to 9^9 values.
    /// </summary>
    public const int AliasBudget = 10_000;

    private int _aliasNodes;

    private readonly FrontMatterFormat _format;
    private readonly string? _path;
    private readonly DiagnosticBag _diagnostics;

    public TomlValueConverter(FrontMatterFormat format, string? path, DiagnosticBag diagnostics)
    {
        _format = format;
        _path = path;
        _diagnostics = diagnostics;
    }

    /// <summary>Key paths (<c>slides</c>, <c>image.caption</c>, <c>links[2]</c>) whose source value was null.</summary>
    public List<string> NullPaths { get; } = new();

    /// <summary>
    /// Adds <paramref name="entries"/> (all or some of <paramref name="mapping"/>'s) to <paramref name="target"/>. An entry
    /// Hugo does not use because another spelling of its key wins (<see cref="FrontMatterMapping.Find"/>) becomes a comment.
    /// </summary>
    public void AddEntries(TomlOutTable target, IEnumerable<FrontMatterEntry> entries, FrontMatterMapping mapping, string pathPrefix, int depth)
    {
        foreach (var entry in entries)
        {
            var keyPath = pathPrefix.Length == 0 ? entry.Key : pathPrefix + "." + entry.Key;
            TomlOutEntry outEntry;
            var later = mapping.Find(entry.Key);
            if (later is not null && !ReferenceEquals(later, entry))
            {
                outEntry = target.Add(entry.Key, null);
                var header = TomlText.Comment(
                    $"# duplicate key '{entry.Key}': Hugo uses '{later.Key}' on line {later.Line?.ToString(CultureInfo.InvariantCulture) ?? "?"}; this value, commented out:");
                outEntry.Note = string.Join("\n", CommentedOut(entry.Key, entry.Value, keyPath, depth).Prepend(header));
                _diagnostics.Warning(DiagnosticCodes.ShadowedKeyCommentedOut, _path, entry.Line,
                    $"duplicate key '{entry.Key}': TOML allows one; the value Hugo ignores is kept as a comment");
            }
            else
            {
                var value = Convert(entry.Value, keyPath, depth + 1, out var note);
                outEntry = target.Add(entry.Key, value);
                if (value is null)
                {
                    outEntry.Note = TomlText.Comment($"# {entry.Key} = {note}");
                }
            }
            CopyComments(entry, outEntry);
        }
    }

    public static void CopyComments(FrontMatterEntry entry, TomlOutEntry outEntry)
    {
        outEntry.LeadingComments.AddRange(entry.LeadingComments.Select(c => TomlText.Comment(c.Text)));
        if (entry.TrailingComment is not null)
        {
            outEntry.TrailingComment = TomlText.Comment(entry.TrailingComment.Text);
        }
        outEntry.BlankLineBefore = entry.BlankLinesBefore > 0;
    }

    /// <summary>
    /// The TOML value for <paramref name="node"/>, or null with <paramref name="note"/> saying what the comment
    /// should show instead (null source value, too deep, dangling alias).
    /// </summary>
    public TomlOutNode? Convert(FrontMatterNode node, string keyPath, int depth, out string note)
    {
        note = "";
        if (depth > MaxDepth)
        {
            note = "(value nested too deeply for TOML; see the source)";
            _diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, _path, node.Start?.Line,
                $"'{keyPath}' is nested more than {MaxDepth} levels deep; written as a comment");
            return null;
        }
        var resolved = Resolve(node, keyPath);
        if (node is FrontMatterAlias bomb && resolved is not null)
        {
            _aliasNodes += Size(resolved, AliasBudget - _aliasNodes + 1);
            if (_aliasNodes > AliasBudget)
            {
                note = $"(alias *{bomb.Name} not expanded: the page's aliases would expand to more than {AliasBudget} values)";
                _diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, _path, node.Start?.Line,
                    $"'{keyPath}' is the alias *{bomb.Name}; expanding it would exceed {AliasBudget} values, so it is written as a comment");
                return null;
            }
        }
        switch (resolved)
        {
            case null:
                note = $"(alias *{((FrontMatterAlias)node).Name} has no anchor)";
                return null;
            case FrontMatterScalar { IsNull: true }:
                note = "(null in source; TOML has no null)";
                NullPaths.Add(keyPath);
                return null;
            case FrontMatterScalar s:
                return Scalar(s, keyPath);
            case FrontMatterMapping m:
            {
                // A flow map ({a: 1}, a TOML inline table, a JSON object) stays inline, in its place.
                var table = new TomlOutTable { Inline = m.Style == CollectionStyle.Flow && _format != FrontMatterFormat.Json };
                AddEntries(table, m.Entries, m, keyPath, depth);
                table.EndComments.AddRange(m.EndComments.Select(c => TomlText.Comment(c.Text)));
                return table;
            }
            case FrontMatterSequence seq:
            {
                var array = new TomlOutArray();
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    var item = seq.Items[i];
                    var value = Convert(item.Value, $"{keyPath}[{i}]", depth + 1, out var itemNote);
                    var outItem = new TomlOutArrayItem(value);
                    if (value is null)
                    {
                        outItem.Note = TomlText.Comment("# " + itemNote);
                    }
                    outItem.LeadingComments.AddRange(item.LeadingComments.Select(c => TomlText.Comment(c.Text)));
                    if (item.TrailingComment is not null)
                    {
                        outItem.TrailingComment = TomlText.Comment(item.TrailingComment.Text);
                    }
                    array.Items.Add(outItem);
                }
                array.EndComments.AddRange(seq.EndComments.Select(c => TomlText.Comment(c.Text)));
                // A block list of maps becomes [[array.of.tables]]; a flow list ([{…}, {…}]) stays an inline array.
                array.AsTableArray = (seq.Style != CollectionStyle.Flow || _format == FrontMatterFormat.Json)
                    && array.Items.Count > 0 && array.Items.TrueForAll(i => i.Value is TomlOutTable);
                return array;
            }
            default:
                note = "(unsupported value)";
                return null;
        }
    }

    /// <summary>The number of values under <paramref name="node"/> with aliases expanded, counting no further than <paramref name="limit"/>.</summary>
    private static int Size(FrontMatterNode node, int limit)
    {
        var count = 0;
        var stack = new Stack<(FrontMatterNode Node, int Depth)>();
        stack.Push((node, 0));
        while (stack.Count > 0 && count <= limit)
        {
            var (n, depth) = stack.Pop();
            count++;
            if (depth > MaxDepth)
            {
                continue;
            }
            switch (n)
            {
                case FrontMatterAlias { Target: { } target }:
                    stack.Push((target, depth + 1));
                    break;
                case FrontMatterMapping m:
                    m.Entries.ForEach(e => stack.Push((e.Value, depth + 1)));
                    break;
                case FrontMatterSequence q:
                    q.Items.ForEach(i => stack.Push((i.Value, depth + 1)));
                    break;
            }
        }
        return count;
    }

    private FrontMatterNode? Resolve(FrontMatterNode node, string keyPath)
    {
        var hops = 0;
        while (node is FrontMatterAlias alias)
        {
            if (alias.Target is null || ++hops > 64)
            {
                _diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, _path, node.Start?.Line,
                    $"'{keyPath}' is the alias *{alias.Name} with no anchor before it; written as a comment");
                return null;
            }
            node = alias.Target;
        }
        return node;
    }

    private TomlOutNode Scalar(FrontMatterScalar s, string keyPath)
    {
        var literal = s.Style is ScalarStyle.SingleQuoted or ScalarStyle.Literal;
        switch (s.Kind)
        {
            case ScalarKind.Boolean:
                return TomlOutScalar.Bool(IsTrue(s.Value));
            case ScalarKind.Integer:
                if (Integer(s.Value.Trim()) is { } i)
                {
                    return new TomlOutScalar(i);
                }
                break;
            case ScalarKind.Float:
                if (Float(s.Value.Trim()) is { } f)
                {
                    return new TomlOutScalar(f);
                }
                break;
            case ScalarKind.Timestamp or ScalarKind.LocalDate or ScalarKind.LocalDateTime or ScalarKind.LocalTime
                when _format == FrontMatterFormat.Toml:
                if (TomlText.DateTime(s.Raw.Trim()) is { } d)
                {
                    return new TomlOutScalar(d);
                }
                break;
            case ScalarKind.String or ScalarKind.Timestamp or ScalarKind.LocalDate or ScalarKind.LocalDateTime or ScalarKind.LocalTime:
                return TomlOutScalar.String(s.Value, literal);
        }
        _diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, _path, s.Start?.Line,
            $"'{keyPath}' = {s.Raw} is a {s.Kind} TOML cannot spell; written as the string \"{s.Value}\"");
        return TomlOutScalar.String(s.Value, literal);
    }

    private static bool IsTrue(string value) =>
        value.Trim().ToLowerInvariant() is "true" or "yes" or "on" or "y";

    /// <summary>A TOML integer for a YAML 1.1 / TOML / JSON integer spelling (underscores, 0x, 0b, 0o, leading-zero octal, base 60).</summary>
    internal static string? Integer(string text)
    {
        if (TomlText.IsInteger(text))
        {
            return text;
        }
        var t = text.Replace("_", "", StringComparison.Ordinal);
        var negative = t.StartsWith('-');
        if (t.StartsWith('-') || t.StartsWith('+'))
        {
            t = t[1..];
        }
        BigInteger value;
        try
        {
            if (t.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                value = Parse(t[2..], 16);
            }
            else if (t.StartsWith("0b", StringComparison.OrdinalIgnoreCase))
            {
                value = Parse(t[2..], 2);
            }
            else if (t.StartsWith("0o", StringComparison.OrdinalIgnoreCase))
            {
                value = Parse(t[2..], 8);
            }
            else if (t.Contains(':'))
            {
                value = 0;
                foreach (var part in t.Split(':'))
                {
                    value = value * 60 + Parse(part, 10);
                }
            }
            else if (t.Length > 1 && t[0] == '0')
            {
                value = Parse(t[1..], 8);
            }
            else
            {
                value = Parse(t, 10);
            }
        }
        catch (FormatException)
        {
            return null;
        }
        if (negative)
        {
            value = -value;
        }
        return value >= long.MinValue && value <= long.MaxValue ? value.ToString(CultureInfo.InvariantCulture) : null;
    }

    private static BigInteger Parse(string digits, int radix)
    {
        if (digits.Length == 0)
        {
            throw new FormatException();
        }
        BigInteger v = 0;
        foreach (var c in digits)
        {
            var d = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : 99;
            if (d >= radix)
            {
                throw new FormatException();
            }
            v = v * radix + d;
        }
        return v;
    }

    /// <summary>A TOML float for a YAML 1.1 / TOML / JSON float spelling.</summary>
    internal static string? Float(string text)
    {
        if (TomlText.IsFloat(text))
        {
            return text;
        }
        var t = text.Replace("_", "", StringComparison.Ordinal);
        switch (t.ToLowerInvariant())
        {
            case ".inf" or "+.inf": return "inf";
            case "-.inf": return "-inf";
            case ".nan": return "nan";
        }
        if (t.Contains(':'))
        {
            var negative = t.StartsWith('-');
            double total = 0;
            foreach (var part in t.TrimStart('+', '-').Split(':'))
            {
                if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var p))
                {
                    return null;
                }
                total = total * 60 + p;
            }
            return TomlText.Float(negative ? -total : total);
        }
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? TomlText.Float(v) : null;
    }

    /// <summary>
    /// <paramref name="node"/> written as TOML (<c>key = value</c>, or a table) with every line commented out, so a
    /// value that cannot stay live (a duplicate, an unusable taxonomy term) keeps its text and its comments.
    /// </summary>
    public IReadOnlyList<string> CommentedOut(string key, FrontMatterNode node, string keyPath, int depth)
    {
        var quiet = new TomlValueConverter(_format, _path, new DiagnosticBag()) { _aliasNodes = _aliasNodes };
        var table = new TomlOutTable();
        var value = quiet.Convert(node, keyPath, depth + 1, out var note);
        _aliasNodes = quiet._aliasNodes;
        if (value is null)
        {
            return new[] { TomlText.Comment($"# {key} = {note}") };
        }
        table.Add(key, value);
        var text = TomlOutRenderer.Render(table).TrimEnd('\n');
        return text.Split('\n').Select(line => line.StartsWith('#') ? "# " + line : TomlText.Comment("# " + line)).ToList();
    }

    /// <summary>A one-line description of a value for a comment.</summary>
    internal static string Describe(FrontMatterNode node) => node switch
    {
        FrontMatterScalar s => s.Raw.Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' '),
        FrontMatterMapping => "(a map; see the source)",
        FrontMatterSequence => "(a list; see the source)",
        FrontMatterAlias a => "*" + a.Name,
        _ => "(value)",
    };
}
