using System.Globalization;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;

namespace Migrate.Core.Writing.Jekyll;

/// <summary>
/// Spells a Hugo date so Jekyll shows the same calendar day whatever the site's <c>timezone</c>. Jekyll parses
/// <c>date</c> with <c>Time.parse</c> and converts it into the site zone, so an instant with an offset can move to
/// another day. Two forms survive (checked with Jekyll 4.3 under Etc/UTC and Pacific/Kiritimati): a bare
/// <c>YYYY-MM-DD</c> (local midnight of that day) and a quoted <c>'YYYY-MM-DD HH:MM:SS'</c> without offset (that
/// wall-clock time in the site zone). The wall clock and day are the ones Hugo shows: the date as written, in
/// its own offset (or in the site zone for values written without one). The offset itself is dropped.
/// </summary>
internal static class JekyllDates
{
    /// <summary>The scalar to write, or null when Hugo could not read the date either.</summary>
    public static FrontMatterScalar? ToScalar(HugoDate date, ScalarStyle sourceStyle)
    {
        if (date.Value is not { } value)
        {
            return null;
        }
        var day = date.CalendarDay ?? DateOnly.FromDateTime(value.DateTime);
        var clock = value.DateTime.TimeOfDay;
        if (!date.HasTime || clock == TimeSpan.Zero)
        {
            var text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            // Keep the source's quotes; a bare day is a YAML Date, which Jekyll reads the same way.
            return sourceStyle is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted
                ? new FrontMatterScalar(text, ScalarKind.String, sourceStyle, null)
                : new FrontMatterScalar(text, ScalarKind.LocalDate, ScalarStyle.Plain, text);
        }
        var stamp = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " "
            + new TimeOnly(clock.Hours, clock.Minutes, clock.Seconds).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        // Quoted: unquoted, SafeYAML would read a time without offset as UTC, not as the site's local time.
        return new FrontMatterScalar(stamp, ScalarKind.String,
            sourceStyle == ScalarStyle.SingleQuoted ? ScalarStyle.SingleQuoted : ScalarStyle.DoubleQuoted, null);
    }

    /// <summary>The date Hugo gives the page (.Date): <c>date</c>, else <c>publishDate</c>, else <c>lastmod</c>; null when none is readable.</summary>
    public static HugoDate? Effective(Publication publication) =>
        publication.Date?.Value is not null ? publication.Date
        : publication.PublishDate?.Value is not null ? publication.PublishDate
        : publication.Lastmod?.Value is not null ? publication.Lastmod : null;

    /// <summary>The calendar day Hugo shows for <paramref name="date"/>.</summary>
    public static DateOnly? Day(HugoDate? date) =>
        date?.Value is { } value ? date.CalendarDay ?? DateOnly.FromDateTime(value.DateTime) : null;
}
