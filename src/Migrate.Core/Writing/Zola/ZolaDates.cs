using System.Globalization;
using Migrate.Core.Model.Publications;

namespace Migrate.Core.Writing.Zola;

/// <summary>
/// Spells a Hugo date as a TOML value Zola's <c>date</c>/<c>updated</c> accept (targets doc §1): a bare
/// <c>YYYY-MM-DD</c> when the source had no time (Zola reads it as UTC midnight, the same calendar day), else
/// RFC 3339 with seconds and <c>Z</c> or <c>±HH:MM</c>, at Hugo's instant (so a local time Hugo placed in the
/// site's time zone keeps that offset instead of silently becoming UTC).
/// </summary>
internal static class ZolaDates
{
    public static string? Toml(HugoDate? date)
    {
        if (date?.Value is not { } value)
        {
            return null;
        }
        if (!date.HasTime)
        {
            var day = date.CalendarDay ?? DateOnly.FromDateTime(value.DateTime);
            return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        var text = value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var fraction = value.Ticks % TimeSpan.TicksPerSecond;
        if (fraction != 0)
        {
            text += "." + fraction.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0');
        }
        if (value.Offset == TimeSpan.Zero)
        {
            return text + "Z";
        }
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        offset = offset.Duration();
        return text + sign + offset.Hours.ToString("00", CultureInfo.InvariantCulture) + ":" + offset.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }
}
