using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;

namespace Migrate.Core.Writing.Jekyll.AlFolio;

/// <summary>
/// One publication as an al-folio <c>papers.bib</c> entry. The base is the bundle's <c>cite.bib</c> entry (type and
/// fields kept as written, macros substituted) or, without one, an entry built from the model with the BibTeX type
/// of its CSL type. al-folio's own fields are added after it unless the base already has them: <c>abbr</c>,
/// <c>abstract</c>, <c>pdf</c>, <c>code</c>, <c>html</c>, <c>supp</c>, <c>slides</c>, <c>poster</c>, <c>video</c>,
/// <c>website</c>, <c>doi</c>, <c>arxiv</c>, <c>selected</c>, <c>preview</c>, <c>bibtex_show</c>. Bundle files
/// named by <c>pdf</c>/<c>slides</c>/<c>poster</c>/<c>supp</c> are copied to <c>assets/pdf/&lt;name&gt;-&lt;file&gt;</c>
/// and the featured image to <c>assets/img/publication_preview/&lt;name&gt;-&lt;file&gt;</c>, each referenced by that
/// bare name (al-folio's layout prefixes the folder). The front matter's comments come first as one
/// <c>@comment{...}</c> block, since a BibTeX field cannot carry them.
/// </summary>
internal static partial class AlFolioEntry
{
    public const string PdfFolder = "assets/pdf";
    public const string PreviewFolder = "assets/img/publication_preview";

    // Link type (LinkCollector) → al-folio field. "preprint" becomes arxiv when it is an arXiv URL, else html.
    private static readonly (string LinkType, string Field)[] LinkFields =
    [
        ("pdf", "pdf"), ("code", "code"), ("source", "html"), ("canonical", "html"), ("preprint", "html"), ("dataset", "supp"),
        ("slides", "slides"), ("poster", "poster"), ("video", "video"), ("project", "website"),
    ];

    private static readonly HashSet<string> PdfFolderFields = new(StringComparer.Ordinal) { "pdf", "slides", "poster", "supp" };

    public static string BibTexType(string? csl) => csl switch
    {
        "article-journal" or "article" or "article-magazine" or "article-newspaper" => "article",
        "paper-conference" => "inproceedings",
        "chapter" => "incollection",
        "book" => "book",
        "thesis" => "phdthesis",
        "report" => "techreport",
        _ => "misc",
    };

    /// <summary>The entry text (comment block included) and the files to copy (output path, source file).</summary>
    public static (string Text, List<(string OutputPath, BundleResource Resource)> Copies) Build(
        Publication publication, string name, BibKeyAllocator keys, BundleAssetMap assets, Dictionary<string, string> usedAssets, DiagnosticBag diagnostics)
    {
        var path = publication.Source.SitePath;
        var copies = new List<(string, BundleResource)>();
        BibTexEntry entry;
        var fromCiteBib = false;
        var unreadable = new List<string>();
        if (publication.CiteBib is { } bib && FromCiteBib(bib, path, unreadable, diagnostics) is { } read)
        {
            entry = read;
            fromCiteBib = true;
        }
        else
        {
            entry = FromModel(publication, path, diagnostics);
        }
        var key = keys.Allocate(fromCiteBib ? entry.Key : null, name, path, diagnostics);
        entry = entry with { Key = key };

        void Add(string field, string value)
        {
            if (entry.Has(field))
            {
                return; // cite.bib's own value wins
            }
            entry.Fields.Add((field, "{" + value + "}"));
        }

        if (publication.Venue?.ShortName is { } shortName && Abbreviation(shortName) is { Length: > 0 } abbr)
        {
            Add("abbr", LaTeXText.Escape(abbr));
        }
        if (publication.Abstract is { } abstractText && abstractText.Trim().Length > 0)
        {
            Add("abstract", LaTeXText.Escape(OneParagraphPerLine(abstractText)));
        }
        foreach (var (linkType, field) in LinkFields)
        {
            foreach (var link in publication.Links.Where(l => string.Equals(l.Type, linkType, StringComparison.OrdinalIgnoreCase) && l.Url.Trim().Length > 0))
            {
                if (linkType == "preprint" && ArxivId(link.Url) is { } arxiv)
                {
                    if (!entry.Has("arxiv"))
                    {
                        Add("arxiv", LaTeXText.Url(arxiv));
                    }
                    continue;
                }
                if (entry.Has(field))
                {
                    diagnostics.Info(DiagnosticCodes.ValueNotRepresentable, path, null,
                        $"{link.SourceKey} '{link.Url}': the entry already has a '{field}' link; al-folio shows one (this one is kept in the @comment block)");
                    unreadable.Add($"second {field} link: {link.SourceKey} ({link.Type}) {link.Url}");
                    continue;
                }
                var value = LinkValue(link.Url, field, name, assets, usedAssets, copies, path, diagnostics);
                if (value is not null)
                {
                    Add(field, value);
                }
            }
        }
        foreach (var link in publication.Links)
        {
            if (!LinkFields.Any(f => string.Equals(f.LinkType, link.Type, StringComparison.OrdinalIgnoreCase))
                && !string.Equals(link.Type, "doi", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Info(DiagnosticCodes.ValueNotRepresentable, path, null,
                    $"{link.SourceKey} ({link.Type} link '{link.Url}') has no al-folio field; kept in the @comment block before the entry");
                unreadable.Add($"no al-folio field: {link.SourceKey} ({link.Type}{(link.Label is { } label ? " \"" + label + "\"" : "")}) {link.Url}");
            }
        }
        if (publication.Doi is { Length: > 0 } doi)
        {
            Add("doi", LaTeXText.Url(doi));
        }
        else if (publication.Links.FirstOrDefault(l => string.Equals(l.Type, "doi", StringComparison.OrdinalIgnoreCase)) is { } doiLink
                 && DoiOf(doiLink.Url) is { } linkDoi)
        {
            Add("doi", LaTeXText.Url(linkDoi));
        }
        if (publication.Featured)
        {
            Add("selected", "true");
        }
        if (Preview(publication, name, assets, usedAssets, copies, path, diagnostics) is { } preview)
        {
            Add("preview", preview);
        }
        Add("bibtex_show", "true");

        foreach (var (resource, _) in assets.Files)
        {
            if (!copies.Exists(c => ReferenceEquals(c.Item2, resource))
                && !string.Equals(resource.RelativePath, "cite.bib", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Info(DiagnosticCodes.AssetSkippedByTarget, path, null,
                    $"the bundle file '{resource.RelativePath}' is named by no al-folio field; not copied");
            }
        }
        if (publication.Body.Trim().Length > 0)
        {
            diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, path, null,
                "al-folio lists publications from papers.bib and has no page for each; the page body is not written");
        }

        var text = new StringBuilder();
        AppendComments(text, publication, unreadable, path, diagnostics);
        text.Append('@').Append(entry.Type).Append('{').Append(entry.Key).Append(",\n");
        for (var i = 0; i < entry.Fields.Count; i++)
        {
            var (field, value) = entry.Fields[i];
            text.Append("  ").Append(field).Append(" = ").Append(value).Append(i + 1 < entry.Fields.Count ? ",\n" : "\n");
        }
        text.Append("}\n");
        return (text.ToString(), copies);
    }

    private static BibTexEntry? FromCiteBib(string bib, string path, List<string> unreadable, DiagnosticBag diagnostics)
    {
        var result = CiteBibReader.Read(bib);
        foreach (var problem in result.Problems)
        {
            diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, path, null, $"cite.bib: {problem}");
        }
        if (result.Entries.Count == 0)
        {
            diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, path, null,
                "cite.bib holds no entry that could be read; the papers.bib entry is built from the front matter");
            return null;
        }
        if (result.Entries.Count > 1)
        {
            diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, path, null,
                $"cite.bib holds {result.Entries.Count} entries; only the first ('{result.Entries[0].Key}') is this publication's");
        }
        var entry = result.Entries[0];
        // Braces are balanced in every value the reader accepted, so the entry can be written back as is. A field
        // whose name BibTeX cannot read (often commented out: '#volume = {...}') goes to the @comment block instead.
        var kept = new List<(string Name, string Value)>();
        foreach (var field in entry.Fields)
        {
            if (IsFieldName(field.Name))
            {
                kept.Add(field);
                continue;
            }
            diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, path, null,
                $"cite.bib: '{field.Name}' is not a BibTeX field name (commented out?); kept in the @comment block before the entry");
            unreadable.Add($"cite.bib: {field.Name} = {field.Value}");
        }
        return entry with { Fields = kept };
    }

    /// <summary>A BibTeX field name: a letter, then none of the characters BibTeX reserves.</summary>
    internal static bool IsFieldName(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0])
        && name.All(c => c > ' ' && c < 0x7f && c is not ('"' or '#' or '%' or '\'' or '(' or ')' or ',' or '=' or '{' or '}' or '@' or '\\'));

    private static BibTexEntry FromModel(Publication publication, string path, DiagnosticBag diagnostics)
    {
        var csl = publication.PublicationTypes.Select(t => t.Csl).FirstOrDefault(c => c is not null);
        var type = BibTexType(csl);
        if (csl is null)
        {
            diagnostics.Info(DiagnosticCodes.TargetFieldMissing, path, null, "no known publication type; written as @misc");
        }
        var fields = new List<(string, string)>();
        void Field(string f, string? value)
        {
            if (value is { Length: > 0 })
            {
                fields.Add((f, "{" + value + "}"));
            }
        }
        if (publication.Title is { } title && title.Trim().Length > 0)
        {
            Field("title", LaTeXText.Escape(title.Trim()));
        }
        else
        {
            diagnostics.Warning(DiagnosticCodes.TargetFieldMissing, path, null, "the page has no title; the BibTeX entry has none");
        }
        var authors = publication.Authors.Select(a => Plain(a.DisplayName)).Where(a => a.Length > 0)
            .Select(a => a.Contains(" and ", StringComparison.OrdinalIgnoreCase) ? "{" + LaTeXText.Escape(a) + "}" : LaTeXText.Escape(a))
            .ToList();
        Field("author", string.Join(" and ", authors));
        if (AcademicPagesDocument.VenueText(publication) is { } venueText && WithoutIn(venueText) is { Length: > 0 } venue)
        {
            var venueField = type switch
            {
                "article" => "journal",
                "inproceedings" or "incollection" => "booktitle",
                "phdthesis" => "school",
                "techreport" => "institution",
                "book" => "publisher",
                _ => "howpublished",
            };
            Field(venueField, LaTeXText.Escape(venue));
        }
        if (publication.Venue is { } v)
        {
            Field("volume", v.Volume is { } vol ? LaTeXText.Escape(vol.Trim()) : null);
            Field("number", v.Issue is { } issue ? LaTeXText.Escape(issue.Trim()) : null);
            Field("pages", v.Pages is { } pages ? LaTeXText.Escape(pages.Trim()) : null);
            if (type != "book")
            {
                Field("publisher", v.Publisher is { } pub ? LaTeXText.Escape(pub.Trim()) : null);
            }
        }
        if (JekyllDates.Day(JekyllDates.Effective(publication)) is { } day)
        {
            fields.Add(("year", day.Year.ToString(CultureInfo.InvariantCulture)));
            fields.Add(("month", CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(day.Month).ToLowerInvariant()));
        }
        else
        {
            diagnostics.Warning(DiagnosticCodes.TargetFieldMissing, path, null, "the page has no date; the BibTeX entry has no year");
        }
        return new BibTexEntry(type, "", fields);
    }

    /// <summary>A link as al-folio wants it: a bundle file copied and named bare (pdf/slides/poster/supp), else the URL.</summary>
    private static string? LinkValue(string url, string field, string name, BundleAssetMap assets, Dictionary<string, string> usedAssets,
        List<(string, BundleResource)> copies, string path, DiagnosticBag diagnostics)
    {
        if (Resolve(url, assets) is not { } resource)
        {
            if (!url.Contains("://", StringComparison.Ordinal) && !url.StartsWith('/') && !url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, path, null,
                    $"the {field} link '{url}' is relative but names no bundle file; written as is, so al-folio looks for it under /assets/ (copy the file there, or use a full URL)");
            }
            return LaTeXText.Url(url);
        }
        if (!PdfFolderFields.Contains(field))
        {
            diagnostics.Warning(DiagnosticCodes.AssetSkippedByTarget, path, null,
                $"the {field} link names the bundle file '{resource.Resource.RelativePath}'; al-folio has no folder for it, so it is not copied");
            return null;
        }
        var bare = SharedName(name, resource.NewName, PdfFolder, usedAssets);
        Copy(copies, PdfFolder + "/" + bare, resource.Resource);
        return LaTeXText.Url(bare);
    }

    private static string? Preview(Publication publication, string name, BundleAssetMap assets, Dictionary<string, string> usedAssets,
        List<(string, BundleResource)> copies, string path, DiagnosticBag diagnostics)
    {
        if (publication.Image?.FileName is not { Length: > 0 } file)
        {
            return null;
        }
        if (file.Contains("://", StringComparison.Ordinal))
        {
            return LaTeXText.Url(file);
        }
        if (Resolve(file, assets) is not { } resource)
        {
            diagnostics.Info(DiagnosticCodes.AssetSkippedByTarget, path, null,
                $"the featured image '{file}' is not a bundle file; no al-folio preview");
            return null;
        }
        var bare = SharedName(name, resource.NewName, PreviewFolder, usedAssets);
        Copy(copies, PreviewFolder + "/" + bare, resource.Resource);
        return LaTeXText.Url(bare);
    }

    /// <summary>
    /// A file name in a folder all publications share: the bundle file's name when it already starts with the
    /// publication's name (<c>zhong-2020.pdf</c>), else <c>&lt;name&gt;-&lt;file&gt;</c>; a name taken (case-insensitively)
    /// by an earlier publication gets a counter. The same file named twice by one publication keeps one name.
    /// </summary>
    private static string SharedName(string name, string file, string folder, Dictionary<string, string> used)
    {
        var owner = name + "/" + file;
        var wanted = file.StartsWith(name, StringComparison.OrdinalIgnoreCase) ? file : name + "-" + file;
        var candidate = wanted;
        for (var n = 2; ; n++)
        {
            var key = folder + "/" + candidate;
            if (!used.TryGetValue(key, out var holder))
            {
                used[key] = owner;
                return candidate;
            }
            if (holder == owner)
            {
                return candidate;
            }
            var dot = wanted.LastIndexOf('.');
            candidate = dot > 0 ? wanted[..dot] + "-" + n + wanted[dot..] : wanted + "-" + n;
        }
    }

    private static void Copy(List<(string, BundleResource)> copies, string output, BundleResource resource)
    {
        if (!copies.Exists(c => c.Item1 == output))
        {
            copies.Add((output, resource));
        }
    }

    /// <summary>The copied bundle file a front-matter reference names, with its portable name, or null.</summary>
    private static (BundleResource Resource, string NewName)? Resolve(string reference, BundleAssetMap assets)
    {
        if (assets.UrlFor(reference) is not { } url)
        {
            return null;
        }
        var last = url.Split('#', '?')[0];
        last = Uri.UnescapeDataString(last[(last.LastIndexOf('/') + 1)..]);
        foreach (var (resource, output) in assets.Files)
        {
            if (output[(output.LastIndexOf('/') + 1)..] == last)
            {
                return (resource, last);
            }
        }
        return null;
    }

    [GeneratedRegex(@"arxiv\.org/(?:abs|pdf)/(?<id>[^\s?#]+?)(?:\.pdf)?(?:[?#].*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivUrl();

    internal static string? ArxivId(string url) => ArxivUrl().Match(url.Trim()) is { Success: true } m ? m.Groups["id"].Value : null;

    [GeneratedRegex(@"^(?:https?://(?:dx\.)?doi\.org/)(?<doi>10\..+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DoiUrl();

    private static string? DoiOf(string url) => DoiUrl().Match(url.Trim()) is { Success: true } m ? m.Groups["doi"].Value : null;

    [GeneratedRegex(@"(\*{1,2}|\b_{1,2})(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Emphasis();

    /// <summary>
    /// <c>publication_short</c> as an al-folio badge: Markdown emphasis removed and the theme's customary "In "
    /// prefix (<c>In *ICML*</c>) dropped, since the badge stands alone.
    /// </summary>
    internal static string Abbreviation(string shortName)
    {
        var text = Plain(shortName);
        for (var i = 0; i < 3; i++)
        {
            text = Emphasis().Replace(text, m => m.Groups[2].Value);
        }
        return WithoutIn(text);
    }

    /// <summary>
    /// The venue without Academic's customary leading "In " (<c>publication: In *ICML*</c>): al-folio's layout prints
    /// its own "In" before a booktitle, and a journal or badge never starts with it.
    /// </summary>
    internal static string WithoutIn(string venue) =>
        venue.StartsWith("In ", StringComparison.Ordinal) && venue.Length > 3 ? venue[3..].Trim() : venue;

    /// <summary>Bold markers removed, whitespace collapsed.</summary>
    private static string Plain(string text) => Regex.Replace(text.Replace("**", "", StringComparison.Ordinal), @"\s+", " ").Trim();

    /// <summary>Line endings normalised; blank lines (paragraph breaks) kept, since BibTeX values may span lines.</summary>
    private static string OneParagraphPerLine(string text) => text.ReplaceLineEndings("\n").Trim();

    /// <summary>
    /// Every front-matter comment, in source order, as one <c>@comment{...}</c> block before the entry. Braces in a
    /// comment that would unbalance the block are replaced by parentheses (reported); an <c>@</c> becomes <c>(at)</c>
    /// so no parser can mistake it for the start of an entry.
    /// </summary>
    private static void AppendComments(StringBuilder text, Publication publication, List<string> unreadable, string path, DiagnosticBag diagnostics)
    {
        var comments = publication.FrontMatter is { } doc ? FrontMatterComments.Of(doc).Select(c => c.Text).ToList() : [];
        if (comments.Count == 0 && unreadable.Count == 0)
        {
            return;
        }
        var body = new StringBuilder();
        body.Append(comments.Count > 0 ? "Front matter comments of " : "From ").Append(path.Replace("@", "(at)", StringComparison.Ordinal)).Append(":\n");
        foreach (var c in comments.Concat(unreadable))
        {
            body.Append(c.ReplaceLineEndings(" ").Replace("@", "(at)", StringComparison.Ordinal)).Append('\n');
        }
        var block = body.ToString();
        if (!LaTeXText.BracesBalanced(block))
        {
            diagnostics.Info(DiagnosticCodes.ValueNotRepresentable, path, null,
                "a front-matter comment has unbalanced braces; in papers.bib's @comment block they are written as parentheses");
            block = block.Replace('{', '(').Replace('}', ')');
        }
        text.Append("@comment{").Append(block).Append("}\n");
    }
}
