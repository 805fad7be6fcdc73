using System.Buffers;
using System.Text;

namespace Migrate.Core.Reading.Academic;

/// <summary>Finds the first byte that is not valid UTF-8, so the error can name its line.</summary>
internal static class Utf8Validation
{
    /// <summary>The offset of the first invalid byte, or -1 when all of <paramref name="bytes"/> is valid UTF-8.</summary>
    public static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
        }
        return -1;
    }

    /// <summary>1-based line of <paramref name="offset"/> (counting <c>\n</c> bytes before it).</summary>
    public static int LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;
}
