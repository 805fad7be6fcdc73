using System.Text;

namespace Migrate.Core.Planning.Diff;

/// <summary>
/// Quotes a patch path the way git does with its default <c>core.quotePath=true</c> (quote.c, quote_c_style):
/// a name containing '"', '\\', a control character or any non-ASCII byte is written in double quotes with C
/// escapes (\t, \n, \", \\ ...) and octal escapes of the UTF-8 bytes; everything else, spaces included, stays
/// bare. <c>git apply</c> reads both forms.
/// </summary>
internal static class GitPathQuoting
{
    /// <summary>Returns <paramref name="prefix"/> + <paramref name="path"/>, quoted as a whole when needed.</summary>
    public static string Quote(string prefix, string path)
    {
        var bytes = Encoding.UTF8.GetBytes(prefix + path);
        if (!bytes.Any(NeedsQuoting))
        {
            return prefix + path;
        }
        var sb = new StringBuilder(bytes.Length + 8);
        sb.Append('"');
        foreach (var b in bytes)
        {
            switch (b)
            {
                case (byte)'"': sb.Append("\\\""); break;
                case (byte)'\\': sb.Append("\\\\"); break;
                case 0x07: sb.Append("\\a"); break;
                case 0x08: sb.Append("\\b"); break;
                case 0x09: sb.Append("\\t"); break;
                case 0x0A: sb.Append("\\n"); break;
                case 0x0B: sb.Append("\\v"); break;
                case 0x0C: sb.Append("\\f"); break;
                case 0x0D: sb.Append("\\r"); break;
                default:
                    if (NeedsQuoting(b))
                    {
                        sb.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
                    }
                    else
                    {
                        sb.Append((char)b);
                    }
                    break;
            }
        }
        sb.Append('"');
        return sb.ToString();
    }

    private static bool NeedsQuoting(byte b) => b < 0x20 || b == (byte)'"' || b == (byte)'\\' || b >= 0x7F;
}
