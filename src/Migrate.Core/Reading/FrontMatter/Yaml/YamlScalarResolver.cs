using System.Globalization;
using System.Numerics;
using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Reading.FrontMatter.Yaml;

/// <summary>
/// Resolves a scalar's type the way Hugo 0.111 reads it: gopkg.in/yaml.v2's YAML 1.1 rules (<c>resolve.go</c>),
/// checked against Hugo with the hugo-params oracle (<c>y</c>/<c>N</c>/<c>on</c> are bools, <c>0755</c> is 493,
/// <c>08</c> is the float 8, <c>1.0</c> a float, <c>9223372036854775808</c> still an integer (uint64),
/// <c>nuLL</c>/<c>tRUE</c>/<c>190:20:30</c> strings). Quoted and block scalars are strings unless explicitly tagged.
/// A bare timestamp is <see cref="ScalarKind.Timestamp"/> only in the shapes yaml.v2 accepts (Go layouts
/// <c>2006-1-2T15:4:5.999999999Z07:00</c>, the same with <c>t</c>, <c>2006-1-2 15:4:5.999999999</c>, <c>2006-1-2</c>,
/// with Go's range checks, so <c>2021-31-01</c> and <c>2020-08-10T12:00:00</c> are strings). Note that yaml.v2 hands
/// timestamps to Hugo as strings; the kind records what the text is, not what Go type Hugo ends up with.
/// </summary>
internal static class YamlScalarResolver
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    /// <summary>Plain spellings with a fixed meaning (yaml.v2 <c>resolveMapList</c>); <c>&lt;&lt;</c> is the merge key.</summary>
    private static readonly Dictionary<string, ScalarKind> Fixed = BuildFixed();

    public static ScalarKind Resolve(string value, ScalarStyle style, string? tag)
    {
        if (!string.IsNullOrEmpty(tag) && tag != "?")
        {
            return ResolveTagged(tag);
        }
        return style == ScalarStyle.Plain ? ResolvePlain(value) : ScalarKind.String;
    }

    public static ScalarKind ResolvePlain(string value)
    {
        if (Fixed.TryGetValue(value, out var kind))
        {
            return kind;
        }
        var first = value[0];
        if (first == '.')
        {
            return IsDotFloat(value) ? ScalarKind.Float : ScalarKind.String;
        }
        if (first is not ('+' or '-' or (>= '0' and <= '9')))
        {
            return ScalarKind.String;
        }
        if (IsGoTimestamp(value))
        {
            return ScalarKind.Timestamp;
        }
        var plain = value.Replace("_", "", StringComparison.Ordinal);
        if (IsGoInteger(plain))
        {
            return ScalarKind.Integer;
        }
        return IsYamlStyleFloat(plain) ? ScalarKind.Float : ScalarKind.String;
    }

    /// <summary>
    /// An explicit tag decides (yaml.v2 would fail the build when the text does not fit the tag; the tree keeps the
    /// author's intent and leaves that check to the readers of the value). Unknown and local tags are strings.
    /// </summary>
    private static ScalarKind ResolveTagged(string tag)
    {
        if (!tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal))
        {
            return ScalarKind.String;
        }
        return tag[CoreTagPrefix.Length..] switch
        {
            "null" => ScalarKind.Null,
            "bool" => ScalarKind.Boolean,
            "int" => ScalarKind.Integer,
            "float" => ScalarKind.Float,
            "timestamp" => ScalarKind.Timestamp,
            _ => ScalarKind.String,
        };
    }

    /// <summary>The tag as it is spelled in YAML (<c>!!str</c>) from YamlDotNet's expanded form.</summary>
    public static string? ShortTag(string? tag)
    {
        if (string.IsNullOrEmpty(tag) || tag == "?")
        {
            return null;
        }
        if (tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal))
        {
            return "!!" + tag[CoreTagPrefix.Length..];
        }
        return tag.StartsWith('!') ? tag : "!<" + tag + ">";
    }

    private static Dictionary<string, ScalarKind> BuildFixed()
    {
        var d = new Dictionary<string, ScalarKind>(StringComparer.Ordinal);
        foreach (var s in new[] { "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
                     "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF" })
        {
            d[s] = ScalarKind.Boolean;
        }
        foreach (var s in new[] { "", "~", "null", "Null", "NULL" })
        {
            d[s] = ScalarKind.Null;
        }
        foreach (var s in new[] { ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF" })
        {
            d[s] = ScalarKind.Float;
        }
        d["<<"] = ScalarKind.String;
        return d;
    }

    /// <summary>Go's <c>strconv.ParseFloat</c> on a value starting with '.': <c>.5</c>, <c>.5e3</c>.</summary>
    private static bool IsDotFloat(string s)
    {
        var i = 1;
        var digits = SkipDigits(s, ref i);
        if (digits == 0)
        {
            return false;
        }
        return SkipExponent(s, ref i) && i == s.Length && IsFiniteDouble(s);
    }

    /// <summary>yaml.v2's <c>^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$</c> plus a finite ParseFloat.</summary>
    private static bool IsYamlStyleFloat(string s)
    {
        var i = 0;
        if (i < s.Length && s[i] is '+' or '-')
        {
            i++;
        }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            if (SkipDigits(s, ref i) == 0)
            {
                return false;
            }
        }
        else
        {
            if (SkipDigits(s, ref i) == 0)
            {
                return false;
            }
            if (i < s.Length && s[i] == '.')
            {
                i++;
                SkipDigits(s, ref i);
            }
        }
        return SkipExponent(s, ref i) && i == s.Length && IsFiniteDouble(s);
    }

    private static bool SkipExponent(string s, ref int i)
    {
        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-')
            {
                i++;
            }
            return SkipDigits(s, ref i) > 0;
        }
        return true;
    }

    private static int SkipDigits(string s, ref int i)
    {
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }
        return i - start;
    }

    private static bool IsFiniteDouble(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d);

    /// <summary>
    /// Go's <c>strconv.ParseInt(s, 0, 64)</c>, falling back to <c>ParseUint</c> (no sign) as yaml.v2 does:
    /// optional sign, then <c>0x</c>/<c>0o</c>/<c>0b</c> (any case), a leading <c>0</c> (octal) or decimal digits.
    /// </summary>
    private static bool IsGoInteger(string s)
    {
        var i = 0;
        var negative = false;
        var signed = false;
        if (i < s.Length && s[i] is '+' or '-')
        {
            negative = s[i] == '-';
            signed = true;
            i++;
        }
        var radix = 10;
        if (i + 1 < s.Length && s[i] == '0' && char.ToLowerInvariant(s[i + 1]) is 'x' or 'o' or 'b')
        {
            radix = char.ToLowerInvariant(s[i + 1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            i += 2;
        }
        else if (i + 1 < s.Length && s[i] == '0')
        {
            radix = 8;
        }
        if (i >= s.Length)
        {
            return false;
        }
        BigInteger magnitude = BigInteger.Zero;
        for (; i < s.Length; i++)
        {
            var d = HexValue(s[i]);
            if (d < 0 || d >= radix)
            {
                return false;
            }
            magnitude = magnitude * radix + d;
            if (magnitude > ulong.MaxValue)
            {
                return false;
            }
        }
        if (negative)
        {
            return magnitude <= new BigInteger(long.MaxValue) + 1;
        }
        return magnitude <= long.MaxValue || !signed;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>yaml.v2 <c>parseTimestamp</c>: four digits and '-', then one of Go's layouts, with Go's range checks.</summary>
    public static bool IsGoTimestamp(string s)
    {
        if (s.Length < 5 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[1]) || !char.IsAsciiDigit(s[2])
            || !char.IsAsciiDigit(s[3]) || s[4] != '-')
        {
            return false;
        }
        var year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        var i = 5;
        if (!GoNumber(s, ref i, out var month) || month is < 1 or > 12 || !Expect(s, ref i, '-')
            || !GoNumber(s, ref i, out var day) || day < 1 || day > DaysIn(month, year))
        {
            return false;
        }
        if (i == s.Length)
        {
            return true;
        }
        var separator = s[i++];
        if (separator is not ('T' or 't' or ' '))
        {
            return false;
        }
        if (!GoNumber(s, ref i, out var hour) || hour > 23 || !Expect(s, ref i, ':')
            || !GoNumber(s, ref i, out var minute) || minute > 59 || !Expect(s, ref i, ':')
            || !GoNumber(s, ref i, out var second) || second > 59)
        {
            return false;
        }
        if (i + 1 < s.Length && s[i] is '.' or ',' && char.IsAsciiDigit(s[i + 1]))
        {
            i++;
            SkipDigits(s, ref i);
        }
        if (separator == ' ')
        {
            return i == s.Length;
        }
        if (i < s.Length && s[i] == 'Z')
        {
            return i + 1 == s.Length;
        }
        // ±hh:mm, hour at most 24 and minute at most 60, as Go checks them.
        return i + 6 == s.Length && s[i] is '+' or '-' && char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i + 2])
               && s[i + 3] == ':' && char.IsAsciiDigit(s[i + 4]) && char.IsAsciiDigit(s[i + 5])
               && (s[i + 1] - '0') * 10 + (s[i + 2] - '0') <= 24 && (s[i + 4] - '0') * 10 + (s[i + 5] - '0') <= 60;
    }

    /// <summary>Go's <c>getnum(value, false)</c>: one or two digits.</summary>
    private static bool GoNumber(string s, ref int i, out int value)
    {
        value = 0;
        if (i >= s.Length || !char.IsAsciiDigit(s[i]))
        {
            return false;
        }
        value = s[i++] - '0';
        if (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            value = value * 10 + (s[i++] - '0');
        }
        return true;
    }

    private static bool Expect(string s, ref int i, char c)
    {
        if (i < s.Length && s[i] == c)
        {
            i++;
            return true;
        }
        return false;
    }

    private static int DaysIn(int month, int year) =>
        month == 2 && (year % 4 != 0 || (year % 100 == 0 && year % 400 != 0)) ? 28 : DateTime.DaysInMonth(2000, month);
}
