using System.Globalization;
using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Reading.Academic;

/// <summary>
/// Reads plain values out of the lossless tree the way Hugo's <c>cast</c> package sees them. Aliases are followed
/// (with a small hop limit, so a cycle cannot hang); nothing in the tree is changed.
/// </summary>
internal static class FrontMatterValues
{
    private const int MaxAliasHops = 32;

    /// <summary>The node an alias finally points at (or the node itself); null for a dangling or cyclic alias.</summary>
    public static FrontMatterNode? Deref(FrontMatterNode? node)
    {
        for (var hops = 0; node is FrontMatterAlias alias; hops++)
        {
            if (hops >= MaxAliasHops)
            {
                return null;
            }
            node = alias.Target;
        }
        return node;
    }

    public static FrontMatterScalar? AsScalar(FrontMatterNode? node) => Deref(node) as FrontMatterScalar;

    public static FrontMatterMapping? AsMapping(FrontMatterNode? node) => Deref(node) as FrontMatterMapping;

    public static FrontMatterSequence? AsSequence(FrontMatterNode? node) => Deref(node) as FrontMatterSequence;

    /// <summary>The 1-based line of an entry, falling back to where its value starts.</summary>
    public static int? LineOf(FrontMatterEntry? entry) => entry?.Line ?? entry?.Value.Start?.Line;

    public static int? LineOf(FrontMatterNode? node) => node?.Start?.Line;

    /// <summary>
    /// A scalar as text, like <c>cast.ToString</c>: strings as decoded, integers in decimal, floats in Go's
    /// shortest form (<c>1.50</c> → <c>1.5</c>, as Hugo printed a numeric title), booleans as <c>true</c>/<c>false</c>.
    /// Null for a null scalar or a non-scalar.
    /// </summary>
    public static string? Text(FrontMatterNode? node)
    {
        var scalar = AsScalar(node);
        if (scalar is null || scalar.IsNull)
        {
            return null;
        }
        switch (scalar.Kind)
        {
            case ScalarKind.Integer:
                return TryParseInteger(scalar.Value, out var l) ? l.ToString(CultureInfo.InvariantCulture) : scalar.Value;
            case ScalarKind.Float:
                if (double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
                {
                    var r = d.ToString("R", CultureInfo.InvariantCulture);
                    return r.Contains('E') ? scalar.Value : r;
                }
                return scalar.Value;
            case ScalarKind.Boolean:
                return IsYamlTrue(scalar.Value) ? "true" : "false";
            default:
                return scalar.Value;
        }
    }

    /// <summary>Text with surrounding whitespace removed; null when missing, null or empty after trimming.</summary>
    public static string? NonEmptyText(FrontMatterNode? node)
    {
        var t = Text(node)?.Trim();
        return string.IsNullOrEmpty(t) ? null : t;
    }

    /// <summary>Text kept exactly (Markdown, inner spacing), but null when it is missing, null or only whitespace.</summary>
    public static string? NonBlankText(FrontMatterNode? node)
    {
        var t = Text(node);
        return string.IsNullOrWhiteSpace(t) ? null : t;
    }

    /// <summary>
    /// Hugo's <c>cast.ToBool</c>: a boolean as resolved by the front-matter syntax (YAML 1.1 <c>yes</c>/<c>on</c>),
    /// integers ≠ 0, strings by Go's <c>strconv.ParseBool</c> (<c>"true"</c>, <c>"T"</c>, <c>"1"</c> are true;
    /// <c>"yes"</c> is false). Checked with Hugo 0.111.3 on <c>draft</c>.
    /// </summary>
    public static bool ToBool(FrontMatterNode? node)
    {
        var scalar = AsScalar(node);
        if (scalar is null || scalar.IsNull)
        {
            return false;
        }
        return scalar.Kind switch
        {
            ScalarKind.Boolean => IsYamlTrue(scalar.Value),
            ScalarKind.Integer => TryParseInteger(scalar.Value, out var l) && l != 0,
            ScalarKind.String => scalar.Value is "1" or "t" or "T" or "TRUE" or "true" or "True",
            _ => false,
        };
    }

    /// <summary>Hugo's <c>cast.ToInt</c> for <c>weight</c>: integers, integer strings, floats truncated.</summary>
    public static int? ToInt(FrontMatterNode? node)
    {
        var scalar = AsScalar(node);
        if (scalar is null || scalar.IsNull)
        {
            return null;
        }
        switch (scalar.Kind)
        {
            case ScalarKind.Integer:
            case ScalarKind.String:
                return TryParseInteger(scalar.Value.Trim(), out var l) && l is >= int.MinValue and <= int.MaxValue ? (int)l : null;
            case ScalarKind.Float:
                return double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                       && d is >= int.MinValue and <= int.MaxValue
                    ? (int)Math.Truncate(d)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// A list of texts: a sequence's scalar items (null items skipped), or a single scalar as a one-item list
    /// (Hugo taxonomies and the 2026 kit's <c>authors</c> accept a scalar). Each item keeps its position.
    /// </summary>
    public static List<(int Index, string? Text, FrontMatterNode Node)> Items(FrontMatterNode? node)
    {
        var result = new List<(int, string?, FrontMatterNode)>();
        var target = Deref(node);
        if (target is FrontMatterSequence seq)
        {
            for (var i = 0; i < seq.Items.Count; i++)
            {
                var item = Deref(seq.Items[i].Value);
                result.Add((i, item is FrontMatterScalar ? Text(item) : null, item ?? seq.Items[i].Value));
            }
        }
        else if (target is FrontMatterScalar s && !s.IsNull)
        {
            result.Add((0, Text(s), s));
        }
        return result;
    }

    /// <summary>Non-empty trimmed strings of a list value (<c>['']</c> entries dropped).</summary>
    public static List<string> StringList(FrontMatterNode? node)
    {
        var list = new List<string>();
        foreach (var (_, text, _) in Items(node))
        {
            var t = text?.Trim();
            if (!string.IsNullOrEmpty(t))
            {
                list.Add(t);
            }
        }
        return list;
    }

    private static bool IsYamlTrue(string value) =>
        value.Trim().ToLowerInvariant() is "true" or "yes" or "on" or "y";

    /// <summary>Decimal, and the YAML 1.1 / TOML prefixed forms (<c>0x1F</c>, <c>0o17</c>, <c>0b101</c>, <c>017</c>), with <c>_</c> separators.</summary>
    public static bool TryParseInteger(string text, out long value)
    {
        value = 0;
        var s = text.Replace("_", "", StringComparison.Ordinal);
        var negative = false;
        if (s.StartsWith('+') || s.StartsWith('-'))
        {
            negative = s[0] == '-';
            s = s[1..];
        }
        if (s.Length == 0)
        {
            return false;
        }
        try
        {
            if (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                value = Convert.ToInt64(s[2..], 16);
            }
            else if (s.StartsWith("0o", StringComparison.OrdinalIgnoreCase))
            {
                value = Convert.ToInt64(s[2..], 8);
            }
            else if (s.StartsWith("0b", StringComparison.OrdinalIgnoreCase))
            {
                value = Convert.ToInt64(s[2..], 2);
            }
            else if (s.Length > 1 && s[0] == '0' && s.All(c => c is >= '0' and <= '7'))
            {
                value = Convert.ToInt64(s, 8);
            }
            else if (!long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value))
            {
                return false;
            }
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            return false;
        }
        value = negative ? -value : value;
        return true;
    }
}
