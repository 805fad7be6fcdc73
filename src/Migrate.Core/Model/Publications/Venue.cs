namespace Migrate.Core.Model.Publications;

/// <summary>
/// Where the work appeared: <c>publication</c> (a Markdown string, or in the 2026 kit a map with
/// <c>name</c>, <c>short_name</c>, <c>volume</c>, <c>issue</c>, <c>pages</c>, <c>publisher</c>) and <c>publication_short</c>.
/// </summary>
public sealed record Venue(
    string? Name,
    string? ShortName,
    string? Volume = null,
    string? Issue = null,
    string? Pages = null,
    string? Publisher = null);
