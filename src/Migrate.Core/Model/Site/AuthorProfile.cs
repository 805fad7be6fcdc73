namespace Migrate.Core.Model.Site;

/// <summary>
/// An author profile: <c>content/[lang/]authors/&lt;slug&gt;/_index.md</c> (display name from <c>title</c>, older
/// <c>name</c>) or <c>data/[lang/]authors/&lt;slug&gt;.yaml</c> (<c>name.display</c>). <see cref="Slug"/> is the
/// folder/file name as on disk; lookups go through the theme's urlize of an author entry.
/// </summary>
public sealed record AuthorProfile(
    string Slug,
    string? DisplayName,
    string SitePath,
    string? Language,
    IReadOnlyList<string> Aliases);
