using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrate.Core.Conversion;
using Migrate.Core.Diagnostics;
using Migrate.Core.Reading.FrontMatter;
using Migrate.Core.Writing.Json;
using Migrate.Tests.Fixtures;
using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Golden;

/// <summary>
/// Per fixture site: the JSON writer's <c>publications.json</c> equals its reviewed golden file, validates against
/// the schema, and holds enough to rebuild every source front matter — keys, values, comments and order — which is
/// checked against a fresh parse of the source file and against the source text's own comment lines.
/// </summary>
public sealed class JsonGoldenTests
{
    public static TheoryData<string> Sites()
    {
        var data = new TheoryData<string> { "example-site" };
        foreach (var name in TestData.SiteCases)
        {
            data.Add("sites/" + name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void PublicationsJsonMatchesItsReviewedGoldenFile(string site)
    {
        if (site == "sites/bad-input")
        {
            // Its 200-deep pages make an indented golden of several MB; BadInputTests pins its diagnostics instead,
            // and the schema and rebuild tests below still cover it.
            return;
        }
        var json = Convert(site);
        GoldenFile.AssertMatches(Path.Combine(TestData.Root, "golden", "json", site.Replace("sites/", ""), "publications.json"), json);
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void PublicationsJsonValidatesAgainstTheSchema(string site) => PublicationsSchema.AssertValid(Convert(site));

    [Theory]
    [MemberData(nameof(Sites))]
    public void EveryFrontMatterCanBeRebuiltFromTheJson(string site)
    {
        var root = JsonNode.Parse(Convert(site), documentOptions: new JsonDocumentOptions { MaxDepth = 1000 })!;
        var siteRoot = Path.Combine(TestData.Root, site);
        var checkedPages = 0;
        foreach (var publication in root["publications"]!.AsArray())
        {
            var sitePath = publication!["source"]!["sitePath"]!.GetValue<string>();
            var frontMatter = publication["frontMatter"];
            var text = ReadSource(Path.Combine(siteRoot, sitePath));
            var split = text is null ? null : FrontMatterSplitter.Split(text);
            var fresh = split is { Format: { } format, Error: null }
                ? FrontMatterParser.Parse(format, split.Content, sitePath, split.ContentFirstLine, new DiagnosticBag())
                : null;
            if (fresh is null)
            {
                // A file that cannot be read or parsed has no tree to rebuild; the JSON must say so, not invent one.
                Assert.True(frontMatter is null, $"{sitePath}: unreadable source but the JSON has a front matter");
                continue;
            }
            Assert.True(frontMatter is not null, $"{sitePath}: the JSON lost the front matter");
            var rebuilt = FrontMatterJson.FromJson(frontMatter!);
            FrontMatterTreeComparer.AssertEqual(fresh, rebuilt);

            // Independent of both parsers: every comment line of the source front matter occurs in the JSON.
            var jsonText = frontMatter!.ToJsonString();
            foreach (var comment in SourceCommentLines(split!.Content))
            {
                Assert.True(jsonText.Contains(JsonSerializer.Serialize(comment)[1..^1], StringComparison.Ordinal),
                    $"{sitePath}: comment not in the JSON: {comment}");
            }
            checkedPages++;
        }
        Assert.True(checkedPages > 0, $"{site}: no front matter was checked");
    }

    private static string Convert(string site)
    {
        using var temp = new TempDirectory();
        var result = ConversionPipeline.Run(
            new ConversionRequest(Path.Combine(TestData.Root, site), "json", Path.Combine(temp.Path, "out"), Array.Empty<string>()));
        var file = Assert.Single(result.Plan.Files, f => f.RelativePath == "publications.json");
        return Encoding.UTF8.GetString(file.Content!);
    }

    private static string? ReadSource(string path)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    // Whole-line comments of YAML/TOML front matter, found by text alone (a line whose first non-blank character is
    // '#'); '#' inside a quoted or block value on its own line would be a false positive, which the fixtures avoid.
    private static IEnumerable<string> SourceCommentLines(string frontMatter) =>
        frontMatter.Split('\n')
            .Select(l => l.TrimEnd('\r').TrimStart(' ', '\t'))
            .Where(l => l.StartsWith('#'));
}
