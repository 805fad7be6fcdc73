using System.Globalization;
using System.Text;

namespace Migrate.Core.Reading.Hugo;

/// <summary>
/// A Go <c>time.Time</c> as Hugo holds it: civil fields with nanosecond precision and a UTC offset in seconds.
/// Kept apart from <see cref="DateTimeOffset"/> because Hugo prints nanoseconds (100 ns ticks would lose digits)
/// and because Go's time-only layouts give year 0, which <see cref="DateTimeOffset"/> cannot hold.
/// </summary>
internal readonly record struct GoTime(
    int Year, int Month, int Day, int Hour, int Minute, int Second, int Nanosecond, int OffsetSeconds)
{
    /// <summary>Go's zero time, which Hugo prints for a missing date.</summary>
    public static readonly GoTime Zero = new(1, 1, 1, 0, 0, 0, 0, 0);

    /// <summary>Builds a time from an instant (tick precision) and an offset.</summary>
    public static GoTime FromDateTimeOffset(DateTimeOffset value, int extraNanoseconds = 0)
    {
        var ns = (int)(value.Ticks % TimeSpan.TicksPerSecond) * 100 + extraNanoseconds;
        return new GoTime(value.Year, value.Month, value.Day, value.Hour, value.Minute, value.Second, ns,
            (int)value.Offset.TotalSeconds);
    }

    /// <summary>
    /// Go's <c>time.Date(y, m, d, h, min, s, ns, loc)</c>: the wall clock is kept and the offset is the one the
    /// zone has at that wall clock (Go's algorithm: look up the offset at the wall clock read as UTC, then again at
    /// the resulting instant if that falls in another zone period).
    /// </summary>
    public static GoTime InZone(int year, int month, int day, int hour, int minute, int second, int nanosecond, TimeZoneInfo zone)
    {
        if (year < 1 || zone == TimeZoneInfo.Utc)
        {
            return new GoTime(year, month, day, hour, minute, second, nanosecond, 0);
        }
        var wallAsUtc = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc);
        var offset = zone.GetUtcOffset(wallAsUtc);
        if (offset != TimeSpan.Zero)
        {
            var utc = wallAsUtc - offset;
            if (utc.Year >= 1 && utc.Year <= 9999)
            {
                offset = zone.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
            }
        }
        return new GoTime(year, month, day, hour, minute, second, nanosecond, (int)offset.TotalSeconds);
    }

    /// <summary>The same instant without the sub-second part (what Hugo's RFC 3339 round trip of a TOML datetime keeps).</summary>
    public GoTime WithoutFraction() => this with { Nanosecond = 0 };

    /// <summary>The instant as a <see cref="DateTimeOffset"/> (tick precision); null for years .NET cannot hold.</summary>
    public DateTimeOffset? ToDateTimeOffset()
    {
        if (Year < 1 || Year > 9999 || OffsetSeconds % 60 != 0 || Math.Abs(OffsetSeconds) > 14 * 3600)
        {
            return null;
        }
        var wall = new DateTime(Year, Month, Day, Hour, Minute, Second, DateTimeKind.Unspecified)
            .AddTicks(Nanosecond / 100);
        return new DateTimeOffset(wall, TimeSpan.FromSeconds(OffsetSeconds));
    }

    /// <summary>Go's <c>RFC3339Nano</c> layout, which <c>jsonify</c> uses: trailing zeros of the fraction dropped, <c>Z</c> for a zero offset.</summary>
    public string ToRfc3339Nano()
    {
        var sb = new StringBuilder(35);
        sb.Append(Year.ToString("D4", CultureInfo.InvariantCulture)).Append('-')
            .Append(Month.ToString("D2", CultureInfo.InvariantCulture)).Append('-')
            .Append(Day.ToString("D2", CultureInfo.InvariantCulture)).Append('T')
            .Append(Hour.ToString("D2", CultureInfo.InvariantCulture)).Append(':')
            .Append(Minute.ToString("D2", CultureInfo.InvariantCulture)).Append(':')
            .Append(Second.ToString("D2", CultureInfo.InvariantCulture));
        if (Nanosecond > 0)
        {
            sb.Append('.').Append(Nanosecond.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0'));
        }
        if (OffsetSeconds == 0)
        {
            sb.Append('Z');
        }
        else
        {
            AppendOffset(sb, OffsetSeconds, colon: true);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Go's <c>Time.String()</c> (<c>2006-01-02 15:04:05.999999999 -0700 MST</c>), which <c>cast.ToString</c> gives
    /// for a time value. Zones are unnamed here, so the name is <c>UTC</c> for UTC and the numeric offset otherwise.
    /// </summary>
    public string ToGoString()
    {
        var sb = new StringBuilder(40);
        sb.Append(Year.ToString("D4", CultureInfo.InvariantCulture)).Append('-')
            .Append(Month.ToString("D2", CultureInfo.InvariantCulture)).Append('-')
            .Append(Day.ToString("D2", CultureInfo.InvariantCulture)).Append(' ')
            .Append(Hour.ToString("D2", CultureInfo.InvariantCulture)).Append(':')
            .Append(Minute.ToString("D2", CultureInfo.InvariantCulture)).Append(':')
            .Append(Second.ToString("D2", CultureInfo.InvariantCulture));
        if (Nanosecond > 0)
        {
            sb.Append('.').Append(Nanosecond.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0'));
        }
        sb.Append(' ');
        AppendOffset(sb, OffsetSeconds, colon: false);
        sb.Append(' ');
        if (OffsetSeconds == 0)
        {
            sb.Append("UTC");
        }
        else
        {
            AppendOffset(sb, OffsetSeconds, colon: false);
        }
        return sb.ToString();
    }

    private static void AppendOffset(StringBuilder sb, int offsetSeconds, bool colon)
    {
        sb.Append(offsetSeconds < 0 ? '-' : '+');
        var abs = Math.Abs(offsetSeconds) / 60;
        sb.Append((abs / 60).ToString("D2", CultureInfo.InvariantCulture));
        if (colon)
        {
            sb.Append(':');
        }
        sb.Append((abs % 60).ToString("D2", CultureInfo.InvariantCulture));
    }
}
