using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;

namespace Migrate.Core.Reading.Academic;

/// <summary>
/// The featured image by the theme's rule: <c>(.Resources.ByType "image").GetMatch "*featured*"</c> (the first image
/// resource, by name, whose name contains <c>featured</c>, case-insensitively; <c>*</c> does not cross <c>/</c>),
/// else <c>image.filename</c> looked up in the bundle (Hugo Blox <c>get_featured_image.html</c>), with the
/// <c>image</c> block's caption, focal point, preview_only and alt_text.
/// </summary>
internal static class FeaturedImageResolver
{
    public static FeaturedImage? Resolve(FrontMatterMapping root, IReadOnlyList<BundleResource> resources, string path, DiagnosticBag diagnostics)
    {
        var imageEntry = root.Find("image");
        var block = FrontMatterValues.AsMapping(imageEntry?.Value);

        string? fileName = null;
        // Hugo sorts a page's resources by type, then by name (byte order), before GetMatch picks the first.
        foreach (var resource in resources.OrderBy(r => r.RelativePath, StringComparer.Ordinal))
        {
            if (resource.RelativePath.Contains('/') || !resource.RelativePath.Contains("featured", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (!string.Equals(resource.ResourceType, "image", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Info(DiagnosticCodes.FeaturedNotImage, path, null,
                    $"'{resource.RelativePath}' is named like a featured image but is not an image; the theme ignores it");
                continue;
            }
            fileName ??= resource.RelativePath;
        }

        if (fileName is null && block is not null)
        {
            var wanted = FrontMatterValues.NonEmptyText(block.Get("filename"));
            if (wanted is not null)
            {
                var match = resources.FirstOrDefault(r => string.Equals(r.RelativePath, wanted, StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    diagnostics.Info(DiagnosticCodes.ReferencedResourceMissing, path, FrontMatterValues.LineOf(block.Find("filename")),
                        $"image.filename '{wanted}' is not a file of the bundle; the theme would look for it in assets/media/");
                }
                fileName = match?.RelativePath ?? wanted;
            }
        }

        if (block is null && fileName is null)
        {
            return null;
        }
        return new FeaturedImage(
            fileName,
            FrontMatterValues.NonBlankText(block?.Get("caption")),
            FrontMatterValues.NonEmptyText(block?.Get("focal_point")),
            FrontMatterValues.ToBool(block?.Get("preview_only")),
            FrontMatterValues.NonBlankText(block?.Get("alt_text")));
    }
}
