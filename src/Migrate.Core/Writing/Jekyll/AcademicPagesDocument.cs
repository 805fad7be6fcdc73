using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;
using Migrate.Core.Transforms.Body;

namespace Migrate.Core.Writing.Jekyll;

/// <summary>
/// One academicpages document, <c>_publications/YYYY-MM-DD-&lt;name&gt;.md</c>. Front matter: first the fields the
/// template renders (<c>title</c>, <c>collection</c>, <c>category</c>, <c>permalink</c>, <c>excerpt</c>, <c>date</c>,
/// <c>venue</c>, <c>paperurl</c>, <c>slidesurl</c>, <c>bibtexurl</c>, <c>citation</c>), then every other source key
/// with its comments, mapped as in the plain flavour (<see cref="PlainFrontMatterMapper"/>). The source's
/// <c>title</c> and <c>date</c> entries move up with their comments; the other fields are derived from the model
/// and the source keys they come from stay below (nothing is dropped). A source key spelled like one of the derived
/// fields is renamed <c>hugo_&lt;key&gt;</c>. Body: the abstract, then the page's own body, both converted for
/// <see cref="BodyTarget.JekyllAcademicPages"/>.
/// </summary>
internal static partial class AcademicPagesDocument
{
    private static readonly string[] DerivedKeys =
        ["collection", "category", "permalink", "excerpt", "venue", "paperurl", "slidesurl", "bibtexurl", "citation"];

    public static (string FileName, string Text) Build(
        Publication publication, string name, BundleAssetMap assets, Func<string, string?> pageUrl, DiagnosticBag diagnostics)
    {
        var path = publication.Source.SitePath;
        var newLine = publication.NewLine;
        var (root, endComments) = PlainFrontMatterMapper.Map(publication, publication.FrontMatter!, assets, newLine, diagnostics, addPermalink: false);

        foreach (var key in DerivedKeys)
        {
            if (root.Entries.FirstOrDefault(e => e.Key == key) is { } clash)
            {
                diagnostics.Info(DiagnosticCodes.OutputNameChanged, path, clash.Line,
                    $"the source key '{key}' is also an academicpages field; kept as 'hugo_{key}'");
                clash.Key = "hugo_" + key;
            }
        }

        var header = new List<FrontMatterEntry>();
        var title = Take(root, "title") ?? (publication.Title is { } t ? Text("title", t) : null);
        if (title is null)
        {
            diagnostics.Warning(DiagnosticCodes.TargetFieldMissing, path, null, "the page has no title; academicpages lists it without one");
        }
        else
        {
            header.Add(title);
        }
        header.Add(Text("collection", "publications", ScalarStyle.Plain));
        var (category, csl) = AcademicPagesCategory.Of(publication);
        header.Add(Text("category", category, ScalarStyle.Plain));
        if (csl is null)
        {
            diagnostics.Warning(DiagnosticCodes.TargetFieldMissing, path, null,
                $"no known publication type; filed under academicpages category '{category}' so the Publications page lists it");
        }
        if (publication.HugoUrl is { Length: > 0 } url)
        {
            header.Add(Text("permalink", PlainFrontMatterMapper.PermalinkOf(url), ScalarStyle.Plain));
        }
        else
        {
            diagnostics.Warning(DiagnosticCodes.TargetFieldMissing, path, null,
                "Hugo's URL for this page is unknown; Jekyll will use the collection permalink");
        }
        if (Excerpt(publication) is { } excerpt)
        {
            header.Add(Text("excerpt", excerpt));
        }
        if (Take(root, "date") is { } date)
        {
            date.LeadingComments.RemoveAll(c => c.Text == PlainFrontMatterMapper.AddedComment);
            header.Add(date);
        }
        if (VenueText(publication) is { } venue)
        {
            header.Add(Text("venue", venue));
        }
        if (LinkUrl(publication, "pdf", assets) is { } paper)
        {
            header.Add(Text("paperurl", paper));
        }
        if (LinkUrl(publication, "slides", assets) is { } slides)
        {
            header.Add(Text("slidesurl", slides));
        }
        if (assets.UrlFor("cite.bib") is { } bib)
        {
            header.Add(Text("bibtexurl", bib));
        }
        header.Add(Text("citation", Citation(publication)));
        header[0].LeadingComments.Insert(0, new CommentLine("# academicpages fields, written by migrate:", 0));
        if (root.Entries.FirstOrDefault(e => e.LeadingComments.All(c => c.Text != PlainFrontMatterMapper.AddedComment)) is { } firstKept
            && ReferenceEquals(firstKept, root.Entries[0]))
        {
            firstKept.LeadingComments.Insert(0, new CommentLine("# The Hugo front matter, kept:", 0));
        }
        root.Entries.InsertRange(0, header);
        var yaml = JekyllYamlEmitter.Emit(root, endComments, newLine, path, diagnostics);

        var body = new StringBuilder();
        if (publication.Abstract is { Length: > 0 } abstractText)
        {
            var line = publication.FrontMatter!.Root.Find("abstract")?.Line ?? 1;
            var context = BodyConversionContext.For(publication, assets.ResourceUrl, pageUrl) with { BodyFirstLine = line };
            var converted = BodyConverter.Convert(abstractText.Trim(), BodyTarget.JekyllAcademicPages, context);
            diagnostics.AddRange(converted.Diagnostics);
            body.Append(converted.Body.ReplaceLineEndings(newLine)).Append(newLine);
            if (publication.Body.Trim().Length > 0)
            {
                body.Append(newLine);
            }
        }
        var own = BodyConverter.Convert(publication.Body, BodyTarget.JekyllAcademicPages,
            BodyConversionContext.For(publication, assets.ResourceUrl, pageUrl));
        diagnostics.AddRange(own.Diagnostics);
        body.Append(publication.Body.Trim().Length > 0 ? own.Body.TrimStart('\r', '\n') : "");

        var day = JekyllDates.Day(JekyllDates.Effective(publication));
        var fileName = day is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + name : name;
        var text = "---" + newLine + yaml + "---" + newLine + body;
        return (fileName, text);
    }

    /// <summary>Removes and returns the top-level entry <paramref name="key"/> (exact spelling), comments included.</summary>
    private static FrontMatterEntry? Take(FrontMatterMapping root, string key)
    {
        var index = root.Entries.FindIndex(e => e.Key == key);
        if (index < 0)
        {
            return null;
        }
        var entry = root.Entries[index];
        root.Entries.RemoveAt(index);
        return entry;
    }

    private static FrontMatterEntry Text(string key, string value, ScalarStyle style = ScalarStyle.DoubleQuoted) =>
        new(key, FrontMatterScalar.String(value, style));

    /// <summary>The summary, else the abstract's first paragraph (academicpages shows it in lists).</summary>
    internal static string? Excerpt(Publication publication)
    {
        if (publication.Summary is { } summary && summary.Trim().Length > 0)
        {
            return summary.Trim();
        }
        if (publication.Abstract is not { } abstractText || abstractText.Trim().Length == 0)
        {
            return null;
        }
        var text = abstractText.ReplaceLineEndings("\n").Trim();
        var cut = text.IndexOf("\n\n", StringComparison.Ordinal);
        return cut < 0 ? text : text[..cut].TrimEnd();
    }

    // *x*, **x**, _x_, __x__: Hugo markdownifies `publication`; academicpages prints `venue` inside <i> as is.
    [GeneratedRegex(@"(\*{1,2}|\b_{1,2})(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Emphasis();

    /// <summary>The venue as plain text (Markdown emphasis markers removed), or null.</summary>
    internal static string? VenueText(Publication publication)
    {
        if (publication.Venue?.Name is not { } name || name.Trim().Length == 0)
        {
            return null;
        }
        var text = name.Trim();
        for (var i = 0; i < 3; i++)
        {
            text = Emphasis().Replace(text, m => m.Groups[2].Value);
        }
        return text;
    }

    private static string? LinkUrl(Publication publication, string type, BundleAssetMap assets)
    {
        foreach (var link in publication.Links)
        {
            if (string.Equals(link.Type, type, StringComparison.OrdinalIgnoreCase) && link.Url.Trim().Length > 0)
            {
                return assets.UrlFor(link.Url) ?? link.Url;
            }
        }
        return null;
    }

    /// <summary>
    /// "Authors. (Year). &amp;quot;Title.&amp;quot; &lt;i&gt;Venue&lt;/i&gt;." as academicpages' own generators write it
    /// (HTML, quotes as <c>&amp;quot;</c>); missing parts are left out.
    /// </summary>
    internal static string Citation(Publication publication)
    {
        var parts = new List<string>();
        var authors = string.Join(", ", publication.Authors.Select(a => a.DisplayName.Trim()).Where(a => a.Length > 0));
        if (authors.Length > 0)
        {
            parts.Add(HtmlText.Escape(authors.TrimEnd('.')) + ".");
        }
        if (JekyllDates.Day(JekyllDates.Effective(publication)) is { } day)
        {
            parts.Add("(" + day.Year.ToString(CultureInfo.InvariantCulture) + ").");
        }
        if (publication.Title is { Length: > 0 } title)
        {
            var t = title.Trim();
            parts.Add("&quot;" + HtmlText.Escape(t) + (t.EndsWith('.') || t.EndsWith('?') || t.EndsWith('!') ? "" : ".") + "&quot;");
        }
        if (VenueText(publication) is { } venue)
        {
            parts.Add("<i>" + HtmlText.Escape(venue) + "</i>.");
        }
        return string.Join(" ", parts);
    }
}
