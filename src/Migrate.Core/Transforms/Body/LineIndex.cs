namespace Migrate.Core.Transforms.Body;

/// <summary>Maps offsets of a text to 1-based file lines and columns (a body starts at a known file line).</summary>
internal sealed class LineIndex
{
    private readonly List<int> _starts = new() { 0 };
    private readonly int _firstLine;

    public LineIndex(string text, int firstLine)
    {
        _firstLine = firstLine;
        for (var i = 0; i < text.Length; i++)
        {
            // "\r\n" and "\n" end a line; a lone "\r" does too for Goldmark, but Hugo counts '\n' only.
            if (text[i] == '\n')
            {
                _starts.Add(i + 1);
            }
        }
    }

    public int LineOf(int offset)
    {
        var i = _starts.BinarySearch(offset);
        if (i < 0)
        {
            i = ~i - 1;
        }
        return _firstLine + i;
    }

    public int ColumnOf(int offset)
    {
        var i = _starts.BinarySearch(offset);
        if (i < 0)
        {
            i = ~i - 1;
        }
        return offset - _starts[i] + 1;
    }
}
