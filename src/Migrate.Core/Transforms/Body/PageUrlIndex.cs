using Migrate.Core.Model.Publications;

namespace Migrate.Core.Transforms.Body;

/// <summary>
/// Resolves page references written in Hugo bodies to the URLs a writer gives the converted pages: site links
/// (<c>/publication/x/</c>, with or without language prefix or trailing slash), <c>ref</c>/<c>relref</c> paths
/// (<c>/publication/x</c>, <c>publication/x/index.md</c>, <c>x.md</c>, <c>../x</c> relative to the current page) and
/// <c>cite page=</c> values. Matching is case-insensitive like Hugo's page lookup; a bare name matches only
/// when exactly one page has it.
/// </summary>
public sealed class PageUrlIndex
{
    private readonly Dictionary<string, string> _byPath = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string?> _bySlug = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers <paramref name="publication"/> under its Hugo URL and content path.</summary>
    public void Add(Publication publication, string newUrl)
    {
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(newUrl);
        if (publication.HugoUrl is { } hugoUrl)
        {
            _byPath[Normalize(hugoUrl)] = newUrl;
        }
        var content = Normalize(publication.Source.ContentPath);
        _byPath[content] = newUrl;
        var slug = content[(content.LastIndexOf('/') + 1)..];
        _bySlug[slug] = _bySlug.ContainsKey(slug) ? null : newUrl;
    }

    /// <summary>The new URL for <paramref name="reference"/>, or null. <paramref name="fromContentPath"/> anchors relative references.</summary>
    public string? Resolve(string reference, string? fromContentPath = null)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }
        var (path, _) = UrlKind.SplitSuffix(reference.Trim());
        if ((path.StartsWith("../", StringComparison.Ordinal) || path.StartsWith("./", StringComparison.Ordinal)) && fromContentPath is not null)
        {
            path = Combine(fromContentPath, path);
        }
        var key = Normalize(path);
        if (key.Length == 0)
        {
            return null;
        }
        if (_byPath.TryGetValue(key, out var url))
        {
            return url;
        }
        // A bare name ("x", "x.md") is looked up by page name; a root-relative "/x" is a site path, not a page name.
        if (!key.Contains('/') && !reference.TrimStart().StartsWith('/') && _bySlug.TryGetValue(key, out var bySlug))
        {
            return bySlug;
        }
        return null;
    }

    /// <summary>A mapper for <see cref="BodyConversionContext.PageUrl"/> that resolves relative references from <paramref name="current"/>.</summary>
    public Func<string, string?> MapperFor(Publication? current) =>
        reference => Resolve(reference, current?.Source.ContentPath);

    private static string Combine(string fromContentPath, string relative)
    {
        // Hugo resolves relative refs from the folder of the page file (a bundle's own folder for index.md).
        var parts = fromContentPath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (parts.Count > 0)
        {
            parts.RemoveAt(parts.Count - 1); // the file name
        }
        foreach (var seg in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (seg == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (seg != ".")
            {
                parts.Add(seg);
            }
        }
        return string.Join('/', parts);
    }

    private static string Normalize(string path)
    {
        var p = path.Replace('\\', '/').Trim().Trim('/');
        foreach (var suffix in new[] { "/index.md", "/_index.md", ".md" })
        {
            if (p.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                p = p[..^suffix.Length];
                break;
            }
        }
        if (p.Equals("index", StringComparison.OrdinalIgnoreCase))
        {
            p = "";
        }
        return p.Trim('/');
    }
}
