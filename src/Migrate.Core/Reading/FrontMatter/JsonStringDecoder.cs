using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Migrate.Core.Reading.FrontMatter;

/// <summary>
/// Decodes a JSON string token the way Go's encoding/json (Hugo) does. System.Text.Json refuses a lone surrogate
/// escape (<c>"\ud800"</c>); Go, and so Hugo 0.111.3 (checked with hugo-params.sh), reads it as U+FFFD.
/// </summary>
internal static class JsonStringDecoder
{
    public static string Decode(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return DecodeLeniently(Encoding.UTF8.GetString(reader.ValueSpan));
        }
    }

    /// <summary>Unescapes the text between the quotes (already validated by the reader), lone surrogates → U+FFFD.</summary>
    private static string DecodeLeniently(string escaped)
    {
        var sb = new StringBuilder(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (c != '\\' || i + 1 >= escaped.Length)
            {
                sb.Append(c);
                continue;
            }
            var e = escaped[++i];
            switch (e)
            {
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u' when i + 4 < escaped.Length:
                    var unit = (char)int.Parse(escaped.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    i += 4;
                    if (char.IsHighSurrogate(unit) && i + 6 < escaped.Length && escaped[i + 1] == '\\' && escaped[i + 2] == 'u'
                        && char.IsLowSurrogate((char)int.Parse(escaped.AsSpan(i + 3, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)))
                    {
                        sb.Append(unit).Append((char)int.Parse(escaped.AsSpan(i + 3, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i += 6;
                    }
                    else
                    {
                        sb.Append(char.IsSurrogate(unit) ? '\uFFFD' : unit);
                    }
                    break;
                default: sb.Append(e); break; // \" \\ \/
            }
        }
        return sb.ToString();
    }
}
