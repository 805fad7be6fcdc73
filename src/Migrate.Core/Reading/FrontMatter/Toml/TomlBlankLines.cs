using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Reading.FrontMatter.Toml;

/// <summary>Counts the blank lines that group entries (above an entry's comments) and end the front matter.</summary>
internal static class TomlBlankLines
{
    public static void Apply(string text, int firstLine, TomlLayout layout, FrontMatterDocument document)
    {
        var lines = SplitLines(text);
        foreach (var container in layout.Containers)
        {
            foreach (var slot in container.Slots)
            {
                if (slot.Entry is not { } entry)
                {
                    continue;
                }
                if (entry.LeadingComments.Count == 0 && !StartsItsLine(text, slot.StartOffset))
                {
                    // `point = {x = 1}`: the blank lines above the line belong to `point`, not to `x`.
                    continue;
                }
                var top = slot.StartLine;
                foreach (var c in entry.LeadingComments)
                {
                    top = Math.Min(top, c.Line - firstLine);
                }
                entry.BlankLinesBefore = CountBlankAbove(lines, top);
            }
        }
        document.TrailingBlankLines = CountBlankAbove(lines, lines.Count);
    }

    private static bool StartsItsLine(string text, int offset)
    {
        for (var i = offset - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (text[i] is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }
        return true;
    }

    private static int CountBlankAbove(List<string> lines, int line)
    {
        var n = 0;
        for (var i = line - 1; i >= 0 && string.IsNullOrWhiteSpace(lines[i]); i--)
        {
            n++;
        }
        return n;
    }

    /// <summary>Lines without their breaks; a final line break does not start another line.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>(text.Split('\n'));
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }
        return lines;
    }
}
