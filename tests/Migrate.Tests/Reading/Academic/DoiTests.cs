using Migrate.Core.Diagnostics;
using static Migrate.Tests.Reading.Academic.Tree;

namespace Migrate.Tests.Reading.Academic;

public sealed class DoiTests
{
    [Theory]
    [InlineData("10.1111/rode.12726", "10.1111/rode.12726")]
    [InlineData("https://doi.org/10.1111/rode.12726", "10.1111/rode.12726")]
    [InlineData("http://dx.doi.org/10.1111/rode.12726", "10.1111/rode.12726")]
    [InlineData("doi:10.1111/rode.12726", "10.1111/rode.12726")]
    [InlineData("  10.1111/rode.12726 ", "10.1111/rode.12726")]
    [InlineData("10.18653/V1/2024.ACL-LONG.607", "10.18653/V1/2024.ACL-LONG.607")]
    public void ADoiIsNormalisedToItsBareFormWithItsCaseKept(string written, string expected)
    {
        var (publication, diagnostics) = ViewFixture.Populate(ViewFixture.Minimal(("doi", Str(written))));

        Assert.Equal(expected, publication.Doi);
        Assert.Equal("https://doi.org/" + expected, Assert.Single(publication.Links).Url);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void ADoubledResolverPrefixIsFixedWithAWarning()
    {
        var (publication, diagnostics) = ViewFixture.Populate(ViewFixture.Minimal(("doi", Str("http://dx.doi.org/https://doi.org/10.1016/j.x.2018.01.001"))));

        Assert.Equal("10.1016/j.x.2018.01.001", publication.Doi);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.DoubledDoiPrefix, DiagnosticSeverity.Warning), (d.Code, d.Severity));
        Assert.Equal("content/publication/test-paper/index.md", d.Path);
    }

    [Fact]
    public void AValueThatIsNotADoiIsKeptWithAWarningAndGivesNoDoiLink()
    {
        var (publication, diagnostics) = ViewFixture.Populate(ViewFixture.Minimal(("doi", Str("0.1007/978-3-032-05060-1_7"))));

        Assert.Equal("0.1007/978-3-032-05060-1_7", publication.Doi);
        Assert.Empty(publication.Links);
        Assert.Equal(DiagnosticCodes.InvalidDoi, Assert.Single(diagnostics).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void AnEmptyOrNullDoiIsNoDoi(string? written)
    {
        var (publication, diagnostics) = ViewFixture.Populate(ViewFixture.Minimal(("doi", written is null ? Null() : Str(written))));
        Assert.Null(publication.Doi);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void TheDoiComesFromHugobloxIdsWhenTheDoiFieldIsEmpty()
    {
        var root = ViewFixture.Minimal(("doi", Str("")), ("hugoblox", Map(("ids", StrMap(("doi", "https://doi.org/10.5555/kit"))))));

        var (publication, _) = ViewFixture.Populate(root);

        Assert.Equal("10.5555/kit", publication.Doi);
        var link = Assert.Single(publication.Links);
        Assert.Equal(("https://doi.org/10.5555/kit", "hugoblox.ids.doi"), (link.Url, link.SourceKey));
    }
}
