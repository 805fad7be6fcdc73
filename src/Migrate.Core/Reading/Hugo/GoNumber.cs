using System.Globalization;
using System.Numerics;

namespace Migrate.Core.Reading.Hugo;

/// <summary>
/// Numbers the way Hugo's decoders produce them: YAML (yaml.v2: <c>strconv.ParseInt(s, 0, 64)</c> after removing
/// underscores, then uint64, then float64, so <c>0755</c> is 493 and <c>0x10</c> is 16) and TOML integers/floats.
/// Values are <see cref="long"/>, <see cref="ulong"/> or <see cref="double"/>.
/// </summary>
internal static class GoNumber
{
    /// <summary>Reads an integer scalar's text; falls back to a float (as yaml.v2 does for <c>08</c>); null if neither.</summary>
    public static object? ParseInteger(string text)
    {
        var plain = text.Replace("_", "", StringComparison.Ordinal).Trim();
        if (TryParseIntBase0(plain, out var big))
        {
            if (big >= long.MinValue && big <= long.MaxValue)
            {
                return (long)big;
            }
            if (big >= 0 && big <= ulong.MaxValue)
            {
                return (ulong)big;
            }
        }
        return ParseFloat(text);
    }

    /// <summary>Reads a float scalar's text (YAML <c>.inf</c>/<c>.nan</c>, TOML <c>inf</c>/<c>nan</c> included); null if not a number.</summary>
    public static double? ParseFloat(string text)
    {
        var plain = text.Replace("_", "", StringComparison.Ordinal).Trim();
        var lower = plain.ToLowerInvariant();
        switch (lower)
        {
            case ".inf" or "+.inf" or "inf" or "+inf":
                return double.PositiveInfinity;
            case "-.inf" or "-inf":
                return double.NegativeInfinity;
            case ".nan" or "nan" or "+nan" or "-nan":
                return double.NaN;
        }
        if (plain.Length == 0 || plain.Contains("0x", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    /// <summary>Go's <c>strconv.ParseInt(s, 0, …)</c> prefix rules: sign, <c>0x</c>, <c>0o</c>, <c>0b</c>, leading <c>0</c> = octal.</summary>
    private static bool TryParseIntBase0(string s, out BigInteger value)
    {
        value = BigInteger.Zero;
        if (s.Length == 0)
        {
            return false;
        }
        var neg = false;
        if (s[0] is '+' or '-')
        {
            neg = s[0] == '-';
            s = s[1..];
        }
        var radix = 10;
        if (s.Length > 1 && s[0] == '0')
        {
            switch (s[1])
            {
                case 'x' or 'X':
                    radix = 16;
                    s = s[2..];
                    break;
                case 'o' or 'O':
                    radix = 8;
                    s = s[2..];
                    break;
                case 'b' or 'B':
                    radix = 2;
                    s = s[2..];
                    break;
                default:
                    radix = 8;
                    s = s[1..];
                    break;
            }
        }
        if (s.Length == 0)
        {
            return false;
        }
        foreach (var c in s)
        {
            var d = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => 99,
            };
            if (d >= radix)
            {
                return false;
            }
            value = value * radix + d;
        }
        if (neg)
        {
            value = -value;
        }
        return true;
    }

    /// <summary>Go's <c>strconv.FormatFloat(f, 'f', -1, 64)</c>, which <c>cast.ToString</c> uses for a float64.</summary>
    public static string FormatFloatF(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }
        if (double.IsInfinity(d))
        {
            return d > 0 ? "+Inf" : "-Inf";
        }
        var r = d.ToString("R", CultureInfo.InvariantCulture);
        if (!r.Contains('E'))
        {
            return r == "-0" ? "-0" : r;
        }
        // Expand the shortest round-trip digits without exponent.
        var dec = decimal.TryParse(r, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? m : (decimal?)null;
        if (dec is { } x)
        {
            return x.ToString(CultureInfo.InvariantCulture);
        }
        var neg = r.StartsWith('-');
        var body = neg ? r[1..] : r;
        var parts = body.Split('E');
        var mantissa = parts[0].Replace(".", "", StringComparison.Ordinal);
        var pointPos = (parts[0].IndexOf('.') is var p && p >= 0 ? p : parts[0].Length) + int.Parse(parts[1], CultureInfo.InvariantCulture);
        string result;
        if (pointPos >= mantissa.Length)
        {
            result = mantissa + new string('0', pointPos - mantissa.Length);
        }
        else if (pointPos <= 0)
        {
            result = "0." + new string('0', -pointPos) + mantissa;
        }
        else
        {
            result = mantissa[..pointPos] + "." + mantissa[pointPos..];
        }
        return neg ? "-" + result : result;
    }
}
