using Migrate.Core.Model.Publications;
using Migrate.Core.Transforms.Body;

namespace Migrate.Tests.Transforms.Body;

public sealed class PageUrlIndexTests
{
    private static Publication Page(string contentPath, string hugoUrl) => new()
    {
        Source = new PublicationSource("/site/content/" + contentPath, "content/" + contentPath, contentPath, "publication",
            contentPath.Split('/')[^2], null, SourceKind.LeafBundle),
        HugoUrl = hugoUrl,
    };

    [Theory]
    [InlineData("/publication/lake-2019/")]
    [InlineData("/publication/lake-2019")]
    [InlineData("publication/lake-2019/index.md")]
    [InlineData("/Publication/Lake-2019")]
    [InlineData("lake-2019")]
    [InlineData("lake-2019.md")]
    [InlineData("../lake-2019")]
    [InlineData("/publication/lake-2019/#results")]
    public void ReferencesInEveryHugoFormFindThePage(string reference)
    {
        var index = new PageUrlIndex();
        var current = Page("publication/river-2020/index.md", "/publication/river-2020/");
        index.Add(current, "/publications/river-2020/");
        index.Add(Page("publication/lake-2019/index.md", "/publication/lake-2019/"), "/publications/lake-2019/");

        Assert.Equal("/publications/lake-2019/", index.MapperFor(current)(reference));
    }

    [Fact]
    public void AnAmbiguousBareNameOrAnUnknownPageResolvesToNothing()
    {
        var index = new PageUrlIndex();
        index.Add(Page("publication/a/same/index.md", "/publication/a/same/"), "/x/");
        index.Add(Page("publication/b/same/index.md", "/publication/b/same/"), "/y/");

        Assert.Null(index.Resolve("same"));
        Assert.Null(index.Resolve("/publication/none/"));
        Assert.Equal("/y/", index.Resolve("/publication/b/same"));
    }

    [Fact]
    public void ARootLevelSitePathIsNotMistakenForAPageName()
    {
        var index = new PageUrlIndex();
        index.Add(Page("publication/lake-2019/index.md", "/publication/lake-2019/"), "/publications/lake-2019/");

        Assert.Null(index.Resolve("/lake-2019"));
        Assert.Equal("/publications/lake-2019/", index.Resolve("lake-2019"));
    }
}
