namespace Migrate.Core.Model.Publications;

/// <summary>
/// Where a publication comes from. <see cref="ContentPath"/> is the page path relative to its language's content
/// root, with '/' (<c>publication/zhong-2020/index.md</c>, like Hugo's <c>.File.Path</c>); <see cref="SitePath"/>
/// relative to the site root (for diagnostics); <see cref="FullPath"/> absolute. <see cref="Section"/> is the
/// top-level section folder, <see cref="Slug"/> the bundle folder name or file name without extension,
/// <see cref="Language"/> the language code (null for a monolingual site).
/// </summary>
public sealed record PublicationSource(
    string FullPath,
    string SitePath,
    string ContentPath,
    string Section,
    string Slug,
    string? Language,
    SourceKind Kind);
