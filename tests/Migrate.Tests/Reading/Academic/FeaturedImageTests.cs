using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;
using static Migrate.Tests.Reading.Academic.Tree;

namespace Migrate.Tests.Reading.Academic;

public sealed class FeaturedImageTests
{
    private static readonly Migrate.Core.Model.FrontMatter.FrontMatterMapping ImageBlock =
        Map(("caption", Str("Image credit: [**Unsplash**](https://unsplash.example)")), ("focal_point", Str("Smart")), ("preview_only", Bool(true)));

    [Fact]
    public void TheFirstImageByNameContainingFeaturedWins()
    {
        var resources = new[] { ViewFixture.Resource("featured2.jpg", "image"), ViewFixture.Resource("featured.jpg", "image") };

        var (publication, _) = ViewFixture.Populate(ViewFixture.Minimal(("image", ImageBlock)), resources: resources);

        Assert.Equal(new FeaturedImage("featured.jpg", "Image credit: [**Unsplash**](https://unsplash.example)", "Smart", true), publication.Image);
    }

    [Fact]
    public void TheGlobMatchesFeaturedAnywhereInTheName()
    {
        var (publication, _) = ViewFixture.Populate(ViewFixture.Minimal(), resources: new[] { ViewFixture.Resource("featured.png.gif", "image") });
        Assert.Equal("featured.png.gif", publication.Image?.FileName);
    }

    [Fact]
    public void AFeaturedFileThatIsNotAnImageIsIgnoredWithAnInfo()
    {
        var resources = new[] { ViewFixture.Resource("featured.pdf", "application"), ViewFixture.Resource("test.jpg", "image") };

        var (publication, diagnostics) = ViewFixture.Populate(ViewFixture.Minimal(), resources: resources);

        Assert.Null(publication.Image);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.FeaturedNotImage, DiagnosticSeverity.Info), (d.Code, d.Severity));
    }

    [Fact]
    public void ImageFilenameIsUsedWhenNoFeaturedFileExists()
    {
        var block = Map(("filename", Str("cover.png")), ("focal_point", Str("")), ("alt_text", Str("A cover")));

        var (publication, diagnostics) = ViewFixture.Populate(ViewFixture.Minimal(("image", block)), resources: new[] { ViewFixture.Resource("cover.png", "image") });

        Assert.Equal(new FeaturedImage("cover.png", null, null, false, "A cover"), publication.Image);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void ImageFilenameOutsideTheBundleIsKeptWithAnInfo()
    {
        var (publication, diagnostics) = ViewFixture.Populate(ViewFixture.Minimal(("image", Map(("filename", Str("featured"))))));
        Assert.Equal("featured", publication.Image?.FileName);
        Assert.Equal(DiagnosticCodes.ReferencedResourceMissing, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void AnImageBlockWithoutAFileStillCarriesItsCaption()
    {
        var (publication, _) = ViewFixture.Populate(ViewFixture.Minimal(("image", ImageBlock)));
        Assert.Null(publication.Image?.FileName);
        Assert.Equal("Smart", publication.Image?.FocalPoint);
    }

    [Fact]
    public void NoImageBlockAndNoFeaturedFileMeansNoImage()
    {
        var (publication, _) = ViewFixture.Populate(ViewFixture.Minimal(), resources: new[] { ViewFixture.Resource("cite.bib", "text") });
        Assert.Null(publication.Image);
    }
}
