using System.Text;

namespace Migrate.Core.Writing.Zola;

/// <summary>
/// Zola's default path slug (<c>slugify.paths = "on"</c>, the <c>slug</c> crate): ASCII letters lower-cased, digits
/// kept, every other run of characters becomes one <c>-</c>, no leading or trailing <c>-</c>. Non-ASCII text is
/// transliterated by <c>deunicode</c>, which this does not reproduce: it returns null then, and the writer sets
/// <c>path</c> explicitly instead of predicting Zola's URL.
/// </summary>
internal static class ZolaSlug
{
    public static string? Slugify(string text)
    {
        var sb = new StringBuilder(text.Length);
        var dash = true;
        foreach (var c in text)
        {
            if (c > 127)
            {
                return null;
            }
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
                dash = false;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (!dash)
            {
                sb.Append('-');
                dash = true;
            }
        }
        if (sb.Length > 0 && sb[^1] == '-')
        {
            sb.Length--;
        }
        return sb.ToString();
    }
}
