using CsCheck;
using Migrate.Core.Diagnostics;
using Migrate.Core.Transforms.Body;
using static Migrate.Tests.Transforms.Body.BodyFixtures;

namespace Migrate.Tests.Transforms.Body;

public sealed class BodyConverterTests
{
    private const string YoutubeHtml =
        "<div style=\"position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;\">"
        + "<iframe src=\"https://www.youtube-nocookie.com/embed/abc-123\" style=\"position: absolute; top: 0; left: 0; width: 100%; height: 100%; border: 0;\""
        + " allowfullscreen title=\"YouTube video\"></iframe></div>";

    public static TheoryData<string, string, string> Translations() => new()
    {
        // figure
        { Plain, "{{< figure src=\"featured.jpg\" caption=\"A quiet lake\" >}}",
            "<figure><img src=\"/assets/quill-2021/featured.jpg\" alt=\"A quiet lake\"><figcaption markdown=\"span\">A quiet lake</figcaption></figure>" },
        { AcademicPages, "{{< figure src=\"featured.jpg\" >}}", "![](/assets/quill-2021/featured.jpg)" },
        { AlFolio, "{{< figure src=\"featured.jpg\" caption=\"A quiet lake\" />}}",
            "{% include figure.liquid path=\"/assets/quill-2021/featured.jpg\" class=\"img-fluid rounded z-depth-1\" alt=\"A quiet lake\" caption=\"A quiet lake\" zoomable=true %}" },
        { Zola, "{{< figure src=\"./a b.png\" caption=\"Two {{ birds }}\" >}}",
            "<figure><img src=\"/assets/quill-2021/a-b.png\" alt=\"Two &#123;&#123; birds &#125;&#125;\"><figcaption>Two &#123;&#123; birds &#125;&#125;</figcaption></figure>" },
        { Zola, "{{% figure src=\"featured.jpg\" alt=\"lake\" %}}", "![lake](/assets/quill-2021/featured.jpg)" },
        { AlFolio, "{{< figure src=\"x.png\" caption=\"%} {% include /etc/passwd %}\" >}}",
            "{% include figure.liquid path=\"x.png\" class=\"img-fluid rounded z-depth-1\" alt=\"&#37;&#125; &#123;&#37; include /etc/passwd &#37;&#125;\" caption=\"&#37;&#125; &#123;&#37; include /etc/passwd &#37;&#125;\" zoomable=true %}" },
        // callout / alert
        { Plain, "{{% callout note %}}\nRead *this*.\n{{% /callout %}}", "<div class=\"callout callout-note\" markdown=\"1\">\nRead *this*.\n</div>" },
        { AcademicPages, "{{% callout warning %}}\nCareful.\n{{% /callout %}}", "<div class=\"notice--warning\" markdown=\"1\">\nCareful.\n</div>" },
        { AlFolio, "{{% alert note %}}\nTip.\n{{% /alert %}}", "<blockquote class=\"block-tip\" markdown=\"1\">\nTip.\n</blockquote>" },
        { AlFolio, "{{< callout danger >}}\nNo.\n{{< /callout >}}", "<blockquote class=\"block-danger\" markdown=\"1\">\nNo.\n</blockquote>" },
        { Zola, "{{% callout note %}}\nRead *this*.\n{{% /callout %}}", "<div class=\"callout callout-note\">\n\nRead *this*.\n\n</div>" },
        { Zola, "{{% callout %}}Inline.{{% /callout %}}", "<div class=\"callout callout-note\">\n\nInline.\n\n</div>" },
        // video embeds
        { Plain, "{{< youtube abc-123 >}}", YoutubeHtml },
        { Zola, "{{< youtube id=\"abc-123\" >}}", YoutubeHtml },
        { AlFolio, "{{< youtube abc-123 >}}", "{% include video.liquid path=\"https://www.youtube.com/embed/abc-123\" class=\"img-fluid rounded z-depth-1\" %}" },
        { Plain, "{{< vimeo 42 >}}", YoutubeHtml.Replace("https://www.youtube-nocookie.com/embed/abc-123", "https://player.vimeo.com/video/42").Replace("YouTube video", "Vimeo video") },
        { Zola, "{{< video src=\"clips/demo.mp4\" controls=\"yes\" >}}", "<video src=\"/assets/quill-2021/demo.mp4\" controls style=\"max-width: 100%;\"></video>" },
        { AlFolio, "{{< video src=\"clips/demo.mp4\" >}}", "{% include video.liquid path=\"/assets/quill-2021/demo.mp4\" class=\"img-fluid rounded z-depth-1\" controls=true %}" },
        { Plain, "{{< gist ann 12ab >}}", "<script src=\"https://gist.github.com/ann/12ab.js\"></script>" },
        // cite, ref, relref, staticref
        { Plain, "See {{< cite page=\"/publication/other-2020\" view=\"citation\" >}}.", "See [other-2020](/publications/other-2020/)." },
        { Zola, "See {{< cite page=\"/publication/other-2020\" >}}.", "See [other-2020](@/publication/other-2020/index.md)." },
        { Plain, "[prior]({{< ref \"/publication/other-2020\" >}})", "[prior](/publications/other-2020/)" },
        { Zola, "[prior]({{< relref \"other-2020.md#method\" >}})", "[prior](@/publication/other-2020/index.md#method)" },
        { AcademicPages, "{{< staticref \"uploads/cv.pdf\" \"newtab\" >}}my CV{{< /staticref >}}", "<a href=\"/uploads/cv.pdf\" target=\"_blank\" rel=\"noopener\">my CV</a>" },
        // math
        { Plain, "{{< math >}}$x_1$ and $$y$${{< /math >}}", "$$x_1$$ and $$y$$" },
        { Zola, "{{< math >}}$\\{x_1\\}$ & *y*{{< /math >}}", "\\$\\\\\\{x\\_1\\\\\\}\\$ \\& \\*y\\*" },
        // others
        { Plain, "{{< highlight python >}}\nprint(1)\n{{< /highlight >}}", "```python\nprint(1)\n```" },
        { Plain, "{{< spoiler text=\"Answer\" >}}\n42\n{{< /spoiler >}}", "<details markdown=\"1\"><summary>Answer</summary>\n42\n</details>" },
        { Zola, "{{< spoiler text=\"Answer\" >}}\n42\n{{< /spoiler >}}", "<details><summary>Answer</summary>\n\n42\n\n</details>" },
        { Plain, "{{< hl >}}key{{< /hl >}}", "<mark>key</mark>" },
        { Zola, "{{< icon name=\"github\" pack=\"fab\" >}}", "<i class=\"fab fa-github\"></i>" },
        { Plain, "{{< icon name=\"google-scholar\" pack=\"ai\" >}}", "<i class=\"ai ai-google-scholar\"></i>" },
        { Plain, "{{< toc >}}", "* TOC\n{:toc}" },
        { Zola, "{{< toc >}}", "" },
        { Plain, "{{< mention \"ann\" >}}", "@ann" },
        // Hugo's comment escape prints the literal shortcode
        { Plain, "{{</* figure src=\"x.png\" */>}}", "{% raw %}{{< figure src=\"x.png\" >}}{% endraw %}" },
        { Zola, "{{%/* callout note */%}}", "{{% callout note %}}" },
        // unknown and untranslatable shortcodes stay inert
        { Plain, "{{< my-widget a=\"1\" >}}", "{% raw %}{{< my-widget a=\"1\" >}}{% endraw %}" },
        { Zola, "{{< my-widget a=\"1\" >}}", "{{< my-widget a=\"1\" >}}" },
        { AlFolio, "{{< gallery >}}", "{% raw %}{{< gallery >}}{% endraw %}" },
        // nested: the inner figure is translated inside the translated callout
        { Zola, "{{% callout note %}}\n{{< figure src=\"featured.jpg\" >}}\n{{% /callout %}}",
            "<div class=\"callout callout-note\">\n\n![](/assets/quill-2021/featured.jpg)\n\n</div>" },
        { Plain, "{{< unknown-box >}}\n{{< icon name=\"x\" >}}\n{{< /unknown-box >}}",
            "{% raw %}{{< unknown-box >}}{% endraw %}\n<i class=\"fas fa-x\"></i>\n{% raw %}{{< /unknown-box >}}{% endraw %}" },
    };

    [Theory]
    [MemberData(nameof(Translations))]
    public void EachShortcodeIsTranslatedForEachTarget(string target, string body, string expected)
    {
        var result = Convert(body, target);

        Assert.Equal(expected, result.Body);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData(Plain, "{{< my-widget >}}", DiagnosticCodes.UnknownShortcode)]
    [InlineData(Zola, "{{< my-widget >}}", DiagnosticCodes.UnknownShortcode)]
    [InlineData(AlFolio, "{{< gallery >}}", DiagnosticCodes.ShortcodeNotTranslated)]
    [InlineData(Zola, "{{< toc >}}", DiagnosticCodes.ShortcodeNotTranslated)]
    [InlineData(Plain, "{{% callout note %}} never closed", DiagnosticCodes.ShortcodeNotTranslated)]
    [InlineData(Plain, "{{< figure src=\"x.png\"", DiagnosticCodes.MalformedShortcode)]
    [InlineData(Zola, "{{< cite page=\"/publication/missing\" >}}", DiagnosticCodes.BrokenPageReference)]
    [InlineData(Plain, "[x]({{< ref \"/publication/missing\" >}})", DiagnosticCodes.BrokenPageReference)]
    [InlineData(Plain, "{{< figure src=\"missing.png\" >}}", DiagnosticCodes.ReferencedResourceMissing)]
    [InlineData(Plain, "`{{< figure src=\"x.png\" >}}`", DiagnosticCodes.ShortcodeInCode)]
    public void ShortcodesThatAreNotTranslatedAreReportedWithFileAndLine(string target, string body, string code)
    {
        var result = Convert("Title line\n\n" + body, target);

        var d = Assert.Single(result.Diagnostics, x => x.Code == code);
        Assert.Equal("content/publication/quill-2021/index.md", d.Path);
        Assert.Equal(10, d.Line);
    }

    [Fact]
    public void TheUnknownShortcodeWarningNamesTheShortcode()
    {
        var d = Assert.Single(Convert("{{< lab-members >}}", Zola).Diagnostics);

        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("'lab-members'", d.Message);
    }

    public static TheoryData<string, string, string> InCode() => new()
    {
        { Plain, "Use `{{< figure src=\"x.png\" >}}` here.", "Use `{% raw %}{{< figure src=\"x.png\" >}}` here.{% endraw %}" },
        { Zola, "Use `{{< figure src=\"x.png\" >}}` here.", "Use `{{< figure src=\"x.png\" >}}` here." },
        { AlFolio, "```\n{{% callout note %}}\nx\n{{% /callout %}}\n```\n",
            "```\n{% raw %}{{% callout note %}}{% endraw %}\nx\n{% raw %}{{% /callout %}}{% endraw %}\n```\n" },
        { Zola, "    {{< youtube id >}}\n", "    {{< youtube id >}}\n" },
        { Zola, "```\n{{ youtube(id=\"x\") }}\n{% note() %}\nhi\n{% end %}\n```\n",
            "```\n{{/* youtube(id=\"x\") */}}\n{%/* note() */%}\nhi\n{%/* end */%}\n```\n" },
    };

    [Theory]
    [MemberData(nameof(InCode))]
    public void ShortcodesInsideCodeStayAsWrittenEscapedForTheTarget(string target, string body, string expected)
    {
        Assert.Equal(expected, Convert(body, target).Body);
    }

    [Theory]
    [InlineData(Plain)]
    [InlineData(AlFolio)]
    [InlineData(Zola)]
    public void UntouchedTextKeepsEveryByteIncludingCrlf(string target)
    {
        var before = "# Heading\r\n\r\nSome *text* with trailing spaces   \r\n\ttab line\r\n\r\n";
        var after = "\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n\r\nLast line without newline";
        var body = before + "{{< youtube abc-123 >}}" + after;

        var result = Convert(body, target);

        Assert.StartsWith(before, result.Body, StringComparison.Ordinal);
        Assert.EndsWith(after, result.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ZolaCalloutBlankLinesUseTheBodysCrlf()
    {
        var result = Convert("{{% callout note %}}\r\nHi\r\n{{% /callout %}}\r\n", Zola);

        Assert.Equal("<div class=\"callout callout-note\">\r\n\r\nHi\r\n\r\n</div>\r\n", result.Body);
    }

    [Theory]
    [InlineData(Plain)]
    [InlineData(AcademicPages)]
    [InlineData(AlFolio)]
    [InlineData(Zola)]
    [InlineData("json")]
    public void ABodyWithoutShortcodesLinksOrMathComesBackByteForByte(string target)
    {
        Gen.String[Gen.Char["ab \r\n\t*_#>-`|~1.é()[]!:\"'="], 0, 200].Sample(body =>
        {
            var result = Convert(body, target);
            Assert.Equal(body, result.Body);
        }, iter: 400);
    }

    [Fact]
    public void JsonKeepsTheBodyExactlyAndReportsNothing()
    {
        var body = "{{< figure src=\"featured.jpg\" >}} $x$ [p](paper.pdf) {% include x %}";

        var result = Convert(body, "json");

        Assert.Same(body, result.Body);
        Assert.Empty(result.Diagnostics);
    }

    public static TheoryData<string, string, string> Links() => new()
    {
        { Plain, "[pdf](paper.pdf) ![a](<a b.png>) ![b](./a%20b.png#x)",
            "[pdf](/assets/quill-2021/paper.pdf) ![a](</assets/quill-2021/a-b.png>) ![b](/assets/quill-2021/a-b.png#x)" },
        { Zola, "<img src=\"featured.jpg\" width=\"50%\"> <a href='paper.pdf'>pdf</a>",
            "<img src=\"/assets/quill-2021/featured.jpg\" width=\"50%\"> <a href='/assets/quill-2021/paper.pdf'>pdf</a>" },
        { Plain, "[earlier](/publication/other-2020/) [ext](https://example.org/paper.pdf) [top](#top)",
            "[earlier](/publications/other-2020/) [ext](https://example.org/paper.pdf) [top](#top)" },
        { Zola, "[earlier]: /publication/other-2020/#results\n\nSee [earlier].\n",
            "[earlier]: @/publication/other-2020/index.md#results\n\nSee [earlier].\n" },
        { Plain, "`[pdf](paper.pdf)`", "`[pdf](paper.pdf)`" },
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void LinksToBundleFilesAndPublicationsAreRewrittenExternalOnesAreNot(string target, string body, string expected)
    {
        Assert.Equal(expected, Convert(body, target).Body);
    }

    [Fact]
    public void ALinkToAPublicationThatIsNotConvertedIsReported()
    {
        var result = Convert("[gone](/publication/gone-2019/)", Zola);

        Assert.Equal("[gone](/publication/gone-2019/)", result.Body);
        Assert.Equal(DiagnosticCodes.BrokenPageReference, Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("Let $x^2$ be.", "Let $$x^2$$ be.")]
    [InlineData("It costs $5 and $10 today.", "It costs $5 and $10 today.")]
    [InlineData("Display $$a*b$$ stays.", "Display $$a*b$$ stays.")]
    [InlineData("Escaped \\$x$ is not math.", "Escaped \\$x$ is not math.")]
    [InlineData("Code `$x$` stays.", "Code `$x$` stays.")]
    [InlineData("Two $a$, $b$.", "Two $$a$$, $$b$$.")]
    public void SingleDollarMathBecomesDoubleDollarForKramdown(string body, string expected)
    {
        Assert.Equal(expected, Convert(body, Plain).Body);
        Assert.Equal(body, Convert(body, Zola).Body);
    }

    [Theory]
    [InlineData(Plain, "> [!NOTE]\n> Read this.\n\nAfter.", "> **Note**\n> Read this.\n{: .callout .callout-note }\n\nAfter.")]
    [InlineData(AcademicPages, "> [!WARNING]\r\n> Careful.\r\n", "> **Warning**\r\n> Careful.\r\n{: .notice--warning }\r\n")]
    [InlineData(AlFolio, "> [!TIP]\n> Try it.", "> **Tip**\n> Try it.\n{: .block-tip }")]
    [InlineData(Zola, "> [!NOTE]\n> Read this.\n", "> [!NOTE]\n> Read this.\n")]
    public void GithubAlertsBecomeStyledQuotesForKramdownAndStayForZola(string target, string body, string expected)
    {
        var result = Convert(body, target);

        Assert.Equal(expected, result.Body);
        Assert.Equal(target == Zola, result.UsesGithubAlerts);
    }

    [Theory]
    [InlineData("{% include /etc/passwd %}", "{% raw %}{% include /etc/passwd %}{% endraw %}")]
    [InlineData("a {{ site.github.token }} b\nnext", "a {% raw %}{{ site.github.token }} b{% endraw %}\nnext")]
    [InlineData("{% endraw %}{% include /etc/passwd %}", "{% raw %}{% endraw %}{{ \"{%\" }}{% raw %} endraw %}{% include /etc/passwd %}{% endraw %}")]
    [InlineData("{%- endraw -%}x", "{% raw %}{% endraw %}{{ \"{%\" }}{% raw %}- endraw -%}x{% endraw %}")]
    public void LiquidInTheSourceIsWrappedInRaw(string body, string expected)
    {
        Assert.Equal(expected, Convert(body, Plain).Body);
    }

    [Theory]
    [InlineData("{{ youtube(id=\"x\") }}", "{{/* youtube(id=\"x\") */}}", false)]
    [InlineData("{% note(a=1, b=[1, 2]) %}\nbody\n{% end %}", "{%/* note(a=1, b=[1, 2]) */%}\nbody\n{%/* end */%}", false)]
    [InlineData("{{ page.title }} and {% if x %}", "{{ page.title }} and {% if x %}", false)]
    [InlineData("stray {% end %}", "stray {\\% end %}", true)]
    [InlineData("{% open() %} never closed", "{\\% open() %} never closed", true)]
    [InlineData("{% empty() %}  {% end %}", "{\\% empty() %}  {\\% end %}", true)]
    [InlineData("{{/* already() */}}", "{\\{/* already() */}}", true)]
    public void ZolaShortcodeSyntaxInTheSourceIsEscaped(string body, string expected, bool neutralised)
    {
        var result = Convert(body, Zola);

        Assert.Equal(expected, result.Body);
        Assert.Equal(neutralised, result.Diagnostics.Any(d => d.Code == DiagnosticCodes.TargetSyntaxNeutralised));
    }

    [Fact]
    public void GeneratedIncludesAreNotSwallowedByASourceBraceBeforeThem()
    {
        var result = Convert("{{{< figure src=\"featured.jpg\" >}}", AlFolio);

        Assert.Equal("{% raw %}{{% endraw %}{% include figure.liquid path=\"/assets/quill-2021/featured.jpg\" class=\"img-fluid rounded z-depth-1\" zoomable=true %}", result.Body);
    }

    [Fact]
    public void StatsCountTranslatedAndInertShortcodes()
    {
        var result = Convert("{{< figure src=\"featured.jpg\" >}} {{< figure src=\"paper.pdf\" >}} {{< lab >}} `{{< toc >}}` [p](paper.pdf)", Zola);

        Assert.Equal(2, result.Stats.Translated["figure"]);
        Assert.Equal(1, result.Stats.KeptInert["lab"]);
        Assert.Equal(1, result.Stats.KeptInert["toc"]);
        Assert.Equal(1, result.Stats.LinksRewritten);
    }
}

public sealed class BodyConverterScaleTests
{
    [Fact]
    public void ABodyWithThousandsOfShortcodesLinksAndCodeSpansConvertsQuickly()
    {
        var one = "Para {{< figure src=\"featured.jpg\" >}} [p](paper.pdf) `{{< toc >}}` $x$ {{% callout %}}x{{% /callout %}}\n\n";
        var body = string.Concat(Enumerable.Repeat(one, 4000));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = BodyFixtures.Convert(body, BodyFixtures.Plain);

        watch.Stop();
        Assert.Equal(8000, result.Stats.Translated.Values.Sum());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}
