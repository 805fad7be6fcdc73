using System.Text;
using YamlDotNet.Core;

namespace Migrate.Core.Reading.FrontMatter.Yaml;

/// <summary>
/// Hugo quirk: yaml.v2 (Hugo) accepts a multi-line quoted scalar whose continuation lines are not indented
/// (<c>abstract: "first line\nsecond line at column 1"</c>, 4 corpus files); YamlDotNet refuses it ("found wrong
/// indentation"). Folding removes a continuation line's leading spaces, so indenting those lines does not change
/// the value. This class builds that indented copy for YamlDotNet and maps its positions back to the source, so
/// Raw, lines, columns and comments still come from the text as written. Lines never move; only offsets and the
/// columns of indented lines do.
/// </summary>
internal sealed class YamlTextShift
{
    /// <summary>Spaces inserted: at offset <c>At</c> of the shifted text, on <c>Line</c> (1-based).</summary>
    private readonly List<(long At, int Count, long Line)> _insertions = new();

    public YamlTextShift(string source) => Text = source;

    /// <summary>The text handed to YamlDotNet.</summary>
    public string Text { get; private set; }

    public bool IsIdentity => _insertions.Count == 0;

    /// <summary>True when <paramref name="ex"/> is YamlDotNet refusing an unindented quoted continuation line.</summary>
    public bool CanRepair(YamlException ex)
    {
        var i = ex.Start.Index;
        return ex.Message.Contains("found wrong indentation", StringComparison.Ordinal)
               && i >= 0 && i < Text.Length && Text[(int)i] is '"' or '\'';
    }

    /// <summary>
    /// Indents every continuation line of the quoted scalar starting at <paramref name="quoteIndex"/> one column
    /// deeper than the line the scalar starts on. Returns false when nothing needed indenting (no progress).
    /// </summary>
    public bool Repair(long quoteIndex)
    {
        var text = Text;
        var q = (int)quoteIndex;
        var quote = text[q];
        var lineStart = text.LastIndexOfAny(['\r', '\n'], Math.Max(q - 1, 0)) + 1;
        if (q == 0)
        {
            lineStart = 0;
        }
        var need = 1;
        while (lineStart + need - 1 < text.Length && text[lineStart + need - 1] == ' ')
        {
            need++;
        }
        var line = 1L + CountLineBreaks(text, 0, q);
        var sb = new StringBuilder(text.Length + 64);
        sb.Append(text, 0, q + 1);
        var changed = false;
        var i = q + 1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quote == '"' && c == '\\' && i + 1 < text.Length)
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            if (c == quote)
            {
                if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                {
                    sb.Append("''");
                    i++;
                    continue;
                }
                break;
            }
            sb.Append(c);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                var spaces = 0;
                while (i + 1 + spaces < text.Length && text[i + 1 + spaces] == ' ')
                {
                    spaces++;
                }
                var next = i + 1 + spaces < text.Length ? text[i + 1 + spaces] : '\n';
                if (spaces < need && next is not ('\r' or '\n'))
                {
                    var add = need - spaces;
                    Shift(sb.Length, add);
                    _insertions.Add((sb.Length, add, line));
                    sb.Append(' ', add);
                    changed = true;
                }
            }
        }
        sb.Append(text, i, text.Length - i);
        Text = sb.ToString();
        return changed;
    }

    private void Shift(long at, int count)
    {
        for (var k = 0; k < _insertions.Count; k++)
        {
            if (_insertions[k].At >= at)
            {
                _insertions[k] = (_insertions[k].At + count, _insertions[k].Count, _insertions[k].Line);
            }
        }
    }

    /// <summary>The source position for a position in <see cref="Text"/>.</summary>
    public Mark ToSource(Mark mark)
    {
        if (_insertions.Count == 0)
        {
            return mark;
        }
        var offset = 0L;
        var column = mark.Column;
        foreach (var (at, count, line) in _insertions)
        {
            if (mark.Index >= at + count)
            {
                offset += count;
            }
            else if (mark.Index > at)
            {
                offset += mark.Index - at; // inside inserted spaces: the source position they were inserted at
            }
            if (line == mark.Line && mark.Column > count)
            {
                column = mark.Column - count;
            }
        }
        var index = mark.Index - offset;
        return new Mark(index, mark.Line, column);
    }

    private static int CountLineBreaks(string text, int from, int to)
    {
        var n = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                n++;
            }
        }
        return n;
    }
}
