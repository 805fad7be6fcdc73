using Migrate.Core.Diagnostics;
using Migrate.Core.Writing.Zola;

namespace Migrate.Tests.Writing.Zola;

public class ZolaBodyEscaperTests
{
    [Theory]
    // Well-formed Zola calls (targets doc §5) get the escaped form, which Zola prints as the original text.
    [InlineData("see {{ youtube(id=\"x\") }} here", "see {{/* youtube(id=\"x\") */}} here")]
    [InlineData("{{name()}}", "{{/*name()*/}}")]
    [InlineData("{% quote(author=\"A\", year=2020) %}text{% end %}", "{%/* quote(author=\"A\", year=2020) */%}text{%/* end */%}")]
    [InlineData("```\n{{ fig(src=['a.png', \"b\"], w=1.5, ok=true) }}\n```", "```\n{{/* fig(src=['a.png', \"b\"], w=1.5, ok=true) */}}\n```")]
    // Not Zola shortcodes: plain text to Zola, so kept byte for byte.
    [InlineData("{{ page.title }} and {% if x %} and {{x}}", "{{ page.title }} and {% if x %} and {{x}}")]
    [InlineData("{{ f(a=1,) }}", "{{ f(a=1,) }}")]
    [InlineData("{{ f(a=b) }}", "{{ f(a=b) }}")]
    [InlineData("$\\frac{{a}}{b}$", "$\\frac{{a}}{b}$")]
    [InlineData("{{< figure src=\"x.png\" >}}", "{{< figure src=\"x.png\" >}}")]
    public void ZolaShortcodeSyntaxIsEscapedAndAnythingElseIsKept(string body, string expected)
    {
        Assert.Equal(expected, ZolaBodyEscaper.Escape(body, "p.md", 1, new DiagnosticBag()));
    }

    [Fact]
    public void EachOpeningHugoShortcodeIsReportedWithItsFileLine()
    {
        var bag = new DiagnosticBag();
        var body = "intro\n\n{{% callout note %}}\nText\n{{% /callout %}}\n{{< figure src=\"a.png\" >}}\n";

        var result = ZolaBodyEscaper.Escape(body, "content/publication/x/index.md", 10, bag);

        Assert.Equal(body, result);
        Assert.Equal(new[] { (12, "callout"), (15, "figure") },
            bag.Items.Select(d => (d.Line ?? 0, d.Message.Split('\'')[1])));
        Assert.All(bag.Items, d => Assert.Equal(DiagnosticCodes.ShortcodeNotConverted, d.Code));
    }

    [Fact]
    public void EscapedBodiesPassTheZolaChecker()
    {
        var bodies = new[]
        {
            "{{ youtube(id=\"x\") }}\n",
            "{% note(kind='a') %}\ninside\n{% end %}\n",
            "`{{ a() }}` and {{ b(x=[1, 2]) }}\n",
        };
        using var temp = new Planning.TempDirectory();
        var dir = Path.Combine(temp.Path, "content", "publication");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "_index.md"), "+++\ntitle = \"P\"\n+++\n");
        for (var i = 0; i < bodies.Length; i++)
        {
            var escaped = ZolaBodyEscaper.Escape(bodies[i], "x", 1, new DiagnosticBag());
            Directory.CreateDirectory(Path.Combine(dir, "p" + i));
            File.WriteAllText(Path.Combine(dir, "p" + i, "index.md"), "+++\ntitle = \"T\"\n+++\n" + escaped);
        }

        var (exit, output) = ZolaCheck.Run(Path.Combine(temp.Path, "content"));

        Assert.True(exit == 0, output);
    }
}
