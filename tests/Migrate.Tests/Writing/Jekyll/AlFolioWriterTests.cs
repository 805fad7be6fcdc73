using System.Text;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;
using Migrate.Core.Planning;
using Migrate.Core.Writing.Jekyll;
using Migrate.Core.Writing.Jekyll.AlFolio;
using Migrate.Tests.Planning;
using static Migrate.Tests.Writing.Jekyll.PublicationBuilder;
using static Migrate.Tests.Writing.Jekyll.TreeBuilder;

using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Writing.Jekyll;

/// <summary>The al-folio flavour on hand-built publications (no reader involved).</summary>
public class AlFolioWriterTests
{
    private static string Text(PlannedFile f) => new UTF8Encoding(false).GetString(f.Content!);

    private static (List<PlannedFile> Files, DiagnosticBag Bag) Write(IReadOnlyDictionary<string, AuthorProfile>? authors, params Publication[] publications)
    {
        var writer = new JekyllWriter(new JekyllWriterOptions { Flavor = JekyllFlavor.AlFolio });
        var bag = new DiagnosticBag();
        var files = new List<PlannedFile>();
        foreach (var p in publications)
        {
            files.AddRange(writer.Write(p, bag));
        }
        files.AddRange(writer.Complete(new SiteContext("/site", new SiteConfig(), authors ?? new Dictionary<string, AuthorProfile>()), bag));
        return (files, bag);
    }

    private static string Bib(List<PlannedFile> files) => Text(files.Single(f => f.RelativePath == "_bibliography/papers.bib"));

    private static Publication Titled(string slug, string title, string? csl = null)
    {
        var root = new FrontMatterMapping();
        root.Entry("title", Str(title), 2);
        var p = Make(slug, root);
        p.Title = title;
        if (csl is not null)
        {
            p.PublicationTypes.Add(new PublicationTypeValue(csl, csl, null));
        }
        return p;
    }

    // The mapping the brief and al-folio's layout expect (bib.liquid reads journal for article, booktitle for
    // inproceedings/incollection, school for theses).
    [Theory]
    [InlineData("article-journal", "article")]
    [InlineData("paper-conference", "inproceedings")]
    [InlineData("chapter", "incollection")]
    [InlineData("book", "book")]
    [InlineData("thesis", "phdthesis")]
    [InlineData("report", "techreport")]
    [InlineData("manuscript", "misc")]
    [InlineData(null, "misc")]
    public void A_CSL_type_becomes_its_BibTeX_type(string? csl, string bibtex) =>
        Assert.Equal(bibtex, AlFolioEntry.BibTexType(csl));

    // LaTeX's ten special characters (The LaTeX Companion, "special characters"); others pass through.
    [Theory]
    [InlineData("R&D", @"R\&D")]
    [InlineData("50% off", @"50\% off")]
    [InlineData("$5 #1 a_b", @"\$5 \#1 a\_b")]
    [InlineData("{x}", @"\{x\}")]
    [InlineData("a}b", @"a\textbraceright{}b")]
    [InlineData("~^", @"\textasciitilde{}\textasciicircum{}")]
    [InlineData(@"C:\x", @"C:\textbackslash{}x")]
    [InlineData("Ünïcode – ok", "Ünïcode – ok")]
    public void Generated_text_is_LaTeX_escaped(string input, string expected)
    {
        Assert.Equal(expected, LaTeXText.Escape(input));
        Assert.True(LaTeXText.BracesBalanced(LaTeXText.Escape(input)));
    }

    [Fact]
    public void A_publication_without_cite_bib_becomes_an_entry_built_from_the_model_with_al_folio_fields()
    {
        var p = Titled("zhong-2020", "Roots & {Shoots}", "article-journal");
        p.Authors.Add(new AuthorEntry("admin", "admin", "Ada Zhong", null, null));
        p.Authors.Add(new AuthorEntry("Bo Li", "bo-li", "Bo Li", null, null));
        p.Venue = new Venue("*Journal of Roots*", "In *JoR*", "12", "3", "1--9");
        p.Date = Date("2020-08-10");
        p.Abstract = "We study 100% of roots_.";
        p.Doi = "10.1000/x_y";
        p.Featured = true;
        p.Links.Add(new PublicationLink("code", null, "https://example.org/code?a=1&b={2}", null, null, "url_code", false));
        p.Links.Add(new PublicationLink("preprint", null, "https://arxiv.org/abs/2001.00001v2", null, null, "url_preprint", false));
        p.Links.Add(new PublicationLink("pdf", null, "https://example.org/p.pdf", null, null, "url_pdf", false));

        var bib = Bib(Write(null, p).Files);

        Assert.Equal("""
            ---
            ---

            @article{zhong-2020,
              title = {Roots \& \{Shoots\}},
              author = {Ada Zhong and Bo Li},
              journal = {Journal of Roots},
              volume = {12},
              number = {3},
              pages = {1--9},
              year = 2020,
              month = aug,
              abbr = {JoR},
              abstract = {We study 100\% of roots\_.},
              pdf = {https://example.org/p.pdf},
              code = {https://example.org/code?a=1&b=%7B2%7D},
              arxiv = {2001.00001v2},
              doi = {10.1000/x_y},
              selected = {true},
              bibtex_show = {true}
            }

            """, bib);
    }

    [Fact]
    public void A_cite_bib_entry_keeps_its_type_key_and_fields_and_only_gains_the_fields_it_lacks()
    {
        var p = Titled("x", "Model title");
        p.CiteBib = "@string{jor = \"Journal of Roots\"}\n@Article{Zhong2020,\n  title = {Cite {B}ib title},\n  journal = jor,\n  month = aug,\n  #volume = {2},\n  abstract = \"own\"\n}\n";
        p.Abstract = "model abstract";

        var (files, bag) = Write(null, p);
        var bib = Bib(files);

        Assert.Contains("""
            @Article{Zhong2020,
              title = {Cite {B}ib title},
              journal = "Journal of Roots",
              month = aug,
              abstract = "own",
              bibtex_show = {true}
            }
            """, bib);
        Assert.DoesNotContain("model abstract", bib);
        // The commented-out field is not lost: it sits in the @comment block before the entry, and is reported.
        Assert.Contains("cite.bib: #volume = {2}\n}\n@Article{Zhong2020,", bib);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.ValueNotRepresentable && d.Message.Contains("#volume", StringComparison.Ordinal));
    }

    [Fact]
    public void Keys_are_unique_case_insensitively_with_deterministic_suffixes_in_plan_order()
    {
        var a = Titled("a", "A");
        a.CiteBib = "@article{Same2020, title={A}}";
        var b = Titled("b", "B");
        b.CiteBib = "@article{same2020, title={B}}";
        var c = Titled("c", "C");
        c.CiteBib = "@article{bad\"key, title={C}}";
        var d = Titled("same2020-2", "D");

        var bib = Bib(Write(null, a, b, c, d).Files);

        var keys = System.Text.RegularExpressions.Regex.Matches(bib, @"^@\w+\{([^,]*),", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Same2020", "same2020-2", "c", "same2020-2-2"], keys);
    }

    [Fact]
    public void Bundle_PDF_and_featured_image_are_copied_to_al_folio_folders_and_named_bare()
    {
        var p = Titled("zhong-2020", "T");
        p.Resources.Add(Resource("zhong-2020", "zhong-2020.pdf"));
        p.Resources.Add(Resource("zhong-2020", "slides deck.pdf"));
        p.Resources.Add(Resource("zhong-2020", "featured.png"));
        p.Links.Add(new PublicationLink("pdf", null, "zhong-2020.pdf", null, null, "resource:zhong-2020.pdf", true));
        p.Links.Add(new PublicationLink("slides", null, "slides%20deck.pdf", null, null, "url_slides", true));
        p.Image = new FeaturedImage("featured.png", null, null, false);

        var files = Write(null, p).Files;
        var bib = Bib(files);

        Assert.Contains("  pdf = {zhong-2020.pdf},\n", bib);
        Assert.Contains("  slides = {zhong-2020-slides-deck.pdf},\n", bib);
        Assert.Contains("  preview = {zhong-2020-featured.png},\n", bib);
        var copies = files.Where(f => f.CopyFrom is not null).Select(f => (f.RelativePath, f.CopyFrom)).ToList();
        Assert.Equal([
            ("assets/pdf/zhong-2020.pdf", "/site/content/publication/zhong-2020/zhong-2020.pdf"),
            ("assets/pdf/zhong-2020-slides-deck.pdf", "/site/content/publication/zhong-2020/slides deck.pdf"),
            ("assets/img/publication_preview/zhong-2020-featured.png", "/site/content/publication/zhong-2020/featured.png"),
        ], copies);
    }

    [Fact]
    public void Front_matter_comments_become_one_balanced_comment_block_before_the_entry()
    {
        var root = new FrontMatterMapping();
        root.Entry("title", Str("T"), 3, "# mail me@example.org", "# first");
        root.Entry("tags", Seq(CollectionStyle.Block, Str("a")), 4, null, "# an { open brace");
        var p = Make("t", root);
        p.Title = "T";

        var (files, bag) = Write(null, p);
        var bib = Bib(files);

        Assert.Contains("@comment{Front matter comments of content/publication/t/index.md:\n# first\n# mail me(at)example.org\n# an ( open brace\n}\n@misc{t,", bib);
        Assert.Contains(bag.Items, d => d.Message.Contains("unbalanced braces", StringComparison.Ordinal));
    }

    [Fact]
    public void List_pages_and_drafts_get_no_entry_and_a_draft_is_reported()
    {
        var list = Titled("list", "List");
        list.SkipReason = "a list page";
        var draft = Titled("draft", "Draft");
        draft.Draft = true;
        var real = Titled("real", "Real");

        var (files, bag) = Write(null, list, draft, real);

        var bib = Bib(files);
        Assert.Contains("@misc{real,", bib);
        Assert.DoesNotContain("{list,", bib);
        Assert.DoesNotContain("{draft,", bib);
        Assert.Contains(bag.Items, d => d.Path == "content/publication/draft/index.md" && d.Severity == DiagnosticSeverity.Warning);
    }

    [Theory]
    [InlineData("Albert Einstein", "Einstein", new[] { "Albert", "A." })]
    [InlineData("Jane Q. Public", "Public", new[] { "Jane Q.", "J. Q.", "Jane" })]
    [InlineData("Curie, Marie", "Curie", new[] { "Marie", "M." })]
    [InlineData("Plato", "Plato", new string[0])]
    public void The_owner_name_is_split_as_BibTeX_splits_names(string display, string last, string[] firsts)
    {
        var owner = ScholarOwner.FromName("admin", display)!;
        Assert.Equal([last], owner.LastNames);
        Assert.Equal(firsts, owner.FirstNames);
    }

    [Fact]
    public void The_config_fragment_has_the_scholar_lines_of_the_admin_profile()
    {
        var authors = new Dictionary<string, AuthorProfile>
        {
            ["bo"] = new("bo", "Bo Li", "content/authors/bo/_index.md", null, []),
            ["admin"] = new("admin", "Ada \"A\" Zhong", "content/authors/admin/_index.md", null, []),
        };

        var config = Text(Write(authors, Titled("x", "X")).Files.Single(f => f.RelativePath == "_config.publications.yml"));

        Assert.Contains("\nscholar:\n  last_name: [\"Zhong\"]\n  first_name: [\"Ada \\\"A\\\"\", \"A. A.\", \"Ada\"]\n", config);
    }

    [Fact]
    public void Without_an_owner_profile_the_fragment_says_what_to_set_and_a_warning_is_reported()
    {
        var (files, bag) = Write(null, Titled("x", "X"));
        var config = Text(files.Single(f => f.RelativePath == "_config.publications.yml"));
        Assert.DoesNotContain("\nscholar:", config);
        Assert.Contains("# scholar:", config);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.TargetFieldMissing && d.Severity == DiagnosticSeverity.Warning);
    }

    [Theory]
    [InlineData("@article{k, title = {a {b} c}, year = 2020}", "k", "{a {b} c}")]
    [InlineData("junk @ text\n@comment{x @article{no, title={n}}}\n@misc(k2, title = \"q {\"} r\")", "k2", "\"q {\"} r\"")]
    [InlineData("@string{a = {A}}@string{b = \"B\"}@misc{k3, title = a # \" and \" # b}", "k3", "{A and B}")]
    public void Cite_bib_reader_keeps_raw_values_and_substitutes_macros(string bib, string key, string title)
    {
        var result = CiteBibReader.Read(bib);
        var entry = Assert.Single(result.Entries);
        Assert.Equal(key, entry.Key);
        Assert.Equal(title, entry.Fields.Single(f => f.Name == "title").Value);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void An_unclosed_cite_bib_falls_back_to_the_model_with_a_warning()
    {
        var p = Titled("x", "Model title");
        p.CiteBib = "@article{k,\n  title={Unclosed,\n  year={2020}\n}\n";
        var (files, bag) = Write(null, p);
        Assert.Contains("@misc{x,\n  title = {Model title},", Bib(files));
        Assert.Contains(bag.Items, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("cite.bib", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_generated_entry_parses_with_bibtexparser_including_hostile_text()
    {
        var hostile = "}{ @article{evil, title={x}} % \\end{document} ~^$#_&\n\n\"quoted\"";
        var p = Titled("h", hostile, "paper-conference");
        p.Abstract = hostile;
        p.Authors.Add(new AuthorEntry("x", "x", "Smith and Sons } Ltd", null, null));
        p.Venue = new Venue(hostile, hostile);
        var q = Titled("q", "Q");
        q.CiteBib = "@inproceedings{h, title = {T}}";
        using var dir = new TempDirectory();
        dir.Write("papers.bib", Bib(Write(null, p, q).Files));

        var result = Assert.Single(BibTexParserCheck.Check([dir.Combine("papers.bib")]));

        Assert.Equal(0, result.Failed);
        Assert.Equal(["h", "h-2"], result.Keys);
    }
}
