using System.Text;
using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Reading.FrontMatter;

/// <summary>Turns byte offsets of the UTF-8 front matter into 1-based file lines and character columns.</summary>
internal sealed class JsonLineMap
{
    private readonly byte[] _bytes;
    private readonly int _firstLine;
    private readonly List<int> _lineStarts = new() { 0 };

    public JsonLineMap(byte[] bytes, int firstLine)
    {
        _bytes = bytes;
        _firstLine = firstLine;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public int Line(long offset) => _firstLine + LineIndex(offset);

    /// <summary>1-based column in characters (UTF-16 code units), not bytes.</summary>
    public int Column(long offset)
    {
        var start = _lineStarts[LineIndex(offset)];
        var length = (int)Math.Min(offset, _bytes.Length) - start;
        return Encoding.UTF8.GetCharCount(_bytes, start, Math.Max(0, length)) + 1;
    }

    public SourcePosition Position(long offset) => new(Line(offset), Column(offset));

    /// <summary>Blank lines directly above the token's line, counted only when the token starts its line.</summary>
    public int BlankLinesAbove(long offset)
    {
        var index = LineIndex(offset);
        for (var i = _lineStarts[index]; i < offset; i++)
        {
            if (!IsSpace(_bytes[i]))
            {
                return 0;
            }
        }
        var n = 0;
        for (var line = index - 1; line >= 0 && IsBlank(line); line--)
        {
            n++;
        }
        return n;
    }

    private bool IsBlank(int lineIndex)
    {
        var end = lineIndex + 1 < _lineStarts.Count ? _lineStarts[lineIndex + 1] : _bytes.Length;
        for (var i = _lineStarts[lineIndex]; i < end; i++)
        {
            if (!IsSpace(_bytes[i]) && _bytes[i] != (byte)'\n')
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r';

    private int LineIndex(long offset)
    {
        var i = _lineStarts.BinarySearch((int)offset);
        return i >= 0 ? i : ~i - 1;
    }
}
