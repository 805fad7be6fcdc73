using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Site;
using Migrate.Core.Transforms.Body;
using Migrate.Core.Writing.Jekyll;
using Migrate.Tests.Planning;

using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Writing.Jekyll;

public class JekyllLiquidPayloadTests
{
    // Payloads a Hugo body may hold; each must come out of real Jekyll exactly as written (Liquid inert).
    public static readonly TheoryData<string, string> Payloads = new()
    {
        { "include", "Before {% include /etc/passwd %} after." },
        { "variable", "Site {{ site.time }} and {{ page.title | upcase }}." },
        { "hugo-shortcodes", "{{< figure src=\"featured.jpg\" caption=\"A *fig*\" >}}\n\n{{% callout note %}}\nInner **text**.\n{{% /callout %}}" },
        { "endraw-escape", "a {% endraw %} {% include /etc/passwd %} b" },
        { "endraw-trim", "a {%- endraw -%}{% include /etc/passwd %} b" },
        { "raw-in-source", "{% raw %}{{ x }}{% endraw %} then {% include /etc/passwd %}" },
        { "unclosed-tag", "text {% if" },
        { "trailing-brace", "ends with {" },
        { "trailing-braces", "ends with {{" },
        { "trailing-percent", "ends with {%" },
        { "code-fence", "```go\nfmt.Println(\"{{ .Title }}\")\n```\n\nand `{% x %}` inline" },
        { "paragraphs", "one {{ a }}\n\n\n\ntwo\n\nthree {% b %}\n" },
        { "crlf", "one {{ a }}\r\n\r\ntwo {% include x %}\r\n" },
        { "math", "$$\\frac{a}{b}_{%}{{1}}$$" },
        { "nothing", "plain text, no braces" },
    };

    [Fact]
    public void Text_without_liquid_markers_is_left_unchanged()
    {
        Assert.Equal("a { b } % c", JekyllLiquidEscaper.Escape("a { b } % c"));
    }

    [Fact]
    public void Every_payload_renders_in_real_jekyll_exactly_as_written()
    {
        using var site = new TempDirectory();
        site.Write("_config.yml", "collections:\n  publications:\n    output: true\n    permalink: /p/:name/\nfuture: true\n");
        var names = new List<(string Name, string Payload)>();
        foreach (var row in Payloads)
        {
            var name = (string)row[0];
            var payload = (string)row[1];
            names.Add((name, payload));
            // .html: Jekyll runs Liquid but no Markdown converter, so the output is exactly what Liquid rendered.
            site.Write($"_publications/{name}.html", "---\ntitle: t\n---\n" + JekyllLiquidEscaper.Escape(payload));
        }

        var (code, stdout, stderr) = RealJekyll.Run("jekyll", site.Path, null, "build", "--quiet", "-s", site.Path, "-d", site.Combine("_site"));
        Assert.True(code == 0, $"jekyll build failed ({code}): {stdout}\n{stderr}");
        Assert.DoesNotContain("Liquid", stderr, StringComparison.Ordinal);
        foreach (var (name, payload) in names)
        {
            var rendered = File.ReadAllText(site.Combine($"_site/p/{name}/index.html"));
            Assert.Equal(payload, rendered);
        }
    }

    [Theory]
    [InlineData("one {{ a }}\n\ntwo {% b %}")]
    [InlineData("one\n\ntwo {% b %} {{ c }}\n\nthree")]
    public void Every_raw_block_closes_on_the_line_it_opens_so_an_excerpt_never_cuts_one_open(string text)
    {
        var guarded = JekyllLiquidEscaper.Escape(text);
        foreach (var line in guarded.Split('\n'))
        {
            Assert.Equal(line.Split("{% raw %}").Length, line.Split("{% endraw %}").Length);
        }
    }

    [Fact]
    public void A_written_document_with_Liquid_payloads_and_shortcodes_builds_and_prints_the_payloads_literally()
    {
        using var site = new TempDirectory();
        var root = new FrontMatterMapping();
        TreeBuilder.Entry(root, "title", TreeBuilder.Str("Payloads"), 2);
        var body = "Intro {% include /etc/passwd %} and {{ site.title }}.\n\n"
            + "{{% callout note %}}\nInside {% include /etc/passwd %}.\n{{% /callout %}}\n\n"
            + "```\n{{< figure src=\"x.png\" >}} {% endraw %}{% include /etc/passwd %}\n```\n";
        var p = PublicationBuilder.Make("payloads", root, body, hugoUrl: "/publication/payloads/");
        var writer = new JekyllWriter();
        var bag = new DiagnosticBag();
        var files = writer.Write(p, bag).ToList();
        files.AddRange(writer.Complete(new SiteContext("/site", new SiteConfig(), new Dictionary<string, AuthorProfile>()), bag));
        foreach (var f in files)
        {
            site.Write(f.RelativePath, f.Content!);
        }
        site.Write("_config.yml", "liquid:\n  error_mode: strict\n");

        var (code, stdout, stderr) = RealJekyll.Run("jekyll", site.Path, null, "build", "--quiet", "-s", site.Path, "-d", site.Combine("_site"),
            "--config", "_config.yml,_config.publications.yml");
        Assert.True(code == 0, $"jekyll build failed ({code}): {stdout}\n{stderr}");
        var page = File.ReadAllText(site.Combine("_site/publication/payloads/index.html"));
        Assert.Equal(3, page.Split("{% include /etc/passwd %}").Length - 1);
        Assert.Contains("{{ site.title }}", page);
        Assert.Contains("class=\"callout callout-note\"", page);
        Assert.DoesNotContain("{{%", page);
    }
}
