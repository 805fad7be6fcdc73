using System.Text.RegularExpressions;

namespace Migrate.Core.Transforms.Body;

/// <summary>Classifies link destinations: external, page links, bundle files.</summary>
internal static class UrlKind
{
    private static readonly Regex Scheme = new(@"^[A-Za-z][A-Za-z0-9+.\-]*:", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static bool IsExternal(string url) => url.StartsWith("//", StringComparison.Ordinal) || Scheme.IsMatch(url);

    /// <summary>Splits <c>a.pdf#p=2</c> into <c>a.pdf</c> and <c>#p=2</c> (also <c>?query</c>).</summary>
    public static (string Path, string Suffix) SplitSuffix(string url)
    {
        var i = url.IndexOfAny(new[] { '?', '#' });
        return i < 0 ? (url, "") : (url[..i], url[i..]);
    }

    public static bool LooksLikeFile(string path)
    {
        if (path.Contains("..", StringComparison.Ordinal) || path.EndsWith('/'))
        {
            return false;
        }
        var name = path[(path.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        return dot > 0 && dot < name.Length - 1;
    }

    /// <summary><c>/publication/x/</c>, <c>/en/publication/x</c>: a link to a page of the converted section.</summary>
    public static bool LooksLikeSectionPage(string path, string section)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return (parts.Length >= 2 && parts[0].Equals(section, StringComparison.OrdinalIgnoreCase))
            || (parts.Length >= 3 && parts[1].Equals(section, StringComparison.OrdinalIgnoreCase));
    }
}
