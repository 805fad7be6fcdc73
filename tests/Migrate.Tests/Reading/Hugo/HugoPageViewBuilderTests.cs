using System.Text.Json.Nodes;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Reading.Hugo;

namespace Migrate.Tests.Reading.Hugo;

public sealed class HugoPageViewBuilderTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public static TheoryData<string> PageProbes()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(ProbeFrontMatter.ProbePath("pages", "content", "publication"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(f));
        }
        return data;
    }

    /// <summary>
    /// Every probe page under testdata/hugo-probes/pages gives what Hugo 0.111.3 printed for it
    /// (pages/expected.json, recorded by scripts/refresh-hugo-probes.sh).
    /// </summary>
    [Theory]
    [MemberData(nameof(PageProbes))]
    public void ProbePageMatchesWhatHugoPrinted(string file)
    {
        var doc = ProbeFrontMatter.Load(ProbeFrontMatter.ProbePath("pages", "content", "publication", file));
        var expected = OracleJson.Page("pages/expected.json", "publication/" + file);

        var view = HugoPageViewBuilder.Build(doc, TimeZoneInfo.Utc, "content/publication/" + file, new DiagnosticBag());

        Assert.Equal((string)expected["title"]!, view.Title);
        Assert.Equal((string)expected["date"]!, view.Date);
        Assert.Equal((string)expected["publishDate"]!, view.PublishDate);
        Assert.Equal((string)expected["lastmod"]!, view.Lastmod);
        Assert.Equal((string)expected["expiryDate"]!, view.ExpiryDate);
        Assert.Equal((bool)expected["draft"]!, view.Draft);
        Assert.Null(OracleJson.FirstDifference(expected["params"], view.Params, "params"));
    }

    [Fact]
    public void AnImpossibleDateFallsBackToPublishDateWithAWarningOnItsLine()
    {
        // Probe p04: date: 2021-31-01 on line 3, publishDate: 2021-03-30T13:57:49+02:00.
        var bag = new DiagnosticBag();
        var doc = ProbeFrontMatter.Load(ProbeFrontMatter.ProbePath("pages", "content", "publication", "p04-invalid-date-falls-back.md"));

        var view = HugoPageViewBuilder.Build(doc, TimeZoneInfo.Utc, "p04.md", bag);

        Assert.Equal("2021-03-30T13:57:49+02:00", view.Date);
        var d = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCodes.InvalidDate, d.Code);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(3, d.Line);
        Assert.Contains("'2021-31-01'", d.Message);
        Assert.Contains(".Date from 'publishdate' (2021-03-30T13:57:49+02:00)", d.Message);
    }

    [Fact]
    public void AnUnreadableDateWithNothingToFallBackToSaysTheDateStaysEmpty()
    {
        var root = new FrontMatterMapping();
        root.Add("title", FrontMatterScalar.String("x")).Line = 2;
        root.Add("date", FrontMatterScalar.String("2016-3-26")).Line = 3;
        var bag = new DiagnosticBag();

        var view = HugoPageViewBuilder.Build(new FrontMatterDocument(FrontMatterFormat.Yaml, root), TimeZoneInfo.Utc, "x.md", bag);

        Assert.Equal(HugoPageViewBuilder.ZeroDate, view.Date);
        Assert.False(view.Params.ContainsKey("date"));
        var d = Assert.Single(bag.Items);
        Assert.Equal(3, d.Line);
        Assert.Contains("leaves .Date empty", d.Message);
    }

    [Fact]
    public void AnEmptyDateIsNoValueAndGivesNoWarning()
    {
        // Probe p05: date: '' → zero .Date, no date key in .Params (oracle), and no warning (not a mistake).
        var bag = new DiagnosticBag();
        var doc = ProbeFrontMatter.Load(ProbeFrontMatter.ProbePath("pages", "content", "publication", "p05-empty-date-alone.md"));

        var view = HugoPageViewBuilder.Build(doc, TimeZoneInfo.Utc, "p05.md", bag);

        Assert.Equal(HugoPageViewBuilder.ZeroDate, view.Date);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void LocalDatesAreReadInTheSiteZone()
    {
        // dates/expected-new-york.json, probes y01 and t02: a YAML date and a TOML local date-time under America/New_York.
        var yaml = new FrontMatterMapping();
        yaml.Add("date", new FrontMatterScalar("2020-08-10", ScalarKind.Timestamp));
        var toml = new FrontMatterMapping();
        toml.Add("date", new FrontMatterScalar("2017-07-01T00:00:00", ScalarKind.LocalDateTime));

        var y = HugoPageViewBuilder.Build(new FrontMatterDocument(FrontMatterFormat.Yaml, yaml), NewYork, "y.md", new DiagnosticBag());
        var t = HugoPageViewBuilder.Build(new FrontMatterDocument(FrontMatterFormat.Toml, toml), NewYork, "t.md", new DiagnosticBag());

        Assert.Equal("2020-08-10T00:00:00-04:00", y.Date);
        Assert.Equal("2017-07-01T00:00:00-04:00", t.Date);
        Assert.Equal("2017-07-01T00:00:00-04:00", (string)t.Params["publishdate"]!);
    }

    [Fact]
    public void AnAliasBombStopsAtTheBudgetWithAnError()
    {
        // a: &a [x, x, …], b: &b [*a, *a, …], … : 10^7 values if expanded.
        var root = new FrontMatterMapping();
        FrontMatterNode previous = FrontMatterScalar.String("x");
        for (var level = 0; level < 7; level++)
        {
            var seq = new FrontMatterSequence { Anchor = "l" + level };
            for (var i = 0; i < 10; i++)
            {
                seq.Add(level == 0 ? FrontMatterScalar.String("x") : new FrontMatterAlias("l" + (level - 1), previous));
            }
            root.Add("k" + level, seq).Line = level + 2;
            previous = seq;
        }
        var bag = new DiagnosticBag();

        var view = HugoPageViewBuilder.Build(new FrontMatterDocument(FrontMatterFormat.Yaml, root), TimeZoneInfo.Utc, "bomb.md", bag);

        var d = Assert.Single(bag.Items, i => i.Code == DiagnosticCodes.AliasBudgetExceeded);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.True(CountNodes(view.Params) < 3 * HugoValueReader.AliasNodeBudget);
    }

    [Fact]
    public void DeepNestingIsCutWithAWarningInsteadOfOverflowingTheStack()
    {
        var root = new FrontMatterMapping();
        var current = new FrontMatterMapping();
        root.Add("deep", current).Line = 2;
        for (var i = 0; i < 5000; i++)
        {
            var next = new FrontMatterMapping();
            current.Add("k", next);
            current = next;
        }
        var bag = new DiagnosticBag();

        HugoPageViewBuilder.Build(new FrontMatterDocument(FrontMatterFormat.Yaml, root), TimeZoneInfo.Utc, "deep.md", bag);

        Assert.Contains(bag.Items, i => i.Code == DiagnosticCodes.NestingTooDeep && i.Line == 2);
    }

    private static int CountNodes(JsonNode? node) => node switch
    {
        JsonObject o => 1 + o.Sum(kv => CountNodes(kv.Value)),
        JsonArray a => 1 + a.Sum(CountNodes),
        _ => 1,
    };
}
