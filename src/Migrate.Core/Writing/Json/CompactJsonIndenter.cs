namespace Migrate.Core.Writing.Json;

/// <summary>
/// Re-indents compact JSON written by <see cref="System.Text.Json.Utf8JsonWriter"/> exactly as the same writer
/// would have written it with <see cref="PublicationJson.WriterOptions"/> (2-space indent, LF, <c>"key": value</c>,
/// <c>{}</c>/<c>[]</c> for empty containers), starting at a given depth. Strings are copied byte for byte, so the
/// escaping is the writer's own. Only for the writer's compact output (no whitespace outside strings); it is not a
/// general JSON formatter. Lets <see cref="JsonSiteWriter"/> keep each publication compact (about 55% of the
/// indented size) and indent it straight into the final document, without re-parsing it.
/// </summary>
internal static class CompactJsonIndenter
{
    private const int IndentSize = 2;

    /// <summary>The length of <paramref name="compact"/> once indented at <paramref name="depth"/>.</summary>
    public static long IndentedLength(ReadOnlySpan<byte> compact, int depth) => Run(compact, depth, Span<byte>.Empty, write: false);

    /// <summary>Writes <paramref name="compact"/> indented at <paramref name="depth"/> into <paramref name="destination"/>; returns the bytes written.</summary>
    public static int Indent(ReadOnlySpan<byte> compact, int depth, Span<byte> destination) => (int)Run(compact, depth, destination, write: true);

    private static long Run(ReadOnlySpan<byte> src, int depth, Span<byte> dest, bool write)
    {
        long at = 0;
        var i = 0;
        while (i < src.Length)
        {
            var c = src[i];
            switch (c)
            {
                case (byte)'"':
                {
                    // Copy the whole string: find the closing quote, skipping escaped characters.
                    var end = i + 1;
                    while (true)
                    {
                        var k = src[end..].IndexOfAny((byte)'"', (byte)'\\');
                        if (k < 0)
                        {
                            throw new InvalidOperationException("unterminated string in compact JSON");
                        }
                        end += k;
                        if (src[end] == (byte)'\\')
                        {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    var length = end + 1 - i;
                    if (write)
                    {
                        src.Slice(i, length).CopyTo(dest[(int)at..]);
                    }
                    at += length;
                    i = end + 1;
                    continue;
                }
                case (byte)'{' or (byte)'[':
                    if (i + 1 < src.Length && src[i + 1] == (c == (byte)'{' ? (byte)'}' : (byte)']'))
                    {
                        if (write)
                        {
                            dest[(int)at] = c;
                            dest[(int)at + 1] = src[i + 1];
                        }
                        at += 2;
                        i += 2;
                        continue;
                    }
                    Put(dest, ref at, c, write);
                    depth++;
                    NewLine(dest, ref at, depth, write);
                    break;
                case (byte)'}' or (byte)']':
                    depth--;
                    NewLine(dest, ref at, depth, write);
                    Put(dest, ref at, c, write);
                    break;
                case (byte)',':
                    Put(dest, ref at, c, write);
                    NewLine(dest, ref at, depth, write);
                    break;
                case (byte)':':
                    Put(dest, ref at, c, write);
                    Put(dest, ref at, (byte)' ', write);
                    break;
                default:
                    Put(dest, ref at, c, write);
                    break;
            }
            i++;
        }
        return at;
    }

    private static void Put(Span<byte> dest, ref long at, byte c, bool write)
    {
        if (write)
        {
            dest[(int)at] = c;
        }
        at++;
    }

    private static void NewLine(Span<byte> dest, ref long at, int depth, bool write)
    {
        var width = 1 + depth * IndentSize;
        if (write)
        {
            var span = dest.Slice((int)at, width);
            span[0] = (byte)'\n';
            span[1..].Fill((byte)' ');
        }
        at += width;
    }
}
