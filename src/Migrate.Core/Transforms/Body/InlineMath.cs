namespace Migrate.Core.Transforms.Body;

/// <summary>
/// Finds single-dollar inline math (<c>$x$</c>) with pandoc's rule: the opening <c>$</c> has a non-space right
/// after it, the closing one a non-space right before it and no digit right after it, neither is escaped or part
/// of <c>$$</c>, and both sit on one line. So <c>$5 and $10</c> is not math.
/// </summary>
internal static class InlineMath
{
    public static IEnumerable<(int Open, int Close)> Find(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('$', i);
            if (open < 0 || open + 1 >= text.Length)
            {
                yield break;
            }
            if (text[open + 1] == '$')
            {
                // Display or kramdown math: skip to after the closing "$$" on any line.
                var closeDouble = text.IndexOf("$$", open + 2, StringComparison.Ordinal);
                i = closeDouble < 0 ? text.Length : closeDouble + 2;
                continue;
            }
            if (IsEscaped(text, open) || char.IsWhiteSpace(text[open + 1]))
            {
                i = open + 1;
                continue;
            }
            var close = -1;
            for (var j = open + 2; j < text.Length && text[j] != '\n'; j++)
            {
                if (text[j] != '$')
                {
                    continue;
                }
                if (IsEscaped(text, j))
                {
                    continue;
                }
                if (j + 1 < text.Length && text[j + 1] == '$')
                {
                    break;
                }
                if (!char.IsWhiteSpace(text[j - 1]) && !(j + 1 < text.Length && char.IsAsciiDigit(text[j + 1])))
                {
                    close = j;
                }
                break;
            }
            if (close < 0)
            {
                i = open + 1;
                continue;
            }
            yield return (open, close);
            i = close + 1;
        }
    }

    private static bool IsEscaped(string text, int at)
    {
        var n = 0;
        for (var k = at - 1; k >= 0 && text[k] == '\\'; k--)
        {
            n++;
        }
        return n % 2 == 1;
    }
}
