namespace Migrate.Core.Reading.FrontMatter.Yaml;

/// <summary>
/// Line facts about the YAML text that the event stream does not carry: which lines are blank and which lie
/// inside a multi-line scalar (so a blank line within a literal block is not counted as spacing between entries).
/// Lines are 1-based, in the YAML text.
/// </summary>
internal sealed class YamlSourceLines
{
    private readonly bool[] _blank;
    private readonly bool[] _insideScalar;

    public YamlSourceLines(string text)
    {
        var blank = new List<bool>();
        var lineIsBlank = true;
        var lineHasChars = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                blank.Add(lineIsBlank);
                lineIsBlank = true;
                lineHasChars = false;
                continue;
            }
            lineHasChars = true;
            if (c is not (' ' or '\t' or '\r'))
            {
                lineIsBlank = false;
            }
        }
        if (lineHasChars)
        {
            blank.Add(lineIsBlank);
        }
        Count = blank.Count;
        _blank = new bool[Count + 2];
        for (var i = 0; i < Count; i++)
        {
            _blank[i + 1] = blank[i];
        }
        _insideScalar = new bool[Count + 2];
    }

    /// <summary>Number of lines (a final line break does not start another line).</summary>
    public int Count { get; }

    /// <summary>Marks lines <paramref name="from"/>..<paramref name="to"/> as part of a scalar's text.</summary>
    public void MarkScalar(int from, int to)
    {
        for (var l = Math.Max(from, 1); l <= to && l <= Count; l++)
        {
            _insideScalar[l] = true;
        }
    }

    /// <summary>Blank lines directly above <paramref name="line"/> that belong to no scalar.</summary>
    public int BlankLinesAbove(int line)
    {
        var n = 0;
        for (var l = Math.Min(line, Count + 1) - 1; l >= 1 && _blank[l] && !_insideScalar[l]; l--)
        {
            n++;
        }
        return n;
    }

    /// <summary>Blank lines at the end of the text that belong to no scalar.</summary>
    public int TrailingBlankLines() => BlankLinesAbove(Count + 1);
}
