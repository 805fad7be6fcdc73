namespace Migrate.Core.Reading.Site;

/// <summary>Path helpers: site-relative paths always use '/', whatever the OS.</summary>
internal static class SitePaths
{
    /// <summary><paramref name="fullPath"/> relative to <paramref name="root"/>, with '/'; "." for the root itself.</summary>
    public static string Relative(string root, string fullPath)
    {
        var rel = Path.GetRelativePath(root, fullPath);
        return rel == "." ? "." : rel.Replace('\\', '/');
    }

    /// <summary>A config-given folder as a clean relative path: '/' separators, no <c>./</c>, no trailing '/'.</summary>
    public static string Clean(string path)
    {
        var p = path.Replace('\\', '/').Trim();
        while (p.StartsWith("./", StringComparison.Ordinal))
        {
            p = p[2..];
        }
        p = p.TrimEnd('/');
        return p == "." ? "" : p;
    }

    /// <summary>Joins '/'-separated parts, skipping empty ones.</summary>
    public static string Join(params string[] parts) => string.Join('/', parts.Where(p => p.Length > 0));
}
