namespace Migrate.Core.Reading.Hugo;

/// <summary>A Go time layout split into its elements (a port of the parts of Go's <c>nextStdChunk</c> these layouts need).</summary>
internal sealed class GoTimeLayout
{
    private GoTimeLayout(string text, GoTimeFormatKind kind, IReadOnlyList<(GoLayoutElement Element, string Text)> elements)
    {
        Text = text;
        Kind = kind;
        Elements = elements;
        HasTime = elements.Any(e => e.Element is GoLayoutElement.Hour or GoLayoutElement.Hour12);
    }

    public string Text { get; }

    public GoTimeFormatKind Kind { get; }

    public bool HasTime { get; }

    public IReadOnlyList<(GoLayoutElement Element, string Text)> Elements { get; }

    public static GoTimeLayout Create(string layout, GoTimeFormatKind kind)
    {
        var elements = new List<(GoLayoutElement, string)>();
        var literal = new System.Text.StringBuilder();
        var i = 0;
        while (i < layout.Length)
        {
            var (element, length) = Match(layout, i);
            if (element == GoLayoutElement.Literal)
            {
                literal.Append(layout[i]);
                i++;
                continue;
            }
            if (literal.Length > 0)
            {
                elements.Add((GoLayoutElement.Literal, literal.ToString()));
                literal.Clear();
            }
            elements.Add((element, layout.Substring(i, length)));
            i += length;
        }
        if (literal.Length > 0)
        {
            elements.Add((GoLayoutElement.Literal, literal.ToString()));
        }
        return new GoTimeLayout(layout, kind, elements);
    }

    private static (GoLayoutElement, int) Match(string s, int i)
    {
        bool At(string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0 && i + token.Length <= s.Length;
        switch (s[i])
        {
            case 'J' when At("Jan"):
                return (GoLayoutElement.ShortMonth, 3);
            case 'M' when At("Monday"):
                return (GoLayoutElement.LongWeekday, 6);
            case 'M' when At("Mon"):
                return (GoLayoutElement.ShortWeekday, 3);
            case 'M' when At("MST"):
                return (GoLayoutElement.ZoneName, 3);
            case '0' when At("01"):
                return (GoLayoutElement.ZeroMonth, 2);
            case '0' when At("02"):
                return (GoLayoutElement.ZeroDay, 2);
            case '0' when At("04"):
                return (GoLayoutElement.ZeroMinute, 2);
            case '0' when At("05"):
                return (GoLayoutElement.ZeroSecond, 2);
            case '0' when At("06"):
                return (GoLayoutElement.Year, 2);
            case '1' when At("15"):
                return (GoLayoutElement.Hour, 2);
            case '2' when At("2006"):
                return (GoLayoutElement.LongYear, 4);
            case '_' when At("_2"):
                return (GoLayoutElement.UnderDay, 2);
            case '3':
                return (GoLayoutElement.Hour12, 1);
            case 'P' when At("PM"):
                return (GoLayoutElement.PM, 2);
            case '-' when At("-07:00"):
                return (GoLayoutElement.NumericColonZone, 6);
            case '-' when At("-0700"):
                return (GoLayoutElement.NumericZone, 5);
            case 'Z' when At("Z07:00"):
                return (GoLayoutElement.IsoColonZone, 6);
            case 'Z' when At("Z0700"):
                return (GoLayoutElement.IsoZone, 5);
            case '.':
                var j = i + 1;
                if (j < s.Length && (s[j] == '0' || s[j] == '9'))
                {
                    var digit = s[j];
                    while (j < s.Length && s[j] == digit)
                    {
                        j++;
                    }
                    if (j >= s.Length || !char.IsAsciiDigit(s[j]))
                    {
                        return (digit == '0' ? GoLayoutElement.FractionFixed : GoLayoutElement.FractionAny, j - i);
                    }
                }
                break;
        }
        return (GoLayoutElement.Literal, 1);
    }
}
