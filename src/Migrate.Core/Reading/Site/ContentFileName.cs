namespace Migrate.Core.Reading.Site;

/// <summary>
/// How Hugo 0.111 reads a content file name: <c>&lt;base&gt;[.&lt;lang&gt;].&lt;ext&gt;</c>, where <c>ext</c> is one
/// of its content formats and <c>lang</c> counts only if the site builds that language. <c>index.*</c> makes a
/// leaf bundle, <c>_index.*</c> a branch (section/list page).
/// </summary>
internal readonly record struct ContentFileName(string Name, string BaseName, string? Language, string Extension, bool IsContent, bool IsMarkdown)
{
    private static readonly HashSet<string> MarkdownExtensions = new(StringComparer.OrdinalIgnoreCase) { "md", "markdown", "mdown" };

    private static readonly HashSet<string> OtherContentExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "htm", "adoc", "asciidoc", "ad", "pandoc", "pdc", "rst", "org",
    };

    public bool IsLeafIndex => IsContent && BaseName == "index";

    public bool IsBranchIndex => IsContent && BaseName == "_index";

    public static ContentFileName Parse(string name, IReadOnlySet<string> languages)
    {
        var dot = name.LastIndexOf('.');
        if (dot <= 0)
        {
            return new ContentFileName(name, name, null, "", false, false);
        }
        var ext = name[(dot + 1)..];
        var stem = name[..dot];
        var isMarkdown = MarkdownExtensions.Contains(ext);
        var isContent = isMarkdown || OtherContentExtensions.Contains(ext);
        string? lang = null;
        var langDot = stem.LastIndexOf('.');
        if (isContent && langDot > 0 && languages.Contains(stem[(langDot + 1)..].ToLowerInvariant()))
        {
            lang = stem[(langDot + 1)..].ToLowerInvariant();
            stem = stem[..langDot];
        }
        return new ContentFileName(name, stem, lang, ext, isContent, isMarkdown);
    }

    /// <summary>Files Hugo never reads: names starting with '.' or '#', or ending with '~'.</summary>
    public static bool IsIgnoredByHugo(string name) => name.Length == 0 || name[0] is '.' or '#' || name[^1] == '~';
}
