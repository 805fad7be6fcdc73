namespace Migrate.Core.Model.Publications;

/// <summary>
/// A date as the source wrote it and as Hugo reads it. <see cref="Raw"/> is the source text (without quotes);
/// <see cref="Value"/> is Hugo's instant (null when Hugo could not parse it); <see cref="HasTime"/> and
/// <see cref="HasOffset"/> say what the author actually wrote, so writers can keep a date-only value date-only.
/// </summary>
public sealed record HugoDate(string Raw, DateTimeOffset? Value, bool HasTime, bool HasOffset)
{
    /// <summary>The calendar day as written (for date-only or local values), independent of any time zone.</summary>
    public DateOnly? CalendarDay { get; init; }
}
