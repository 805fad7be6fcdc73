using Migrate.Core.Writing.Jekyll;
using Migrate.Tests.Planning;

namespace Migrate.Tests.Writing.Jekyll;

public class LiquidGuardTests
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
        Assert.Equal("a { b } % c", LiquidGuard.Protect("a { b } % c"));
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
            site.Write($"_publications/{name}.html", "---\ntitle: t\n---\n" + LiquidGuard.Protect(payload));
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
    [InlineData("one {{ a }}\n\ntwo {% b %}", 2)]
    [InlineData("one\n\ntwo {% b %}\n\nthree", 1)]
    public void Each_paragraph_with_liquid_gets_its_own_raw_block_so_an_excerpt_never_cuts_one_open(string text, int blocks)
    {
        var guarded = LiquidGuard.Protect(text);
        Assert.Equal(blocks, guarded.Split("{% raw %}").Length - 1);
        foreach (var paragraph in guarded.Split("\n\n"))
        {
            Assert.Equal(paragraph.Split("{% raw %}").Length, paragraph.Split("{% endraw %}").Length);
        }
    }
}
