using Migrate.Core.Model.Publications;
using Migrate.Core.Transforms.Body;

namespace Migrate.Core.Writing.Zola;

/// <summary>
/// The Zola internal links (<c>@/…/index[.lang].md</c>) of every page the writer produces, one
/// <see cref="PageUrlIndex"/> per language: Hugo resolves <c>ref</c>/<c>cite</c> and bare page names within the
/// page's own language, and the content path of a translation is the same as the original's, so languages cannot
/// share one index. A site link (<c>/fr/publication/x/</c>, <c>/publication/x/</c>) names its language in the URL,
/// so only such root-relative references fall back to the other languages' pages.
/// </summary>
internal sealed class ZolaPageLinks
{
    private readonly SortedDictionary<string, PageUrlIndex> _byLanguage = new(StringComparer.Ordinal);

    public void Add(string language, Publication publication, string internalLink)
    {
        if (!_byLanguage.TryGetValue(language, out var index))
        {
            index = new PageUrlIndex();
            _byLanguage.Add(language, index);
        }
        index.Add(publication, internalLink);
    }

    /// <summary>A page mapper for a body in <paramref name="language"/>; <paramref name="current"/> anchors relative references (null for a section body).</summary>
    public Func<string, string?> MapperFor(string language, Publication? current)
    {
        var from = current?.Source.ContentPath;
        return reference =>
        {
            if (_byLanguage.TryGetValue(language, out var own) && own.Resolve(reference, from) is { } url)
            {
                return url;
            }
            if (!reference.TrimStart().StartsWith('/'))
            {
                return null;
            }
            foreach (var (other, index) in _byLanguage)
            {
                if (other != language && index.Resolve(reference, from) is { } otherUrl)
                {
                    return otherUrl;
                }
            }
            return null;
        };
    }
}
