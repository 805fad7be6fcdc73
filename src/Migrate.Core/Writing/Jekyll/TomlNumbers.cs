using System.Globalization;

namespace Migrate.Core.Writing.Jekyll;

/// <summary>
/// Rewrites number spellings that YAML 1.1 does not share with TOML/JSON (<c>0o755</c>, <c>1_000</c> in floats,
/// <c>1e5</c> without a dot, <c>inf</c>, <c>nan</c>) into ones SafeYAML reads as the same number.
/// </summary>
internal static class TomlNumbers
{
    public static bool TryInteger(string raw, out string text)
    {
        text = "";
        var s = raw.Replace("_", "", StringComparison.Ordinal);
        var negative = s.StartsWith('-');
        if (s.StartsWith('-') || s.StartsWith('+'))
        {
            s = s[1..];
        }
        System.Numerics.BigInteger value;
        if (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            if (!System.Numerics.BigInteger.TryParse("0" + s[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value))
            {
                return false;
            }
        }
        else if (s.StartsWith("0o", StringComparison.OrdinalIgnoreCase) || s.StartsWith("0b", StringComparison.OrdinalIgnoreCase))
        {
            var radix = char.ToLowerInvariant(s[1]) == 'o' ? 8 : 2;
            value = 0;
            foreach (var c in s[2..])
            {
                var digit = c - '0';
                if (digit < 0 || digit >= radix)
                {
                    return false;
                }
                value = value * radix + digit;
            }
        }
        else if (!System.Numerics.BigInteger.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }
        text = (negative ? -value : value).ToString(CultureInfo.InvariantCulture);
        return true;
    }

    public static bool TryFloat(string raw, out string text)
    {
        text = "";
        var s = raw.Replace("_", "", StringComparison.Ordinal);
        switch (s)
        {
            case "inf" or "+inf":
                text = ".inf";
                return true;
            case "-inf":
                text = "-.inf";
                return true;
            case "nan" or "+nan" or "-nan":
                text = ".nan";
                return true;
        }
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsInfinity(value))
        {
            return false;
        }
        text = value.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('.'))
        {
            // YAML 1.1 floats need a dot: 1E+20 → 1.0e+20, 100000 → 100000.0
            var e = text.IndexOfAny(['E', 'e']);
            text = e < 0 ? text + ".0" : text[..e] + ".0e" + (text[(e + 1)..].StartsWith('-') ? "" : "+") + text[(e + 1)..].TrimStart('+');
        }
        return true;
    }
}
