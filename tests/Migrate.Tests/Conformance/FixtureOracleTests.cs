using System.Text.Json;
using System.Text.Json.Nodes;
using Migrate.Core.Conversion;
using Migrate.Core.Model.Publications;
using Migrate.Tests.Fixtures;

namespace Migrate.Tests.Conformance;

/// <summary>
/// The model agrees with real Hugo on every fixture page: each <c>testdata/**/hugo-oracle/*.json</c> was written by
/// Hugo 0.111.3 itself (<c>shared/oracles/hugo-params.sh</c>, see testdata/sites/README.md), so these tests hold the
/// reader to Hugo's behaviour without needing Hugo at test time. Compared per page: title, the four dates, draft,
/// every param, and the URL.
/// </summary>
public sealed class FixtureOracleTests
{
    private static readonly JsonSerializerOptions DeepJson = new() { MaxDepth = 4096 };

    public static TheoryData<string, string> OracleFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var site in Sites())
        {
            foreach (var file in Directory.GetFiles(Path.Combine(site, "hugo-oracle"), "*.json").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                // all-sections.json lists every section (incl. a widget page outside the publication sections) and the
                // bad-input oracles come from single-file builds; both are checked by their own tests.
                if (name == "all-sections" || Path.GetFileName(site) == "bad-input")
                {
                    continue;
                }
                data.Add(Path.GetRelativePath(TestData.Root, site).Replace('\\', '/'), name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(OracleFiles))]
    public void EveryPageAgreesWithWhatHugoRead(string site, string oracle)
    {
        var siteRoot = Path.Combine(TestData.Root, site);
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(siteRoot, "hugo-oracle", oracle + ".json")), documentOptions: new JsonDocumentOptions { MaxDepth = 4096 })!.AsArray();
        var inspect = ConversionPipeline.Inspect(siteRoot, ConversionPipeline.DefaultSections);
        // Oracle files are named after the language content root they were run on ("default" for a monolingual
        // tree). A site whose config builds one language gives its pages no language (null).
        var language = oracle == "default" ? null : oracle;
        var ours = inspect.Publications
            .Where(p => language is null || p.Source.Language == language || p.Source.Language is null)
            .ToDictionary(p => p.Source.ContentPath, StringComparer.Ordinal);

        var problems = new List<string>();
        foreach (var page in expected)
        {
            var path = page!["path"]!.GetValue<string>();
            if (!ours.Remove(path, out var publication))
            {
                problems.Add($"{path}: Hugo has this page, migrate does not");
                continue;
            }
            Compare(path, page.AsObject(), publication, problems);
        }
        var oracleSections = expected.Select(p => p!["section"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        foreach (var extra in ours.Values.Where(p => oracleSections.Contains(p.Source.Section) || expected.Count == 0))
        {
            problems.Add($"{extra.Source.ContentPath}: migrate has this page, Hugo does not");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static void Compare(string path, JsonObject page, Publication publication, List<string> problems)
    {
        var hugo = publication.Hugo;
        if (hugo is null)
        {
            problems.Add($"{path}: migrate could not read the page: {string.Join("; ", publication.Diagnostics)}");
            return;
        }
        void Field(string name, JsonNode? expected, JsonNode? actual)
        {
            if (HugoJsonEquality.FirstDifference(expected, actual, name) is { } d)
            {
                problems.Add($"{path}: {d}");
            }
        }
        Field("title", page["title"], JsonValue.Create(hugo.Title));
        Field("date", page["date"], JsonValue.Create(hugo.Date));
        Field("publishDate", page["publishDate"], JsonValue.Create(hugo.PublishDate));
        Field("lastmod", page["lastmod"], JsonValue.Create(hugo.Lastmod));
        Field("expiryDate", page["expiryDate"], JsonValue.Create(hugo.ExpiryDate));
        Field("draft", page["draft"], JsonValue.Create(hugo.Draft));
        Field("params", page["params"], JsonNode.Parse(hugo.Params.ToJsonString(DeepJson), documentOptions: new JsonDocumentOptions { MaxDepth = 4096 }));
        Field("relPermalink", page["relPermalink"], JsonValue.Create(MonolingualUrl(publication)));
    }

    // The oracle builds each language's content root as a monolingual site (it never reads the fixture's config),
    // so Hugo's /<lang>/ prefix for a non-default language is absent there; compare without it.
    private static string? MonolingualUrl(Publication publication)
    {
        var url = publication.HugoUrl;
        var prefix = "/" + publication.Source.Language + "/";
        return publication.Source.Language is not null && url is not null && url.StartsWith(prefix, StringComparison.Ordinal)
            ? url[(prefix.Length - 1)..]
            : url;
    }

    private static IEnumerable<string> Sites()
    {
        yield return TestData.ExampleSite;
        foreach (var name in TestData.SiteCases)
        {
            if (Directory.Exists(Path.Combine(TestData.Site(name), "hugo-oracle")))
            {
                yield return TestData.Site(name);
            }
        }
    }
}
