using Migrate.Tests.TestSupport;
using static Migrate.Tests.Transforms.Body.BodyFixtures;

namespace Migrate.Tests.Transforms.Body;

/// <summary>Converted bodies checked by the real Jekyll (strict Liquid) and by the Zola oracle.</summary>
public sealed class TargetEngineTests
{
    private const string Payload = """
        Intro {% include /etc/passwd %} and {{ site.title }} here.

        {% endraw %}{% include /etc/passwd %}

        `{{< figure src="x.png" >}}` is an inline example.

        ```
        {% include /etc/passwd %}
        {{% callout note %}}
        ```

        {{< figure src="featured.jpg" caption="%} {% include /etc/passwd %}" >}}

        {{< lab-widget a="{{ x }}" >}}

        {{% callout note %}}
        Inside {{ page.title }} callout.
        {{% /callout %}}

        Math $a_{1}$ and {{</* youtube abc */>}} and {{{< youtube abc-123 >}}.

        > [!NOTE]
        > An alert.

        {{ youtube(id="x") }} {% note() %}body{% end %} stray {% end %}
        """;

    [Fact]
    public void RealJekyllBuildsTheConvertedPayloadStrictlyAndPrintsLiquidLiterally()
    {
        using var temp = new TempDirectory();
        var pages = new Dictionary<string, string>
        {
            ["plain"] = Convert(Payload, Plain).Body,
            ["alfolio"] = Convert(Payload, AlFolio).Body,
        };
        TargetOutputChecks.AssertLiquidInert(pages["plain"], "plain");
        TargetOutputChecks.AssertLiquidInert(pages["alfolio"], "alfolio");

        var (code, log, html) = TargetOutputChecks.BuildJekyll(temp.Path, pages);

        Assert.True(code == 0, "jekyll build failed: " + log);
        foreach (var (name, page) in html)
        {
            Assert.DoesNotContain("root:", page);
            // Intro, the endraw line and the fenced block print the payload as written; kramdown also turns the figure
            // caption's character references back into text. Printed four times, executed never.
            Assert.Equal(4, CountOf(page, "{% include /etc/passwd %}"));
            Assert.Contains("{{ site.title }}", page);
            Assert.Contains("{{ page.title }}", page);
            Assert.Contains("{{&lt; figure src=\"x.png\" &gt;}}", page);
            Assert.Contains("{{ youtube(id=", page);
        }
        // markdown="1" makes kramdown read the callout's inside as Markdown, as Hugo's callout does.
        Assert.Matches("<div class=\"callout callout-note\">\\s*<p>Inside", html["plain"]);
        Assert.Contains("FIGURE[/assets/quill-2021/featured.jpg;", html["alfolio"]);
        Assert.Contains("VIDEO[https://www.youtube.com/embed/abc-123]", html["alfolio"]);
        Assert.Contains("<blockquote class=\"block-tip\">", html["alfolio"]);
        Assert.Contains("$$a_{1}$$", html["plain"].Replace("\\(", "$$").Replace("\\)", "$$"));
    }

    [Fact]
    public void TheZolaOracleAcceptsTheConvertedPayloadAndRejectsTheUnconvertedOne()
    {
        using var temp = new TempDirectory();
        var converted = Convert(Payload, Zola).Body;

        var (code, output) = TargetOutputChecks.CheckZola(temp.Path, new Dictionary<string, string> { ["quill-2021"] = converted });
        Assert.True(code == 0, "zola-check found errors in the converted body:\n" + output + "\n---\n" + converted);

        using var raw = new TempDirectory();
        var (rawCode, rawOutput) = TargetOutputChecks.CheckZola(raw.Path, new Dictionary<string, string> { ["quill-2021"] = Payload });
        Assert.Equal(1, rawCode);
        Assert.Contains("error", rawOutput);
    }

    private static int CountOf(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            n++;
        }
        return n;
    }
}
