using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Migrate.Core.Writing.Zola;

/// <summary>
/// TOML 1.0 spelling of keys, strings, numbers and comments, as the Zola writer emits them. Everything produced
/// here parses with a strict TOML 1.0 reader (Python's tomllib): no TOML 1.1-only escapes (<c>\e</c>,
/// <c>\xHH</c>), dates always with seconds, no multi-line inline tables.
/// </summary>
internal static partial class TomlText
{
    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex BareKeyPattern();

    [GeneratedRegex(@"^[+-]?(0|[1-9](_?[0-9])*)$|^0x[0-9A-Fa-f](_?[0-9A-Fa-f])*$|^0o[0-7](_?[0-7])*$|^0b[01](_?[01])*$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[+-]?(0|[1-9](_?[0-9])*)((\.[0-9](_?[0-9])*)([eE][+-]?[0-9](_?[0-9])*)?|[eE][+-]?[0-9](_?[0-9])*)$|^[+-]?(inf|nan)$")]
    private static partial Regex FloatPattern();

    /// <summary>TOML 1.0 date, date-time (offset or local, 'T' or space) or time, seconds required.</summary>
    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?)?|\d{2}:\d{2}:\d{2}(\.\d+)?)$")]
    private static partial Regex DateTimePattern();

    /// <summary>TOML 1.1's optional seconds: <c>2020-08-10T12:00</c>, <c>12:00</c> (with an optional offset).</summary>
    [GeneratedRegex(@"^(?<head>(\d{4}-\d{2}-\d{2}[Tt ])?\d{2}:\d{2})(?<tail>[Zz]|[+-]\d{2}:\d{2})?$")]
    private static partial Regex NoSecondsPattern();

    /// <summary>A key, bare when TOML allows it, else a basic string.</summary>
    public static string Key(string key) => BareKeyPattern().IsMatch(key) ? key : BasicString(key);

    /// <summary>A dotted key path for a table header.</summary>
    public static string Path(IEnumerable<string> keys) => string.Join('.', keys.Select(Key));

    /// <summary>
    /// A string value. A literal string (<c>'…'</c>) when the source used single quotes or a literal block and the
    /// text allows it, a multi-line basic string when the text has line breaks, else a basic string.
    /// </summary>
    public static string String(string value, bool preferLiteral)
    {
        var multiLine = value.Contains('\n');
        if (preferLiteral && !multiLine && LiteralSafe(value) && !value.Contains('\''))
        {
            return "'" + value + "'";
        }
        return multiLine ? MultiLineBasicString(value) : BasicString(value);
    }

    public static string BasicString(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    AppendOther(sb, c);
                    break;
            }
        }
        sb.Append('"');
        return sb.ToString();
    }

    /// <summary>
    /// <c>"""</c> + newline + text + <c>"""</c>: the newline right after the opening delimiter is trimmed by TOML, so the
    /// value is exact. Every quote and backslash is escaped (always valid), line feeds and tabs stay raw.
    /// </summary>
    public static string MultiLineBasicString(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        sb.Append("\"\"\"\n");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append('\n'); break;
                case '\t': sb.Append('\t'); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    AppendOther(sb, c);
                    break;
            }
        }
        sb.Append("\"\"\"");
        return sb.ToString();
    }

    /// <summary>A comment line: the text as written (its <c>#</c> added if missing); control characters become U+FFFD.</summary>
    public static string Comment(string text)
    {
        var t = text.StartsWith('#') ? text : "# " + text;
        var sb = new StringBuilder(t.Length);
        foreach (var c in t)
        {
            sb.Append(c == '\t' || (c >= ' ' && c != '\u007F') ? c : '\uFFFD');
        }
        return sb.ToString();
    }

    /// <summary>True when <paramref name="raw"/> is a TOML 1.0 integer as written.</summary>
    public static bool IsInteger(string raw) => IntegerPattern().IsMatch(raw);

    /// <summary>True when <paramref name="raw"/> is a TOML 1.0 float as written.</summary>
    public static bool IsFloat(string raw) => FloatPattern().IsMatch(raw);

    /// <summary>
    /// A TOML 1.0 date/time spelling of <paramref name="raw"/> (a TOML source value): as written when valid TOML 1.0,
    /// with <c>:00</c> seconds added for TOML 1.1's short form; null when it is not a TOML date/time.
    /// </summary>
    public static string? DateTime(string raw)
    {
        if (DateTimePattern().IsMatch(raw))
        {
            return raw;
        }
        var m = NoSecondsPattern().Match(raw);
        return m.Success ? m.Groups["head"].Value + ":00" + m.Groups["tail"].Value : null;
    }

    /// <summary>A float from .NET, always with a dot or exponent so TOML reads it as a float.</summary>
    public static string Float(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }
        if (double.IsPositiveInfinity(value))
        {
            return "inf";
        }
        if (double.IsNegativeInfinity(value))
        {
            return "-inf";
        }
        var s = value.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.') || s.Contains('E') || s.Contains('e') ? s : s + ".0";
    }

    private static bool LiteralSafe(string value) =>
        value.All(c => c == '\t' || (c >= ' ' && c != '\u007F'));

    private static void AppendOther(StringBuilder sb, char c)
    {
        if (c < ' ' || c == '\u007F')
        {
            sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        else
        {
            sb.Append(c);
        }
    }
}
