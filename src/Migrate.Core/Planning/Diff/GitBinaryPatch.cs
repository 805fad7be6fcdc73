using System.IO.Compression;
using System.Text;

namespace Migrate.Core.Planning.Diff;

/// <summary>
/// The body of a <c>GIT binary patch</c> as <c>git diff --binary</c> writes it (diff.c emit_binary_diff_body):
/// <c>literal &lt;size&gt;</c>, then the zlib-deflated content in base85 lines of at most 52 bytes, each led by a
/// length letter ('A'..'Z' = 1..26, 'a'..'z' = 27..52), then an empty line. We always write literals (never
/// deltas): larger, but simple and always applicable.
/// </summary>
internal static class GitBinaryPatch
{
    private const string Alphabet =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";

    private static ReadOnlySpan<byte> EmptyZlibStream => [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01];

    public static void AppendLiteral(StringBuilder sb, byte[] content)
    {
        sb.Append("literal ").Append(content.Length).Append('\n');
        var deflated = Deflate(content);
        var offset = 0;
        while (offset < deflated.Length)
        {
            var count = Math.Min(52, deflated.Length - offset);
            sb.Append(count <= 26 ? (char)('A' + count - 1) : (char)('a' + count - 27));
            AppendBase85(sb, deflated.AsSpan(offset, count));
            sb.Append('\n');
            offset += count;
        }
        sb.Append('\n');
    }

    private static byte[] Deflate(byte[] content)
    {
        if (content.Length == 0)
        {
            // ZLibStream writes nothing at all for empty input; git needs a real (empty) zlib stream.
            return EmptyZlibStream.ToArray();
        }
        using var buffer = new MemoryStream();
        using (var z = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(content);
        }
        return buffer.ToArray();
    }

    /// <summary>git's encode_85: big-endian 4-byte groups (the last one zero-padded) as 5 digits each.</summary>
    private static void AppendBase85(StringBuilder sb, ReadOnlySpan<byte> data)
    {
        Span<char> digits = stackalloc char[5];
        for (var i = 0; i < data.Length; i += 4)
        {
            uint acc = 0;
            for (var k = 0; k < 4; k++)
            {
                acc = (acc << 8) | (i + k < data.Length ? data[i + k] : 0u);
            }
            for (var d = 4; d >= 0; d--)
            {
                digits[d] = Alphabet[(int)(acc % 85)];
                acc /= 85;
            }
            sb.Append(digits);
        }
    }
}
