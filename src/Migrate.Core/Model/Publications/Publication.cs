using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Model.Publications;

/// <summary>
/// One publication page: the lossless front matter (<see cref="FrontMatter"/>), the body byte-for-byte, the bundle's
/// resources, and a typed view computed from the tree. The typed view never replaces the tree: every key stays
/// in <see cref="FrontMatter"/>, so writers can carry keys the view does not model.
/// </summary>
public sealed class Publication
{
    public required PublicationSource Source { get; init; }

    /// <summary>Null only when the front matter could not be parsed at all (the bundle then has an error diagnostic).</summary>
    public FrontMatterDocument? FrontMatter { get; init; }

    /// <summary>The body exactly as in the file (line endings kept), from after the closing delimiter's line break.</summary>
    public string Body { get; init; } = "";

    /// <summary>The text between the start of the file (after a BOM) and the body: delimiters and front matter.</summary>
    public string FrontMatterBlock { get; init; } = "";

    public bool HadBom { get; init; }

    /// <summary>The line ending the front matter used (<c>"\n"</c> or <c>"\r\n"</c>).</summary>
    public string NewLine { get; init; } = "\n";

    public string? Title { get; set; }

    public List<AuthorEntry> Authors { get; } = new();

    public HugoDate? Date { get; set; }

    /// <summary>When the page goes live (NOT the paper's date).</summary>
    public HugoDate? PublishDate { get; set; }

    public HugoDate? Lastmod { get; set; }

    public HugoDate? ExpiryDate { get; set; }

    public bool Draft { get; set; }

    public List<PublicationTypeValue> PublicationTypes { get; } = new();

    public Venue? Venue { get; set; }

    public string? Abstract { get; set; }

    public string? Summary { get; set; }

    /// <summary>Normalised DOI (<c>10.xxxx/…</c>, no URL prefix, case kept).</summary>
    public string? Doi { get; set; }

    public List<PublicationLink> Links { get; } = new();

    public List<string> Tags { get; } = new();

    public List<string> Categories { get; } = new();

    public List<string> Projects { get; } = new();

    public string? Slides { get; set; }

    /// <summary><c>featured</c> (v4+) or <c>selected</c> (≤ v3).</summary>
    public bool Featured { get; set; }

    public FeaturedImage? Image { get; set; }

    public int? Weight { get; set; }

    public List<BundleResource> Resources { get; } = new();

    /// <summary>The bundle's <c>cite.bib</c> text, when there is one.</summary>
    public string? CiteBib { get; set; }

    /// <summary>Hugo's URL for the page (<c>/publication/zhong-2020/</c>, with language prefix where Hugo adds one).</summary>
    public string? HugoUrl { get; set; }

    /// <summary>What Hugo reads from this page; see <see cref="HugoPageView"/>.</summary>
    public HugoPageView? Hugo { get; set; }

    /// <summary>
    /// Why writers should skip this page although it was read (a widget or list page such as
    /// <c>type: widget_page</c> or a page with <c>list_format</c>); null for a real publication.
    /// </summary>
    public string? SkipReason { get; set; }

    public List<Diagnostic> Diagnostics { get; } = new();
}
