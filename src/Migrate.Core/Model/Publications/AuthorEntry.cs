namespace Migrate.Core.Model.Publications;

/// <summary>
/// One entry of <c>authors</c>, resolved the way the theme does: <see cref="Raw"/> as written; <see cref="Slug"/>
/// the theme's <c>urlize</c> of it; <see cref="DisplayName"/> from the matching profile (<c>title</c>/<c>name</c>
/// in <c>content/authors/&lt;slug&gt;/_index.md</c>, or <c>name.display</c> in <c>data/authors/&lt;slug&gt;.yaml</c>),
/// else the raw text with markers kept visible (<c>Tal Remez*</c>, <c>**Name**</c>);
/// <see cref="ProfilePath"/> the profile file used; <see cref="Note"/> the <c>author_notes</c> entry at the same position.
/// </summary>
public sealed record AuthorEntry(
    string Raw,
    string Slug,
    string DisplayName,
    string? ProfilePath,
    string? Note);
