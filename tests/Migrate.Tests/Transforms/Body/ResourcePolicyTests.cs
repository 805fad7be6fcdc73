using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;
using Migrate.Core.Transforms.Body;

namespace Migrate.Tests.Transforms.Body;

public sealed class ResourcePolicyTests
{
    private static BundleResource File(string relativePath, string? junk = null) =>
        new(relativePath, "/src/" + relativePath, 10, "application/octet-stream", "other", junk);

    [Theory]
    [InlineData("featured.jpg", "featured.jpg")]
    [InlineData("cite.bib", "cite.bib")]
    [InlineData("Paper_v2.final.PDF", "Paper_v2.final.PDF")]
    [InlineData("Screenshot 2024-02-23 at 10.04.18.png", "Screenshot-2024-02-23-at-10.04.18.png")]
    [InlineData("paper .pdf", "paper.pdf")]
    [InlineData("name with trailing space.pdf ", "name-with-trailing-space.pdf")]
    [InlineData("what?.pdf", "what.pdf")]
    [InlineData("a:b.png", "a-b.png")]
    [InlineData("Müller et al. – Straße.pdf", "Muller-et-al.-Strasse.pdf")]
    [InlineData("漢字.png", "file.png")]
    [InlineData("con.txt", "con-file.txt")]
    [InlineData(".hidden", "hidden")]
    public void FileNamesAreMadePortableAndPortableOnesAreKept(string name, string expected)
    {
        Assert.Equal(expected, ResourcePolicy.PortableName(name));
        Assert.True(ResourcePolicy.IsPortable(expected));
    }

    [Fact]
    public void JunkFilesDoNotTravelAndAreEachReported()
    {
        var plan = ResourcePolicy.Plan(new[]
        {
            File("featured.png"),
            File(".DS_Store", "macOS Finder metadata (.DS_Store)"),
            File("index_old.md", "a second Markdown file"),
        }, "content/publication/x/index.md");

        Assert.Equal(new[] { "featured.png" }, plan.Travelling.Select(a => a.NewName));
        Assert.Equal(2, plan.Skipped.Count);
        var junk = plan.Diagnostics.Where(d => d.Code == DiagnosticCodes.JunkResource).ToList();
        Assert.Equal(2, junk.Count);
        Assert.Contains(junk, d => d.Message.Contains("'.DS_Store'") && d.Path == "content/publication/x/index.md");
    }

    [Fact]
    public void FlatteningCollisionsAreResolvedTheSameWayWhateverTheInputOrder()
    {
        var files = new[] { File("img/featured.jpg"), File("featured.jpg"), File("old/img/featured.jpg"), File("img-featured.jpg"), File("FEATURED.JPG") };

        var a = ResourcePolicy.Plan(files);
        var b = ResourcePolicy.Plan(files.Reverse());

        Assert.Equal(a.NameMap.OrderBy(kv => kv.Key, StringComparer.Ordinal), b.NameMap.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal("featured.jpg", a.NameMap["featured.jpg"]);
        Assert.Equal("FEATURED-2.JPG", a.NameMap["FEATURED.JPG"]);
        Assert.Equal("img-featured.jpg", a.NameMap["img-featured.jpg"]);
        Assert.Equal("img-featured-2.jpg", a.NameMap["img/featured.jpg"]);
        Assert.Equal("old-img-featured.jpg", a.NameMap["old/img/featured.jpg"]);
        Assert.Equal(a.NameMap.Count, a.NameMap.Values.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(3, a.Diagnostics.Count(d => d.Code == DiagnosticCodes.ResourceNameCollision));
    }

    [Fact]
    public void RenamedFilesAreReportedAndLinksToThemAreRewritten()
    {
        var plan = ResourcePolicy.Plan(new[] { File("My Slides.pdf"), File("data/set 1.csv") }, "content/publication/x/index.md");

        Assert.Equal("My-Slides.pdf", plan.NewNameOf("My Slides.pdf"));
        Assert.Equal("set-1.csv", plan.NewNameOf("./data/set 1.csv"));
        Assert.Equal(2, plan.Diagnostics.Count(d => d.Code == DiagnosticCodes.NonPortableFileName));

        var result = BodyConverter.Convert("[slides](My%20Slides.pdf) and <a href=\"data/set 1.csv\">data</a>", BodyTarget.Zola,
            new BodyConversionContext { ResourceUrl = plan.UrlMapper("/publication/x/") });

        Assert.Equal("[slides](/publication/x/My-Slides.pdf) and <a href=\"/publication/x/set-1.csv\">data</a>", result.Body);
    }

    [Fact]
    public void LookupIgnoresCaseLikeHugoUnlessTwoFilesDifferOnlyInCase()
    {
        var single = ResourcePolicy.Plan(new[] { File("Featured.JPG") });
        var twins = ResourcePolicy.Plan(new[] { File("a.png"), File("A.png") });

        Assert.Equal("Featured.JPG", single.NewNameOf("featured.jpg"));
        Assert.Null(twins.NewNameOf("a.PNG"));
        Assert.Equal("a.png", twins.NewNameOf("a.png"));
    }
}
