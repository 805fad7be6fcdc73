namespace Migrate.Core.Planning;

/// <summary>
/// The rules for an output-relative path, checked before anything looks at the disk: non-empty, '/' separators
/// only, not rooted, no drive or ':' (Windows streams), no control characters, no empty, '.' or '..' segment,
/// and not inside the reserved <c>.migrate</c> folder (where the manifest lives). Symlink escapes are checked
/// separately against the real disk (<see cref="OutputFolder"/>).
/// </summary>
public static class OutputPaths
{
    public const string ReservedFolder = ".migrate";

    /// <summary>Null when <paramref name="relativePath"/> is acceptable, otherwise why not.</summary>
    public static string? Validate(string? relativePath)
    {
        if (string.IsNullOrEmpty(relativePath))
        {
            return "the path is empty";
        }
        if (relativePath.Contains('\\'))
        {
            return "the path contains '\\' (use '/')";
        }
        if (relativePath.Contains(':'))
        {
            return "the path contains ':'";
        }
        if (relativePath.Any(char.IsControl))
        {
            return "the path contains a control character";
        }
        if (relativePath.StartsWith('/'))
        {
            return "the path is rooted";
        }
        var segments = relativePath.Split('/');
        foreach (var s in segments)
        {
            if (s.Length == 0)
            {
                return "the path has an empty segment";
            }
            if (s is "." or "..")
            {
                return $"the path has a '{s}' segment";
            }
        }
        return null;
    }

    /// <summary>True for paths under the reserved <c>.migrate/</c> folder, which writers may not plan.</summary>
    public static bool IsReserved(string relativePath) =>
        relativePath.Split('/')[0].Equals(ReservedFolder, StringComparison.OrdinalIgnoreCase);

    /// <summary>The path with control characters made visible (<c>\u000A</c>), for one-line messages.</summary>
    public static string Printable(string path) =>
        path.Any(char.IsControl) ? string.Concat(path.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString())) : path;
}
