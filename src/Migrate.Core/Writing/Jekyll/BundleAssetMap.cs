using Migrate.Core.Model.Publications;
using Migrate.Core.Transforms.Body;

namespace Migrate.Core.Writing.Jekyll;

/// <summary>
/// Where a publication's bundle files go in the Jekyll site and the absolute URL each gets. The files and their
/// names come from the shared <see cref="ResourcePolicy"/> (junk skipped, folders flattened, names made portable),
/// so the body converter and the front-matter rewriting (<c>url_pdf: paper.pdf</c>, <c>links[].url</c>, the featured
/// image) follow the same renames: <c>&lt;assets&gt;/&lt;name&gt;/&lt;portable name&gt;</c>. Jekyll documents are flat
/// files, so a relative reference would resolve against the page URL and break; every one is made absolute.
/// </summary>
internal sealed class BundleAssetMap
{
    private readonly ResourcePlan _plan;

    public BundleAssetMap(Publication publication, string assetsFolder, string name)
    {
        Folder = assetsFolder.Trim('/') + "/" + name;
        _plan = ResourcePolicy.Plan(publication.Resources, publication.Source.SitePath);
        foreach (var assignment in _plan.Travelling)
        {
            Files.Add((assignment.Resource, Folder + "/" + assignment.NewName));
        }
        ResourceUrl = _plan.UrlMapper(BaseUrl);
    }

    /// <summary>The folder (relative to the output root) holding this publication's files.</summary>
    public string Folder { get; }

    /// <summary>The absolute URL of <see cref="Folder"/> (portable names need no escaping; the slug may).</summary>
    public string BaseUrl => "/" + string.Join('/', Folder.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The resource plan's diagnostics (junk skipped, names changed, collisions).</summary>
    public IReadOnlyList<Migrate.Core.Diagnostics.Diagnostic> Diagnostics => _plan.Diagnostics;

    /// <summary>The files to copy: the resource and its path relative to the output root.</summary>
    public List<(BundleResource Resource, string OutputPath)> Files { get; } = new();

    /// <summary>The mapper the body converter uses: a bundle file name as Hugo knows it → its new URL, or null.</summary>
    public Func<string, string?> ResourceUrl { get; }

    /// <summary>Names of copied files that Jekyll skips unless listed in <c>include:</c> (leading <c>_ . #</c>, trailing <c>~</c>).</summary>
    public IEnumerable<string> NamesJekyllIgnores =>
        Files.SelectMany(f => f.OutputPath.Split('/'))
            .Where(n => n.StartsWith('_') || n.StartsWith('.') || n.StartsWith('#') || n.EndsWith('~'))
            .Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The new absolute URL for a bundle-relative reference written in front matter (<c>paper.pdf</c>,
    /// <c>./files/a%20b.pdf#page=2</c>), or null when it names no copied bundle file.
    /// </summary>
    public string? UrlFor(string reference)
    {
        var r = reference.Trim();
        if (r.Length == 0 || r.StartsWith('/') || r.Contains("://", StringComparison.Ordinal) || r.StartsWith('#'))
        {
            return null;
        }
        var (path, suffix) = UrlKind.SplitSuffix(r);
        var url = ResourceUrl(path);
        if (url is null && path.Contains('%'))
        {
            try
            {
                url = ResourceUrl(Uri.UnescapeDataString(path));
            }
            catch (UriFormatException)
            {
                url = null;
            }
        }
        return url is null ? null : url + suffix;
    }
}
