namespace Migrate.Core.Reading.Hugo;

/// <summary>
/// A port of Go's <c>time.Parse</c> for the layouts <c>spf13/cast</c> v1.5 tries, in its order
/// (<c>StringToDateInDefaultLocation</c>): the first layout that parses wins. Everything Go checks is checked the
/// same way (two-digit fields, ranges, days per month, case of <c>T</c> and <c>Z</c>, trailing text).
/// </summary>
internal static class GoTimeParser
{
    /// <summary>cast v1.5.0 <c>timeFormats</c>, in order.</summary>
    public static readonly IReadOnlyList<GoTimeLayout> CastLayouts =
    [
        GoTimeLayout.Create("2006-01-02T15:04:05Z07:00", GoTimeFormatKind.NumericZone), // RFC3339
        GoTimeLayout.Create("2006-01-02T15:04:05", GoTimeFormatKind.NoZone),
        GoTimeLayout.Create("Mon, 02 Jan 2006 15:04:05 -0700", GoTimeFormatKind.NumericZone), // RFC1123Z
        GoTimeLayout.Create("Mon, 02 Jan 2006 15:04:05 MST", GoTimeFormatKind.NamedZone), // RFC1123
        GoTimeLayout.Create("02 Jan 06 15:04 -0700", GoTimeFormatKind.NumericZone), // RFC822Z
        GoTimeLayout.Create("02 Jan 06 15:04 MST", GoTimeFormatKind.NamedZone), // RFC822
        GoTimeLayout.Create("Monday, 02-Jan-06 15:04:05 MST", GoTimeFormatKind.NamedZone), // RFC850
        GoTimeLayout.Create("2006-01-02 15:04:05.999999999 -0700 MST", GoTimeFormatKind.NumericAndNamedZone), // Time.String()
        GoTimeLayout.Create("2006-01-02T15:04:05-0700", GoTimeFormatKind.NumericZone),
        GoTimeLayout.Create("2006-01-02 15:04:05Z0700", GoTimeFormatKind.NumericZone),
        GoTimeLayout.Create("2006-01-02 15:04:05", GoTimeFormatKind.NoZone),
        GoTimeLayout.Create("Mon Jan _2 15:04:05 2006", GoTimeFormatKind.NoZone), // ANSIC
        GoTimeLayout.Create("Mon Jan _2 15:04:05 MST 2006", GoTimeFormatKind.NamedZone), // UnixDate
        GoTimeLayout.Create("Mon Jan 02 15:04:05 -0700 2006", GoTimeFormatKind.NumericZone), // RubyDate
        GoTimeLayout.Create("2006-01-02 15:04:05Z07:00", GoTimeFormatKind.NumericZone),
        GoTimeLayout.Create("2006-01-02", GoTimeFormatKind.NoZone),
        GoTimeLayout.Create("02 Jan 2006", GoTimeFormatKind.NoZone),
        GoTimeLayout.Create("2006-01-02 15:04:05 -07:00", GoTimeFormatKind.NumericZone),
        GoTimeLayout.Create("2006-01-02 15:04:05 -0700", GoTimeFormatKind.NumericZone),
        GoTimeLayout.Create("3:04PM", GoTimeFormatKind.TimeOnly), // Kitchen
        GoTimeLayout.Create("Jan _2 15:04:05", GoTimeFormatKind.TimeOnly), // Stamp
        GoTimeLayout.Create("Jan _2 15:04:05.000", GoTimeFormatKind.TimeOnly),
        GoTimeLayout.Create("Jan _2 15:04:05.000000", GoTimeFormatKind.TimeOnly),
        GoTimeLayout.Create("Jan _2 15:04:05.000000000", GoTimeFormatKind.TimeOnly),
    ];

    private static readonly string[] ShortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly string[] ShortDays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] LongDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    /// <summary>What <c>cast.StringToDateInDefaultLocation(s, zone)</c> gives, with the layout that matched; null when none does.</summary>
    public static (GoTime Time, GoTimeLayout Layout)? ParseCast(string s, TimeZoneInfo zone)
    {
        foreach (var layout in CastLayouts)
        {
            if (TryParse(layout, s, out var p))
            {
                GoTime t;
                if (layout.Kind is GoTimeFormatKind.NoZone or GoTimeFormatKind.NamedZone)
                {
                    t = GoTime.InZone(p.Year, p.Month, p.Day, p.Hour, p.Minute, p.Second, p.Nanosecond, zone);
                }
                else
                {
                    var offset = p.Utc || p.ZoneOffset is null ? 0 : p.ZoneOffset.Value;
                    t = new GoTime(p.Year, p.Month, p.Day, p.Hour, p.Minute, p.Second, p.Nanosecond, offset);
                }
                return (t, layout);
            }
        }
        return null;
    }

    private struct Parsed
    {
        public int Year, Month, Day, Hour, Minute, Second, Nanosecond;
        public bool Utc;
        public int? ZoneOffset;
    }

    private static bool TryParse(GoTimeLayout layout, string value, out Parsed result)
    {
        result = default;
        int year = 0, month = -1, day = -1, hour = 0, min = 0, sec = 0, nsec = 0;
        bool pmSet = false, amSet = false, utc = false;
        int? zoneOffset = null;
        var v = value;
        var elements = layout.Elements;
        for (var k = 0; k < elements.Count; k++)
        {
            var (element, text) = elements[k];
            switch (element)
            {
                case GoLayoutElement.Literal:
                    if (!Skip(ref v, text))
                    {
                        return false;
                    }
                    break;
                case GoLayoutElement.LongYear:
                    if (v.Length < 4 || !IsDigit(v, 0) || !TryAtoi(v[..4], out year))
                    {
                        return false;
                    }
                    v = v[4..];
                    break;
                case GoLayoutElement.Year:
                    if (v.Length < 2 || !TryAtoi(v[..2], out year))
                    {
                        return false;
                    }
                    year += year >= 69 ? 1900 : 2000;
                    v = v[2..];
                    break;
                case GoLayoutElement.ZeroMonth:
                    if (!GetNum(ref v, true, out month) || month <= 0 || month > 12)
                    {
                        return false;
                    }
                    break;
                case GoLayoutElement.ShortMonth:
                    if (!Lookup(ShortMonths, ref v, out var m))
                    {
                        return false;
                    }
                    month = m + 1;
                    break;
                case GoLayoutElement.ShortWeekday:
                    if (!Lookup(ShortDays, ref v, out _))
                    {
                        return false;
                    }
                    break;
                case GoLayoutElement.LongWeekday:
                    if (!Lookup(LongDays, ref v, out _))
                    {
                        return false;
                    }
                    break;
                case GoLayoutElement.ZeroDay:
                case GoLayoutElement.UnderDay:
                    if (element == GoLayoutElement.UnderDay && v.Length > 0 && v[0] == ' ')
                    {
                        v = v[1..];
                    }
                    if (!GetNum(ref v, element == GoLayoutElement.ZeroDay, out day))
                    {
                        return false;
                    }
                    break;
                case GoLayoutElement.Hour:
                    if (!GetNum(ref v, false, out hour) || hour > 23)
                    {
                        return false;
                    }
                    break;
                case GoLayoutElement.Hour12:
                    if (!GetNum(ref v, false, out hour) || hour > 12)
                    {
                        return false;
                    }
                    break;
                case GoLayoutElement.ZeroMinute:
                    if (!GetNum(ref v, true, out min) || min > 59)
                    {
                        return false;
                    }
                    break;
                case GoLayoutElement.ZeroSecond:
                    if (!GetNum(ref v, true, out sec) || sec > 59)
                    {
                        return false;
                    }
                    // Go accepts a fraction after the seconds even when the layout has none,
                    // unless the layout's next element is itself a fraction.
                    var nextIsFraction = k + 1 < elements.Count
                        && elements[k + 1].Element is GoLayoutElement.FractionFixed or GoLayoutElement.FractionAny;
                    if (!nextIsFraction && v.Length >= 2 && (v[0] == '.' || v[0] == ',') && IsDigit(v, 1))
                    {
                        var n = 2;
                        while (n < v.Length && IsDigit(v, n))
                        {
                            n++;
                        }
                        nsec = Nanoseconds(v, n);
                        v = v[n..];
                    }
                    break;
                case GoLayoutElement.FractionFixed:
                    var ndigit = text.Length;
                    if (v.Length < ndigit || (v[0] != '.' && v[0] != ','))
                    {
                        return false;
                    }
                    for (var d = 1; d < ndigit; d++)
                    {
                        if (!IsDigit(v, d))
                        {
                            return false;
                        }
                    }
                    nsec = Nanoseconds(v, ndigit);
                    v = v[ndigit..];
                    break;
                case GoLayoutElement.FractionAny:
                    if (v.Length < 2 || (v[0] != '.' && v[0] != ',') || !IsDigit(v, 1))
                    {
                        break; // fraction omitted
                    }
                    var i = 0;
                    while (i + 1 < v.Length && IsDigit(v, i + 1))
                    {
                        i++;
                    }
                    nsec = Nanoseconds(v, 1 + i);
                    v = v[(1 + i)..];
                    break;
                case GoLayoutElement.PM:
                    if (v.Length < 2)
                    {
                        return false;
                    }
                    switch (v[..2])
                    {
                        case "PM":
                            pmSet = true;
                            break;
                        case "AM":
                            amSet = true;
                            break;
                        default:
                            return false;
                    }
                    v = v[2..];
                    break;
                case GoLayoutElement.ZoneName:
                    if (v.Length >= 3 && v.StartsWith("UTC", StringComparison.Ordinal))
                    {
                        utc = true;
                        v = v[3..];
                        break;
                    }
                    var zl = ZoneNameLength(v);
                    if (zl == 0)
                    {
                        return false;
                    }
                    v = v[zl..];
                    break;
                case GoLayoutElement.NumericZone:
                case GoLayoutElement.NumericColonZone:
                case GoLayoutElement.IsoZone:
                case GoLayoutElement.IsoColonZone:
                    if ((element is GoLayoutElement.IsoZone or GoLayoutElement.IsoColonZone) && v.Length >= 1 && v[0] == 'Z')
                    {
                        v = v[1..];
                        utc = true;
                        break;
                    }
                    string sign, hh, mm;
                    if (element is GoLayoutElement.NumericColonZone or GoLayoutElement.IsoColonZone)
                    {
                        if (v.Length < 6 || v[3] != ':')
                        {
                            return false;
                        }
                        (sign, hh, mm, v) = (v[..1], v[1..3], v[4..6], v[6..]);
                    }
                    else
                    {
                        if (v.Length < 5)
                        {
                            return false;
                        }
                        (sign, hh, mm, v) = (v[..1], v[1..3], v[3..5], v[5..]);
                    }
                    var hhs = hh;
                    var mms = mm;
                    if (!GetNum(ref hhs, true, out var zh) || !GetNum(ref mms, true, out var zm) || zh > 24 || zm > 60)
                    {
                        return false;
                    }
                    var off = (zh * 60 + zm) * 60;
                    if (sign == "-")
                    {
                        off = -off;
                    }
                    else if (sign != "+")
                    {
                        return false;
                    }
                    zoneOffset = off;
                    break;
            }
        }
        if (v.Length > 0)
        {
            return false; // extra text
        }
        if (pmSet && hour < 12)
        {
            hour += 12;
        }
        else if (amSet && hour == 12)
        {
            hour = 0;
        }
        if (month < 0)
        {
            month = 1;
        }
        if (day < 0)
        {
            day = 1;
        }
        if (day < 1 || day > DaysIn(month, year))
        {
            return false;
        }
        result = new Parsed
        {
            Year = year, Month = month, Day = day, Hour = hour, Minute = min, Second = sec, Nanosecond = nsec,
            Utc = utc, ZoneOffset = zoneOffset,
        };
        return true;
    }

    private static int DaysIn(int month, int year)
    {
        if (month == 2)
        {
            var leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            return leap ? 29 : 28;
        }
        return month is 4 or 6 or 9 or 11 ? 30 : 31;
    }

    private static bool IsDigit(string s, int i) => i < s.Length && s[i] >= '0' && s[i] <= '9';

    /// <summary>Go's <c>getnum</c>: one or two digits; exactly two when <paramref name="fixedWidth"/>.</summary>
    private static bool GetNum(ref string s, bool fixedWidth, out int n)
    {
        n = 0;
        if (!IsDigit(s, 0))
        {
            return false;
        }
        if (!IsDigit(s, 1))
        {
            if (fixedWidth)
            {
                return false;
            }
            n = s[0] - '0';
            s = s[1..];
            return true;
        }
        n = (s[0] - '0') * 10 + (s[1] - '0');
        s = s[2..];
        return true;
    }

    /// <summary>Go's <c>atoi</c> on a short field (an optional sign, then only digits).</summary>
    private static bool TryAtoi(string s, out int n)
    {
        n = 0;
        var neg = false;
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
        {
            neg = s[0] == '-';
            s = s[1..];
        }
        if (s.Length == 0)
        {
            return false;
        }
        foreach (var c in s)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
            n = n * 10 + (c - '0');
        }
        if (neg)
        {
            n = -n;
        }
        return true;
    }

    /// <summary>Go's <c>parseNanoseconds</c>: the separator plus up to nine digits are used, the rest ignored.</summary>
    private static int Nanoseconds(string v, int nbytes)
    {
        if (nbytes > 10)
        {
            nbytes = 10;
        }
        var ns = 0;
        for (var i = 1; i < nbytes; i++)
        {
            ns = ns * 10 + (v[i] - '0');
        }
        for (var i = 0; i < 10 - nbytes; i++)
        {
            ns *= 10;
        }
        return ns;
    }

    /// <summary>Go's <c>skip</c>: a space in the layout matches one or more spaces; other characters match exactly.</summary>
    private static bool Skip(ref string value, string prefix)
    {
        var p = prefix;
        while (p.Length > 0)
        {
            if (p[0] == ' ')
            {
                if (value.Length > 0 && value[0] != ' ')
                {
                    return false;
                }
                p = p.TrimStart(' ');
                value = value.TrimStart(' ');
                continue;
            }
            if (value.Length == 0 || value[0] != p[0])
            {
                return false;
            }
            p = p[1..];
            value = value[1..];
        }
        return true;
    }

    /// <summary>Go's <c>lookup</c>: a case-insensitive (ASCII) prefix match against a name table.</summary>
    private static bool Lookup(string[] names, ref string value, out int index)
    {
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            if (value.Length >= name.Length && string.Equals(value[..name.Length], name, StringComparison.OrdinalIgnoreCase))
            {
                index = i;
                value = value[name.Length..];
                return true;
            }
        }
        index = -1;
        return false;
    }

    /// <summary>Go's <c>parseTimeZone</c>: the length of a zone abbreviation at the start of <paramref name="value"/>, 0 if none.</summary>
    private static int ZoneNameLength(string value)
    {
        if (value.Length < 3)
        {
            return 0;
        }
        if (value.Length >= 4 && (value.StartsWith("ChST", StringComparison.Ordinal) || value.StartsWith("MeST", StringComparison.Ordinal)))
        {
            return 4;
        }
        if (value.StartsWith("GMT", StringComparison.Ordinal))
        {
            return value.Length == 3 ? 3 : 3 + SignedOffsetLength(value[3..]);
        }
        if (value[0] == '+' || value[0] == '-')
        {
            return SignedOffsetLength(value);
        }
        var upper = 0;
        while (upper < 6 && upper < value.Length && value[upper] >= 'A' && value[upper] <= 'Z')
        {
            upper++;
        }
        return upper switch
        {
            3 => 3,
            4 when value[3] == 'T' || value[..4] == "WITA" => 4,
            5 when value[4] == 'T' => 5,
            _ => 0,
        };
    }

    private static int SignedOffsetLength(string value)
    {
        if (value.Length == 0 || (value[0] != '-' && value[0] != '+'))
        {
            return 0;
        }
        var i = 1;
        long x = 0;
        while (i < value.Length && value[i] >= '0' && value[i] <= '9')
        {
            x = x * 10 + (value[i] - '0');
            if (x > 1_000_000)
            {
                return 0;
            }
            i++;
        }
        if (i == 1 || x > 23)
        {
            return 0;
        }
        return i;
    }
}
