namespace Migrate.Core.Model.Site;

/// <summary>
/// A language the site config declares. <see cref="ContentDirs"/> are the folders (relative to the site root, '/')
/// whose pages belong to it: <c>contentDir</c> per language, or <c>module.mounts</c> with <c>lang</c>.
/// </summary>
public sealed record SiteLanguage(
    string Code,
    int Weight,
    bool Disabled,
    IReadOnlyList<string> ContentDirs,
    IReadOnlyList<string> ExcludeGlobs);
