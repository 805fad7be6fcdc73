namespace Migrate.Core.Reading.Hugo;

/// <summary>
/// A TOML local date, local date-time or local time as go-toml v2 hands it to Hugo (<c>toml.LocalDate</c>, …):
/// not a time value, printed by <c>jsonify</c> and <c>cast.ToString</c> as its TOML text (<see cref="Text"/>,
/// with <c>T</c> between date and time and the fraction digits as written).
/// </summary>
internal sealed record TomlLocalValue(string Text);
