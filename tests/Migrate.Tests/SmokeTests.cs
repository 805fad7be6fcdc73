using Migrate.Core.Model.FrontMatter;

namespace Migrate.Tests;

public sealed class FrontMatterMappingTests
{
    [Fact]
    public void FindComparesKeysCaseInsensitivelyAndTheLastDuplicateWins()
    {
        var m = new FrontMatterMapping();
        m.Add("date", FrontMatterScalar.String("a"));
        m.Add("Date", FrontMatterScalar.String("b"));
        Assert.Equal("b", ((FrontMatterScalar)m.Get("DATE")!).Value);
        Assert.Null(m.Get("title"));
    }
}
