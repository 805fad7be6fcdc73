using Migrate.Core.Diagnostics;

namespace Migrate.Core.Reading.Academic;

/// <summary>Turns the site's <c>timeZone</c> (an IANA name, as Hugo's Go runtime expects) into a <see cref="TimeZoneInfo"/>.</summary>
internal static class SiteTimeZone
{
    /// <summary>UTC when the site sets none (Hugo's default); UTC plus a warning when the name is unknown.</summary>
    public static TimeZoneInfo Resolve(string? name, string path, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return TimeZoneInfo.Utc;
        }
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name.Trim());
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            diagnostics.Warning(DiagnosticCodes.UnknownTimeZone, path, null,
                $"the site's timeZone '{name}' is not a known time zone; dates without an offset are read as UTC");
            return TimeZoneInfo.Utc;
        }
    }
}
