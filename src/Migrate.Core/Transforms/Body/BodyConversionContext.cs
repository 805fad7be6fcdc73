using Migrate.Core.Model.Publications;

namespace Migrate.Core.Transforms.Body;

/// <summary>
/// What <see cref="BodyConverter"/> needs to know about the page it converts.
/// <see cref="ResourceUrl"/> maps a bundle-relative file name as Hugo knows it (<c>featured.jpg</c>,
/// <c>files/paper.pdf</c>) to the URL the writer gives the copied file, or null when there is no such file.
/// <see cref="PageUrl"/> maps a page reference as written in the source (<c>/publication/x/</c> from a link,
/// <c>/publication/x</c> or <c>x.md</c> from <c>ref</c>/<c>cite</c>) to the target's URL for that page (a Zola writer
/// returns <c>@/publication/x/index.md</c>), or null when the page is not converted; <see cref="PageUrlIndex"/>
/// builds one. <see cref="SourcePath"/> and <see cref="BodyFirstLine"/> place diagnostics in the source file.
/// </summary>
public sealed record BodyConversionContext
{
    public Publication? Publication { get; init; }

    public Func<string, string?> ResourceUrl { get; init; } = _ => null;

    public Func<string, string?> PageUrl { get; init; } = _ => null;

    /// <summary>The page file for diagnostics (relative to the site root where possible).</summary>
    public string? SourcePath { get; init; }

    /// <summary>The 1-based line of the file where the body starts.</summary>
    public int BodyFirstLine { get; init; } = 1;

    /// <summary>The publication section name (<c>publication</c>), used to spot links to sibling pages.</summary>
    public string Section { get; init; } = "publication";

    /// <summary>A context for <paramref name="publication"/>: its site path, the line its body starts on and its section.</summary>
    public static BodyConversionContext For(Publication publication, Func<string, string?> resourceUrl, Func<string, string?> pageUrl)
    {
        ArgumentNullException.ThrowIfNull(publication);
        var block = publication.FrontMatterBlock ?? "";
        var line = 1;
        foreach (var c in block)
        {
            if (c == '\n')
            {
                line++;
            }
        }
        return new BodyConversionContext
        {
            Publication = publication,
            ResourceUrl = resourceUrl,
            PageUrl = pageUrl,
            SourcePath = publication.Source.SitePath,
            BodyFirstLine = line,
            Section = string.IsNullOrEmpty(publication.Source.Section) ? "publication" : publication.Source.Section,
        };
    }
}
