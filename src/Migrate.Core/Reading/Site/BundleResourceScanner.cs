using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;

namespace Migrate.Core.Reading.Site;

/// <summary>
/// Lists the files of a page bundle with media types and junk flags (owner: helper "site"). Every file under the
/// bundle folder except the page itself (and its translations <c>index.&lt;lang&gt;.md</c>), recursively, in
/// ordinal order of the '/' relative path. Files Hugo itself ignores (dot-files, <c>#…</c>, <c>…~</c>) are listed
/// too, flagged as junk, so nothing is dropped silently. Names that cannot be created on Windows get a warning.
/// </summary>
public static class BundleResourceScanner
{
    private const string SecondMarkdown = "a second Markdown file is a resource to Hugo, not a page";

    public static IReadOnlyList<BundleResource> Scan(PublicationSource source, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bundleDir = Path.GetDirectoryName(source.FullPath)!;
        var bundleSitePath = ParentSitePath(source.SitePath);
        CheckPortable(Path.GetFileName(bundleDir), bundleSitePath, diagnostics, isFolder: true);
        if (source.Kind != SourceKind.LeafBundle)
        {
            return [];
        }

        var result = new List<BundleResource>();
        var pending = new Stack<(string Dir, string Rel)>();
        pending.Push((bundleDir, ""));
        while (pending.Count > 0)
        {
            var (dir, rel) = pending.Pop();
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(dir).EnumerateFileSystemInfos().ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Warning(DiagnosticCodes.FileReadFailed, SitePaths.Join(bundleSitePath, rel), null, $"cannot list the folder: {ex.Message}");
                continue;
            }
            foreach (var entry in entries)
            {
                var relPath = SitePaths.Join(rel, entry.Name);
                var sitePath = SitePaths.Join(bundleSitePath, relPath);
                if (entry is DirectoryInfo sub)
                {
                    CheckPortable(entry.Name, sitePath, diagnostics, isFolder: true);
                    if (sub.LinkTarget is null)
                    {
                        pending.Push((sub.FullName, relPath));
                    }
                    continue;
                }
                if (string.Equals(entry.FullName, source.FullPath, StringComparison.Ordinal) || (rel.Length == 0 && IsTranslationOfPage(entry.Name)))
                {
                    continue;
                }
                CheckPortable(entry.Name, sitePath, diagnostics, isFolder: false);
                long length;
                try
                {
                    length = ((FileInfo)entry).Length;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    diagnostics.Warning(DiagnosticCodes.FileReadFailed, sitePath, null, $"cannot read the file: {ex.Message}");
                    continue;
                }
                var (mediaType, resourceType) = HugoMediaTypes.ForFileName(entry.Name);
                result.Add(new BundleResource(relPath, entry.FullName, length, mediaType, resourceType, JunkReason(relPath, entry.Name)));
            }
        }
        result.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return result;
    }

    /// <summary>Why a file should not travel with the publication, or null.</summary>
    internal static string? JunkReason(string relativePath, string name)
    {
        switch (name.ToLowerInvariant())
        {
            case ".ds_store":
                return "macOS Finder metadata (.DS_Store)";
            case "thumbs.db" or "ehthumbs.db":
                return "Windows thumbnail cache";
            case "desktop.ini":
                return "Windows folder settings (desktop.ini)";
        }
        if (name.StartsWith("._", StringComparison.Ordinal))
        {
            return "macOS resource fork (._ file)";
        }
        if (name.EndsWith('~') || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".swo", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".bak", StringComparison.OrdinalIgnoreCase)
            || (name.StartsWith('#') && name.EndsWith('#')))
        {
            return "editor backup or swap file";
        }
        if (name.StartsWith('.') || name.StartsWith('#'))
        {
            return "hidden file; Hugo ignores it";
        }
        if (relativePath.Split('/')[..^1].Any(segment => segment.StartsWith('.')))
        {
            return "inside a hidden folder; Hugo ignores it";
        }
        if (HugoMediaTypes.ForFileName(name).ResourceType == "page" && IsMarkdown(name))
        {
            return SecondMarkdown;
        }
        return null;
    }

    private static bool IsMarkdown(string name) =>
        name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".mdown", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>index.&lt;lang&gt;.md</c> next to the page: another language's page of the same bundle, not a resource.</summary>
    private static bool IsTranslationOfPage(string name)
    {
        var parts = name.Split('.');
        return parts.Length == 3 && parts[0] == "index" && IsMarkdown(name)
            && parts[1].Length is >= 2 and <= 3 && parts[1].All(char.IsAsciiLetterLower);
    }

    private static string ParentSitePath(string sitePath)
    {
        var slash = sitePath.LastIndexOf('/');
        return slash < 0 ? "" : sitePath[..slash];
    }

    /// <summary>
    /// Warning for names Windows (and many tools) cannot create: <c>: ? * " &lt; &gt; |</c>, control characters,
    /// a trailing space or dot, reserved device names. Info for spaces and non-ASCII, which travel but need care.
    /// </summary>
    internal static void CheckPortable(string name, string sitePath, DiagnosticBag diagnostics, bool isFolder)
    {
        var what = isFolder ? "folder" : "file";
        var problems = new List<string>();
        var bad = name.Where(c => c is ':' or '?' or '*' or '"' or '<' or '>' or '|' or '\\').Distinct().ToList();
        if (bad.Count > 0)
        {
            problems.Add("contains " + string.Join(" ", bad.Select(c => $"'{c}'")));
        }
        if (name.Any(char.IsControl))
        {
            problems.Add("contains a control character");
        }
        if (name.EndsWith(' ') || name.EndsWith('\t'))
        {
            problems.Add("ends with a space");
        }
        else if (name.EndsWith('.') && name != "." && name != "..")
        {
            problems.Add("ends with a dot");
        }
        var stem = name.Split('.')[0].TrimEnd().ToUpperInvariant();
        if (stem is "CON" or "PRN" or "AUX" or "NUL" || (stem.Length == 4 && (stem.StartsWith("COM", StringComparison.Ordinal) || stem.StartsWith("LPT", StringComparison.Ordinal)) && stem[3] is >= '1' and <= '9'))
        {
            problems.Add("is a reserved device name on Windows");
        }
        if (problems.Count > 0)
        {
            diagnostics.Warning(DiagnosticCodes.NonPortableFileName, sitePath, null,
                $"the {what} name '{name}' {string.Join(", ", problems)}: it cannot be created on Windows and breaks many tools");
            return;
        }
        if (name.Contains(' ') || name.Any(c => c > 0x7E))
        {
            diagnostics.Info(DiagnosticCodes.NonPortableFileName, sitePath, null,
                $"the {what} name '{name}' has {(name.Contains(' ') ? "spaces" : "non-ASCII characters")}; URLs and some tools need it escaped");
        }
    }
}
