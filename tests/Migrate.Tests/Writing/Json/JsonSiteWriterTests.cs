using System.Text;
using System.Text.Json.Nodes;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;
using Migrate.Core.Writing.Json;
using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Writing.Json;

public sealed class JsonSiteWriterTests
{
    private static string WriteDocument(IEnumerable<Publication> publications, DiagnosticBag? siteBag = null, string siteRoot = "/nowhere/my-site")
    {
        var writer = new JsonSiteWriter();
        foreach (var p in publications)
        {
            Assert.Empty(writer.Write(p, new DiagnosticBag()));
        }
        var file = Assert.Single(writer.Complete(SamplePublications.Site(siteRoot), siteBag ?? new DiagnosticBag()));
        Assert.Equal("publications.json", file.RelativePath);
        Assert.NotNull(file.Content);
        return Encoding.UTF8.GetString(file.Content!);
    }

    [Fact]
    public void WritesOneDocumentIndentedWithTwoSpacesLfAndAFinalNewline()
    {
        var text = WriteDocument(new[] { SamplePublications.Rich() });

        Assert.StartsWith("{\n  \"format\": \"migrate-publications\",\n  \"version\": 1,\n  \"site\": {\n    \"root\": ", text);
        Assert.DoesNotContain("\r", text.Replace("\\r", ""));
        Assert.EndsWith("}\n", text);
        Assert.False(text.EndsWith("\n\n"));
    }

    [Fact]
    public void TheSameInputGivesByteIdenticalOutput()
    {
        var first = WriteDocument(new[] { SamplePublications.Rich("a"), SamplePublications.Minimal("b") });
        var second = WriteDocument(new[] { SamplePublications.Rich("a"), SamplePublications.Minimal("b") });

        Assert.Equal(first, second);
    }

    [Fact]
    public void TheDocumentValidatesAgainstTheSchema()
    {
        var siteBag = new DiagnosticBag();
        siteBag.Info(DiagnosticCodes.SkippedSectionIndex, "content/publication/_index.md", null, "section index page skipped");
        var text = WriteDocument(new[] { SamplePublications.Rich(), SamplePublications.Minimal() }, siteBag);

        PublicationsSchema.AssertValid(text);
    }

    [Fact]
    public void TheSchemaRejectsAMemberItDoesNotDescribe()
    {
        // Shows the schema is strict, so the validation above means something.
        var node = JsonNode.Parse(WriteDocument(new[] { SamplePublications.Rich() }))!;
        node["publications"]![0]!["publication"]!["colour"] = "blue";

        Assert.NotNull(PublicationsSchema.Validate(node.ToJsonString()));
    }

    [Fact]
    public void SiteRootIsTheFolderNameNotThePath()
    {
        var node = JsonNode.Parse(WriteDocument(Array.Empty<Publication>(), siteRoot: "/home/someone/sites/lab-site/"))!;

        Assert.Equal("lab-site", (string?)node["site"]!["root"]);
        Assert.Equal("Europe/Berlin", (string?)node["site"]!["timeZone"]);
        Assert.Equal("Journal article", (string?)node["site"]!["publicationTypeLegend"]![2]);
        // Taxonomies sorted by key, whatever the dictionary order was.
        Assert.Equal(new[] { "author", "category", "tag" }, node["site"]!["taxonomies"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void PublicationsKeepTheOrderTheyWereWrittenIn()
    {
        var node = JsonNode.Parse(WriteDocument(new[] { SamplePublications.Rich("zeta"), SamplePublications.Rich("alpha"), SamplePublications.Minimal("mid") }))!;

        var slugs = node["publications"]!.AsArray().Select(p => (string?)p!["source"]!["slug"]);
        Assert.Equal(new[] { "zeta", "alpha", "mid" }, slugs);
    }

    [Fact]
    public void SiteLevelDiagnosticsGoToTheTopLevelList()
    {
        var siteBag = new DiagnosticBag();
        siteBag.Warning(DiagnosticCodes.SiteConfigNotFound, null, null, "no config found");

        var node = JsonNode.Parse(WriteDocument(Array.Empty<Publication>(), siteBag))!;

        var d = Assert.Single(node["diagnostics"]!.AsArray());
        Assert.Equal("MIG107", (string?)d!["code"]);
        Assert.Equal("warning", (string?)d["severity"]);
        Assert.Null(d["path"]);
    }

    [Fact]
    public void APublicationWithAnErrorNamesItAsSkipReason()
    {
        var node = JsonNode.Parse(WriteDocument(new[] { SamplePublications.Minimal(), SamplePublications.Rich() }))!;

        Assert.Equal("MIG202: mapping values are not allowed here", (string?)node["publications"]![0]!["skipReason"]);
        Assert.Null(node["publications"]![1]!["skipReason"]);
        Assert.Null(node["publications"]![0]!["frontMatter"]);
        Assert.Null(node["publications"]![0]!["hugo"]);
    }

    [Fact]
    public void EachPublicationObjectIsWhatInspectPrints()
    {
        var publication = SamplePublications.Rich();
        var node = JsonNode.Parse(WriteDocument(new[] { publication }))!;

        var inspected = JsonNode.Parse(PublicationJson.ToJsonText(publication));

        Assert.True(JsonNode.DeepEquals(node["publications"]![0], inspected));
    }

    [Fact]
    public void TheFrontMatterInTheDocumentReadsBackToTheSameTree()
    {
        var node = JsonNode.Parse(WriteDocument(new[] { SamplePublications.Rich() }))!;

        var back = FrontMatterJson.FromJson(node["publications"]![0]!["frontMatter"]!);

        FrontMatterTreeComparer.AssertEqual(SampleTrees.Rich(), back);
    }

    [Fact]
    public void BodyBomAndNewlineAreCarriedExactly()
    {
        var p = JsonNode.Parse(WriteDocument(new[] { SamplePublications.Rich() }))!["publications"]![0]!;

        Assert.Equal("Some **body** text.\r\n\r\n{{< cite page=\"x\" >}}\r\n", (string?)p["body"]);
        Assert.True((bool)p["hadBom"]!);
        Assert.Equal("\r\n", (string?)p["newline"]);
    }

    [Fact]
    public void DatesAreWrittenAsRfc3339WithTheirFlags()
    {
        var typed = JsonNode.Parse(WriteDocument(new[] { SamplePublications.Rich() }))!["publications"]![0]!["publication"]!;

        Assert.Equal("2020-08-10T00:00:00Z", (string?)typed["date"]!["value"]);
        Assert.Equal("2020-08-10", (string?)typed["date"]!["calendarDay"]);
        Assert.False((bool)typed["date"]!["hasTime"]!);
        Assert.Equal("2021-01-02T03:04:05.5+02:00", (string?)typed["publishDate"]!["value"]);
        Assert.True((bool)typed["publishDate"]!["hasOffset"]!);
        Assert.Null(typed["lastmod"]!["value"]);
        Assert.Equal("not a date", (string?)typed["lastmod"]!["raw"]);
        Assert.Null(typed["expiryDate"]);
    }

    [Theory]
    [InlineData(2020, 8, 10, 0, 0, 0, 0, 0, "2020-08-10T00:00:00Z")]
    [InlineData(2020, 8, 10, 13, 5, 9, 0, -300, "2020-08-10T13:05:09-05:00")]
    [InlineData(1999, 12, 31, 23, 59, 59, 250, 330, "1999-12-31T23:59:59.25+05:30")]
    public void Rfc3339MatchesHugosLayout(int y, int mo, int d, int h, int mi, int s, int ms, int offsetMinutes, string expected)
    {
        var value = new DateTimeOffset(y, mo, d, h, mi, s, ms, TimeSpan.FromMinutes(offsetMinutes));

        Assert.Equal(expected, PublicationJson.Rfc3339(value));
    }

    [Fact]
    public void HugoViewCarriesUrlAndParams()
    {
        var hugo = JsonNode.Parse(WriteDocument(new[] { SamplePublications.Rich() }))!["publications"]![0]!["hugo"]!;

        Assert.Equal("/publication/quill-2020/", (string?)hugo["url"]);
        Assert.Equal("0001-01-01T00:00:00Z", (string?)hugo["expiryDate"]);
        Assert.Equal("limnology", (string?)hugo["params"]!["tags"]![1]);
    }

    [Fact]
    public void NonAsciiTextIsWrittenReadably()
    {
        var text = WriteDocument(new[] { SamplePublications.Rich() });

        Assert.Contains("ünïcödé", text);
    }

    [Fact]
    public void ATreeTooDeepToSerialiseBecomesAnErrorNotACrash()
    {
        var p = new Publication { Source = SamplePublications.Source("deep"), FrontMatter = SampleTrees.Nested(FrontMatterJson.MaxDepth + 1) };
        var writer = new JsonSiteWriter();
        var bag = new DiagnosticBag();

        writer.Write(p, bag);
        var text = Encoding.UTF8.GetString(writer.Complete(SamplePublications.Site(), new DiagnosticBag()).Single().Content!);

        Assert.Equal(DiagnosticCodes.InternalError, Assert.Single(bag.Items).Code);
        var entry = JsonNode.Parse(text)!["publications"]![0]!;
        Assert.StartsWith("MIG009", (string?)entry["skipReason"]);
        PublicationsSchema.AssertValid(text);
    }

    [Fact]
    public void ThePlannedFileNamesEveryPublicationAsASource()
    {
        var writer = new JsonSiteWriter();
        writer.Write(SamplePublications.Rich("a"), new DiagnosticBag());
        writer.Write(SamplePublications.Rich("b"), new DiagnosticBag());

        var file = writer.Complete(SamplePublications.Site(), new DiagnosticBag()).Single();

        Assert.Equal(new[] { "content/publication/a/index.md", "content/publication/b/index.md" }, file.Sources);
    }

    [Fact]
    public void NodeStylesUseTheDocumentedNames()
    {
        var entries = FrontMatterJson.ToJson(SampleTrees.Rich())["entries"]!.AsArray();
        string? StyleOf(string key) => (string?)entries.Single(e => (string?)e!["key"] == key)!["value"]!["style"];

        Assert.Equal("literal", StyleOf("abstract"));
        Assert.Equal("folded", StyleOf("summary"));
        Assert.Equal("multiLineDoubleQuoted", StyleOf("toml_ml"));
        Assert.Equal("flow", StyleOf("tags"));
        Assert.Equal("tomlTableArray", StyleOf("links"));
        Assert.Equal("tomlTable", StyleOf("params"));
        Assert.Equal("localDateTime", (string?)entries.Single(e => (string?)e!["key"] == "local_dt")!["value"]!["kind"]);
        Assert.Equal("alias", (string?)entries.Single(e => (string?)e!["key"] == "image_again")!["value"]!["type"]);
        Assert.Equal(ScalarKind.Null, FrontMatterJson.FromJson(FrontMatterJson.ToJson(SampleTrees.Rich())).Root.Get("empty") is FrontMatterScalar s ? s.Kind : ScalarKind.String);
    }
}
