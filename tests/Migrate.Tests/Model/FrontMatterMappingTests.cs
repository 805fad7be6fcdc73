using Migrate.Core.Model.FrontMatter;

namespace Migrate.Tests.Model;

public sealed class FrontMatterMappingTests
{
    private static FrontMatterMapping Map(params (string Key, string Value)[] entries)
    {
        var m = new FrontMatterMapping();
        foreach (var (key, value) in entries)
        {
            m.Add(key, FrontMatterScalar.String(value));
        }
        return m;
    }

    private static string? Value(FrontMatterMapping m, string key) => (m.Get(key) as FrontMatterScalar)?.Value;

    [Fact]
    public void FindComparesKeysCaseInsensitively()
    {
        Assert.Equal("a", Value(Map(("Date", "a")), "date"));
        Assert.Null(Map(("date", "a")).Get("title"));
    }

    [Fact]
    public void TheLastOfTwoIdenticalKeysWins()
    {
        Assert.Equal("b", Value(Map(("url_pdf", "a"), ("url_pdf", "b")), "url_pdf"));
    }

    [Theory]
    // Hugo 0.111.3: `foo = 1` then `Foo = 2` gives 2, and `BAR = 1` then `bar = 2` gives 1 — the spelling with a
    // capital letter wins over the lower-case one wherever it stands (tested by the toml-json and hugo work streams).
    [InlineData("foo", "Foo", "second")]
    [InlineData("BAR", "bar", "first")]
    public void ACapitalisedSpellingBeatsTheLowerCaseOne(string firstKey, string secondKey, string expected)
    {
        Assert.Equal(expected, Value(Map((firstKey, "first"), (secondKey, "second")), firstKey));
    }
}
