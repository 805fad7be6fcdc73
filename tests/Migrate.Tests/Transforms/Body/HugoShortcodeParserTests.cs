using CsCheck;
using Migrate.Core.Diagnostics;
using Migrate.Core.Transforms.Body;

namespace Migrate.Tests.Transforms.Body;

public sealed class HugoShortcodeParserTests
{
    [Fact]
    public void ASelfClosingCallWithNamedQuotedParametersIsOneNode()
    {
        var text = "Intro {{< figure src=\"a b.png\" caption=\"A \\\"fig\\\"\" />}} end";

        var result = HugoShortcodeParser.Parse(text);

        var node = Assert.Single(result.All);
        Assert.Equal(ShortcodeNodeKind.Call, node.Kind);
        Assert.Equal("figure", node.Name);
        Assert.True(node.SelfClosing);
        Assert.Equal("a b.png", node.Named("src"));
        Assert.Equal("A \"fig\"", node.Named("caption"));
        Assert.Equal("{{< figure src=\"a b.png\" caption=\"A \\\"fig\\\"\" />}}", text.Substring(node.OpenTag.Start, node.OpenTag.Length));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void APairedPercentCallHasInnerTextAndPositionalParameters()
    {
        var text = "{{% callout note %}}\nSome *text*.\n{{% /callout %}}\n";

        var node = Assert.Single(HugoShortcodeParser.Parse(text).Roots);

        Assert.Equal(ShortcodeDelimiter.Percent, node.Delimiter);
        Assert.Equal("note", node.Positional(0));
        Assert.True(node.IsPaired);
        Assert.Equal("\nSome *text*.\n", text.Substring(node.Inner!.Value.Start, node.Inner.Value.Length));
        Assert.Equal(text.Length - 1, node.Whole.End);
    }

    [Fact]
    public void RawStringAndBareValuesAreKeptVerbatim()
    {
        var node = Assert.Single(HugoShortcodeParser.Parse("{{< x `a \"b\" \\n` 3.5 true-ish >}}").All);

        Assert.Equal("a \"b\" \\n", node.Positional(0));
        Assert.Equal('`', node.Parameters[0].Quoting);
        Assert.Equal("3.5", node.Positional(1));
        Assert.Equal("true-ish", node.Positional(2));
    }

    [Fact]
    public void NestedCallsFormATreeWithDepth()
    {
        var text = "{{< outer >}}a {{< inner x=\"1\" >}}b{{< /inner >}} {{< leaf >}}{{< /outer >}}";

        var result = HugoShortcodeParser.Parse(text);

        var outer = Assert.Single(result.Roots);
        Assert.Equal(new[] { "inner", "leaf" }, outer.Children.Select(c => c.Name));
        Assert.All(outer.Children, c => Assert.Equal(1, c.Depth));
        Assert.True(outer.Children[0].IsPaired);
        Assert.False(outer.Children[1].IsPaired);
        Assert.Equal(new[] { "outer", "inner", "leaf" }, result.All.Select(n => n.Name));
    }

    [Theory]
    [InlineData("{{</* figure src=\"x.png\" */>}}", "{{< figure src=\"x.png\" >}}")]
    [InlineData("{{%/* callout note */%}}", "{{% callout note %}}")]
    [InlineData("{{</* /callout */>}}", "{{< /callout >}}")]
    public void TheCommentEscapeOutputsTheLiteralShortcode(string text, string literal)
    {
        var node = Assert.Single(HugoShortcodeParser.Parse(text).All);

        Assert.Equal(ShortcodeNodeKind.CommentEscape, node.Kind);
        Assert.Equal(literal, node.Literal);
        Assert.Equal(text.Length, node.OpenTag.Length);
    }

    [Theory]
    [InlineData("{{< figure src=\"x.png\"", "unclosed shortcode action")]
    [InlineData("{{< x a=\"1\" b >}}", "Cannot mix named and positional")]
    [InlineData("{{< x b a=\"1\" >}}", "Cannot mix named and positional")]
    [InlineData("{{< x \"open >}}", "unterminated quoted string")]
    [InlineData("{{< x a/b >}}", "unexpected text after '/'")]
    [InlineData("{{< x (y) >}}", "unrecognized character")]
    [InlineData("{{</* x >}}", "comment must be closed")]
    [InlineData("{{< /nothing >}}", "closing tag without an opening tag")]
    [InlineData("{{<  >}}", "has no name")]
    [InlineData("{{< x >}} %}}", null)]
    public void MalformedShortcodesGiveAWarningNotAnException(string text, string? error)
    {
        var result = HugoShortcodeParser.Parse("line one\n" + text, "content/p/index.md", firstLine: 5);

        if (error is null)
        {
            Assert.Empty(result.Diagnostics);
            return;
        }
        var bad = Assert.Single(result.All, n => n.Kind == ShortcodeNodeKind.Malformed);
        Assert.Contains(error, bad.Error);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.MalformedShortcode, d.Code);
        Assert.Equal("content/p/index.md", d.Path);
        Assert.Equal(6, d.Line);
        Assert.Equal(1, d.Column);
    }

    [Fact]
    public void AnUnclosedPairedNameIsAStandaloneCallAndTheNextCloseStillMatches()
    {
        var text = "{{< a >}}{{< b >}}{{< /a >}}";

        var result = HugoShortcodeParser.Parse(text);

        var a = result.All.Single(n => n.Name == "a");
        var b = result.All.Single(n => n.Name == "b");
        Assert.True(a.IsPaired);
        Assert.False(b.IsPaired);
        Assert.Same(a, b.Parent);
    }

    [Fact]
    public void LinesAndColumnsAreFileBasedWithCrlf()
    {
        var text = "a\r\nb\r\n  {{< youtube abc >}}";

        var node = Assert.Single(HugoShortcodeParser.Parse(text, firstLine: 10).All);

        Assert.Equal(12, node.Line);
        Assert.Equal(3, node.Column);
    }

    [Fact]
    public void TextWithoutShortcodeDelimitersHasNoNodes()
    {
        var result = HugoShortcodeParser.Parse("{{ .Title }} {% if x %} {{{ }}} {{");

        Assert.Empty(result.All);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void DeepNestingIsParsedWithoutRecursion()
    {
        var text = string.Concat(Enumerable.Repeat("{{< d >}}", 20000)) + string.Concat(Enumerable.Repeat("{{< /d >}}", 20000));

        var result = HugoShortcodeParser.Parse(text);

        Assert.Equal(20000, result.All.Count);
        Assert.Equal(19999, result.All.Max(n => n.Depth));
    }

    [Fact]
    public void RandomTextNeverThrowsAndRangesStayInsideTheText()
    {
        Gen.String[Gen.Char["{}<>%/*\"`= a-b.\n\r\\"], 0, 80].Sample(text =>
        {
            var result = HugoShortcodeParser.Parse(text);
            foreach (var n in result.All)
            {
                Assert.InRange(n.Whole.Start, 0, text.Length);
                Assert.InRange(n.Whole.End, n.Whole.Start, text.Length);
            }
        }, iter: 3000);
    }
}
