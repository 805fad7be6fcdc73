using CsCheck;
using Migrate.Core.Transforms.Body;

namespace Migrate.Tests.Transforms.Body;

public sealed class BodyConverterPropertyTests
{
    private static readonly Gen<string> Piece = Gen.OneOf<string>(
        Gen.String[Gen.Char["{}<>%/*\"`= ax\n\r$[]()!#-"], 0, 12],
        Gen.OneOf<string>(new[] {
            "{{< figure src=\"featured.jpg\" >}}", "{{% callout note %}}", "{{% /callout %}}", "{{< math >}}", "{{< /math >}}",
            "{{</* x */>}}", "{% raw %}", "{% endraw %}", "{%- endraw -%}", "{{ page.title }}", "{% include x %}",
            "{{ youtube(id=\"a\") }}", "{% note() %}", "{% end %}", "{{/* z() */}}", "```\n", "`", "    ", "> [!NOTE]\n", "$x$",
            "[p](paper.pdf)", "<img src=\"a b.png\">", "{{< unknown >}}", "{{< /unknown >}}", "{" }));

    private static readonly Gen<string> Body = Gen.Select(Piece.Array[0, 16], parts => string.Concat(parts));

    [Theory]
    [InlineData(BodyFixtures.Plain)]
    [InlineData(BodyFixtures.AlFolio)]
    public void JekyllOutputNeverLetsSourceLiquidRun(string target)
    {
        Body.Sample(body =>
        {
            var result = BodyFixtures.Convert(body, target);
            TargetOutputChecks.AssertLiquidInert(result.Body, "random body");
        }, iter: 1500);
    }

    [Fact]
    public void ZolaOutputHasNoUnescapedShortcodeSyntaxAndBalancedEscapedBodies()
    {
        Body.Sample(body =>
        {
            var output = BodyFixtures.Convert(body, BodyFixtures.Zola).Body;
            var syntax = new ZolaSyntax(output);
            int open = 0;
            for (var i = 0; i < output.Length; i++)
            {
                Assert.True(syntax.Inline(i) < 0 && syntax.BodyStart(i) < 0 && syntax.BodyEnd(i) < 0,
                    $"unescaped Zola syntax at {i} in: {output}");
                if (syntax.IgnoredBodyStart(i) >= 0)
                {
                    open++;
                }
                if (syntax.IgnoredBodyEnd(i) >= 0)
                {
                    Assert.True(--open >= 0, "stray escaped end in: " + output);
                }
            }
            Assert.Equal(0, open);
        }, iter: 1500);
    }
}
