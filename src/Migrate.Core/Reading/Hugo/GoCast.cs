using System.Globalization;

namespace Migrate.Core.Reading.Hugo;

/// <summary>
/// The <c>spf13/cast</c> v1.5 conversions Hugo applies to special front-matter keys (<c>title</c> →
/// <c>ToString</c>, <c>draft</c> → <c>ToBool</c>, <c>weight</c> → <c>ToInt</c>, <c>keywords</c> →
/// <c>ToStringSlice</c>), on the Go-like values of <see cref="HugoValueReader"/>.
/// </summary>
internal static class GoCast
{
    /// <summary><c>cast.ToString</c>: numbers and booleans as Go prints them, times via <c>Time.String()</c>, anything else (lists, maps, null) empty.</summary>
    public static string ToString(object? v) => v switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        ulong u => u.ToString(CultureInfo.InvariantCulture),
        double d => GoNumber.FormatFloatF(d),
        GoTime t => t.ToGoString(),
        TomlLocalValue t => t.Text,
        _ => "",
    };

    /// <summary><c>cast.ToBoolE</c>: the value and whether the cast succeeded (nil casts to false successfully).</summary>
    public static (bool Value, bool Ok) ToBoolE(object? v) => v switch
    {
        null => (false, true),
        bool b => (b, true),
        long l => (l != 0, true),
        ulong u => (u != 0, true),
        double d => (d != 0, true),
        string s => s switch
        {
            "1" or "t" or "T" or "TRUE" or "true" or "True" => (true, true),
            "0" or "f" or "F" or "FALSE" or "false" or "False" => (false, true),
            _ => (false, false),
        },
        _ => (false, false),
    };

    /// <summary><c>cast.ToBool</c>.</summary>
    public static bool ToBool(object? v) => ToBoolE(v).Value;

    /// <summary><c>cast.ToInt</c> (Go int is 64-bit): floats truncate, strings parse with Go's base prefixes after dropping a zero decimal part, anything else 0.</summary>
    public static long ToInt(object? v)
    {
        switch (v)
        {
            case long l:
                return l;
            case ulong u:
                return unchecked((long)u);
            case double d:
                return double.IsFinite(d) && Math.Abs(d) < 9.2e18 ? (long)Math.Truncate(d) : 0;
            case bool b:
                return b ? 1 : 0;
            case string s:
                var trimmed = TrimZeroDecimal(s);
                return !trimmed.Contains('_') && GoNumber.ParseInteger(trimmed) is long parsed ? parsed : 0;
            default:
                return 0;
        }
    }

    /// <summary>
    /// <c>cast.ToStringSlice</c>: a list casts each item, a string splits on white space, any other scalar becomes a
    /// one-item list; null, a map, or an empty list give a nil slice, which <c>jsonify</c> prints as <c>null</c>.
    /// </summary>
    public static List<object?>? ToStringSlice(object? v)
    {
        switch (v)
        {
            case List<object?> list:
                return list.Count == 0 ? null : list.Select(x => (object?)ToString(x)).ToList();
            case string s:
                return s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(x => (object?)x).ToList();
            case null:
            case SortedDictionary<string, object?>:
                return null;
            default:
                return [ToString(v)];
        }
    }

    /// <summary>cast's <c>trimZeroDecimal</c>: <c>"3.00"</c> → <c>"3"</c>.</summary>
    private static string TrimZeroDecimal(string s)
    {
        var foundZero = false;
        for (var i = s.Length; i > 0; i--)
        {
            switch (s[i - 1])
            {
                case '.':
                    if (foundZero)
                    {
                        return s[..(i - 1)];
                    }
                    break;
                case '0':
                    foundZero = true;
                    break;
                default:
                    return s;
            }
        }
        return s;
    }
}
