using System.Security.Cryptography;

namespace Migrate.Tests.TestSupport;

/// <summary>
/// Every folder and every file (with its SHA-256) under a root, as sorted relative paths: equal snapshots
/// before and after mean nothing was created, changed or deleted there (not even an empty folder or a temp file).
/// </summary>
public static class TreeSnapshot
{
    public static IReadOnlyList<string> Of(string root, Func<string, bool>? include = null)
    {
        if (!Directory.Exists(root))
        {
            return ["<missing>"];
        }
        var lines = new List<string>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions
                 { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false }))
        {
            var relative = Path.GetRelativePath(root, entry).Replace('\\', '/');
            if (include is not null && !include(relative))
            {
                continue;
            }
            lines.Add(Directory.Exists(entry) && new FileInfo(entry).LinkTarget is null
                ? relative + "/"
                : relative + " " + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(entry))));
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
