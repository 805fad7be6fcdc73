using System.Globalization;
using System.Text.RegularExpressions;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;

namespace Migrate.Core.Reading.Hugo;

/// <summary>
/// Hugo's date reading (cast.ToTimeInDefaultLocationE and front-matter date handling) (owner: helper "hugo").
/// Hugo 0.111.3 behaviour, checked with <c>shared/oracles/hugo-params.sh</c> on
/// <c>testdata/hugo-probes/dates</c>: strings go through the layouts of <c>spf13/cast</c> in order (see
/// <see cref="GoTimeParser"/>), so <c>2016-3-26</c>, <c>2021-31-01</c>, <c>2020-08-10T13:45</c> and a lower-case
/// <c>t</c>/<c>z</c> are not dates; YAML timestamps are strings to Hugo; integers are Unix seconds (UTC, as
/// Hugo's process zone on the oracle); floats, booleans and nulls are not dates; TOML local dates and date-times
/// are wall clocks in the site zone; a TOML offset date-time loses its fraction of a second (Hugo formats it as
/// RFC 3339 and parses it again); TOML local times are not dates.
/// </summary>
public static partial class HugoDates
{
    /// <summary>
    /// Reads a date value as Hugo does for the date keys (<c>date</c>, <c>publishDate</c>, <c>lastmod</c>,
    /// <c>expiryDate</c>): strings in all the shapes Hugo accepts, YAML timestamps, TOML date kinds, integers as
    /// Unix seconds. Values without an offset are in <paramref name="zone"/> (the site's <c>timeZone</c>, UTC by
    /// default). Returns a <see cref="HugoDate"/> whose Value is null when Hugo would not parse it.
    /// A <see cref="ScalarKind.Timestamp"/> is read as YAML (a string to Hugo); use the overload with the
    /// format for TOML offset date-times.
    /// </summary>
    public static HugoDate Read(FrontMatterScalar scalar, TimeZoneInfo zone) => Read(scalar, zone, FrontMatterFormat.Yaml);

    /// <summary>As <see cref="Read(FrontMatterScalar, TimeZoneInfo)"/>, for a scalar from a front matter in <paramref name="format"/>.</summary>
    public static HugoDate Read(FrontMatterScalar scalar, TimeZoneInfo zone, FrontMatterFormat format)
    {
        var r = ReadTime(scalar, zone, format);
        if (r is not { } read)
        {
            return new HugoDate(scalar.Value, null, false, false);
        }
        var t = read.Time;
        return new HugoDate(scalar.Value, t.ToDateTimeOffset(), read.HasTime, read.HasOffset)
        {
            CalendarDay = read.HasCalendarDay && t.Year >= 1 ? new DateOnly(t.Year, t.Month, t.Day) : null,
        };
    }

    /// <summary>The Go time Hugo gets for this scalar in a date key (full nanosecond precision), or null.</summary>
    internal static (GoTime Time, bool HasTime, bool HasOffset, bool HasCalendarDay)? ReadTime(
        FrontMatterScalar scalar, TimeZoneInfo zone, FrontMatterFormat format)
    {
        switch (scalar.Kind)
        {
            case ScalarKind.Null or ScalarKind.Boolean or ScalarKind.Float or ScalarKind.LocalTime:
                return null;
            case ScalarKind.Integer:
                if (format == FrontMatterFormat.Json)
                {
                    return null; // JSON numbers are float64 to Hugo, and cast does not read a float as a time
                }
                return GoNumber.ParseInteger(scalar.Value) switch
                {
                    long s when s >= -62135596800L && s <= 253402300799L =>
                        (GoTime.FromDateTimeOffset(DateTimeOffset.FromUnixTimeSeconds(s)), true, true, false),
                    _ => null,
                };
            case ScalarKind.LocalDate or ScalarKind.LocalDateTime:
                return TomlDateTime(scalar.Value) is { } local
                    ? (GoTime.InZone(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, local.Nanosecond, zone),
                        scalar.Kind == ScalarKind.LocalDateTime, false, true)
                    : null;
            case ScalarKind.Timestamp when format == FrontMatterFormat.Toml:
                return TomlDateTime(scalar.Value) is { } odt
                    ? (odt.WithoutFraction(), true, true, true)
                    : null;
        }
        // Strings, and YAML timestamps (yaml.v2 hands them to Hugo as strings).
        if (GoTimeParser.ParseCast(scalar.Value, zone) is not { } parsed)
        {
            return null;
        }
        var kind = parsed.Layout.Kind;
        var hasOffset = kind is GoTimeFormatKind.NumericZone or GoTimeFormatKind.NumericAndNamedZone;
        return (parsed.Time, parsed.Layout.HasTime, hasOffset, kind != GoTimeFormatKind.TimeOnly);
    }

    /// <summary>
    /// Reads a TOML date-time value's text (offset, local date-time or local date) as go-toml v2 would; an
    /// offset date-time keeps its offset (UTC for <c>Z</c>), a local one gets offset 0 (the caller places it).
    /// </summary>
    internal static GoTime? TomlDateTime(string text)
    {
        var m = TomlDateTimePattern().Match(text.Trim());
        if (!m.Success)
        {
            return null;
        }
        int G(int i) => m.Groups[i].Success ? int.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture) : 0;
        var (year, month, day) = (G(1), G(2), G(3));
        if (month < 1 || month > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        var (hour, minute, second) = (G(4), G(5), G(6));
        if (hour > 23 || minute > 59 || second > 60)
        {
            return null;
        }
        var ns = 0;
        if (m.Groups[7].Success)
        {
            var digits = m.Groups[7].Value;
            digits = digits.Length > 9 ? digits[..9] : digits.PadRight(9, '0');
            ns = int.Parse(digits, CultureInfo.InvariantCulture);
        }
        var offset = 0;
        if (m.Groups[9].Success)
        {
            offset = (G(10) * 60 + G(11)) * 60 * (m.Groups[9].Value == "-" ? -1 : 1);
        }
        return new GoTime(year, month, day, hour, minute, second, ns, offset);
    }

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.(\d+))?)?(?:([Zz])|([+-])(\d{2}):(\d{2}))?$")]
    private static partial Regex TomlDateTimePattern();
}
