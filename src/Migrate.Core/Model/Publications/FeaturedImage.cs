namespace Migrate.Core.Model.Publications;

/// <summary>
/// The featured image by the theme's rule (first image resource whose name contains <c>featured</c>, else
/// <c>image.filename</c>) with the <c>image</c> block's caption, focal point and preview_only.
/// </summary>
public sealed record FeaturedImage(
    string? FileName,
    string? Caption,
    string? FocalPoint,
    bool PreviewOnly,
    string? AltText = null);
