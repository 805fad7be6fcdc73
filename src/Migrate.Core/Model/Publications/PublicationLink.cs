namespace Migrate.Core.Model.Publications;

/// <summary>
/// A link button, unified over the four generations (<c>url_*</c>, <c>url_custom</c>, <c>links</c> name/url/icon,
/// <c>links</c> type/url/provider/id, <c>hugoblox.ids</c>, <c>doi</c>). <see cref="Type"/> is the 2025 link type
/// (<c>pdf</c>, <c>code</c>, <c>dataset</c>, … or <c>custom</c>); <see cref="Label"/> the button text when the
/// source gave one; <see cref="Url"/> as written (may be bundle-relative); <see cref="SourceKey"/> the front-matter
/// key it came from (<c>url_pdf</c>, <c>links[2]</c>, <c>hugoblox.ids.doi</c>).
/// </summary>
public sealed record PublicationLink(
    string Type,
    string? Label,
    string Url,
    string? Icon,
    string? IconPack,
    string SourceKey,
    bool IsBundleResource);
