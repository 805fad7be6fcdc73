using System.Text.RegularExpressions;
using Migrate.Core.Model.Publications;

namespace Migrate.Core.Writing.Jekyll;

/// <summary>
/// Where a publication's bundle files go in the Jekyll site (<c>&lt;assets&gt;/&lt;name&gt;/&lt;relative path&gt;</c>)
/// and the absolute URL each gets, so bundle-relative references (<c>url_pdf: paper.pdf</c>, <c>![](fig.png)</c>)
/// can be rewritten: Jekyll documents are flat files, so a relative link would resolve against the page URL and break.
/// Junk files (<see cref="BundleResource.JunkReason"/>) are not copied.
/// </summary>
public sealed partial class BundleAssetMap
{
    private readonly Dictionary<string, string> _urlByPath = new(StringComparer.Ordinal);

    public BundleAssetMap(Publication publication, string assetsFolder, string name)
    {
        Folder = assetsFolder.Trim('/') + "/" + name;
        foreach (var resource in publication.Resources)
        {
            if (resource.JunkReason is not null)
            {
                continue;
            }
            var outputPath = Folder + "/" + resource.RelativePath;
            Files.Add((resource, outputPath));
            _urlByPath[resource.RelativePath] = "/" + string.Join('/', outputPath.Split('/').Select(Uri.EscapeDataString));
        }
    }

    /// <summary>The folder (relative to the output root) holding this publication's files.</summary>
    public string Folder { get; }

    /// <summary>The files to copy: the resource and its path relative to the output root.</summary>
    public List<(BundleResource Resource, string OutputPath)> Files { get; } = new();

    /// <summary>Names of copied files that Jekyll skips unless listed in <c>include:</c> (leading <c>_ . #</c>, trailing <c>~</c>).</summary>
    public IEnumerable<string> NamesJekyllIgnores =>
        Files.SelectMany(f => f.OutputPath.Split('/'))
            .Where(n => n.StartsWith('_') || n.StartsWith('.') || n.StartsWith('#') || n.EndsWith('~'))
            .Distinct(StringComparer.Ordinal);

    /// <summary>The new absolute URL for a bundle-relative reference, or null when it names no copied bundle file.</summary>
    public string? UrlFor(string reference)
    {
        var r = reference.Trim();
        if (r.Length == 0 || r.StartsWith('/') || r.Contains("://", StringComparison.Ordinal) || r.StartsWith('#'))
        {
            return null;
        }
        var cut = r.IndexOfAny(['?', '#']);
        var suffix = cut < 0 ? "" : r[cut..];
        var path = cut < 0 ? r : r[..cut];
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            decoded = path;
        }
        return _urlByPath.TryGetValue(path, out var url) || _urlByPath.TryGetValue(decoded, out url) ? url + suffix : null;
    }

    // ](target  or  ](<target>  — Markdown links and images.
    [GeneratedRegex(@"(\]\(\s*<?)([^)\s>]+)")]
    private static partial Regex MarkdownTarget();

    // src="x" / href='x' / src=x in HTML and in shortcode parameters.
    [GeneratedRegex(@"(\b(?:src|href)\s*=\s*)(""[^""]*""|'[^']*'|[^\s>""']+)", RegexOptions.IgnoreCase)]
    private static partial Regex AttributeTarget();

    // [label]: target  — reference definitions.
    [GeneratedRegex(@"(?m)(^[ ]{0,3}\[[^\]]+\]:[ \t]*<?)([^\s>]+)")]
    private static partial Regex ReferenceTarget();

    /// <summary>The body with every link, image and src/href naming a bundle file pointed at its new URL; counts rewrites.</summary>
    public string RewriteBody(string body, out int rewritten)
    {
        var count = 0;
        string Swap(Match m, string target, Func<string, string> wrap)
        {
            var url = UrlFor(target);
            if (url is null)
            {
                return m.Value;
            }
            count++;
            return m.Groups[1].Value + wrap(url);
        }

        body = MarkdownTarget().Replace(body, m => Swap(m, m.Groups[2].Value, u => u));
        body = ReferenceTarget().Replace(body, m => Swap(m, m.Groups[2].Value, u => u));
        body = AttributeTarget().Replace(body, m =>
        {
            var v = m.Groups[2].Value;
            var quote = v.Length >= 2 && (v[0] == '"' || v[0] == '\'') ? v[0].ToString() : "";
            var inner = quote.Length > 0 ? v[1..^1] : v;
            return Swap(m, inner, u => quote + u + quote);
        });
        rewritten = count;
        return body;
    }
}
