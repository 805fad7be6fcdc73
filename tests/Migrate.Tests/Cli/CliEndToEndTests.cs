using System.Text.Json.Nodes;
using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Cli;

/// <summary>
/// The CLI with the real readers on small sites written here (invented content). These depend on every reading
/// stage; they only pass once all work streams are merged.
/// </summary>
public sealed class CliEndToEndTests
{
    private static TempDirectory TinySite(out string site)
    {
        var temp = new TempDirectory();
        site = Path.Combine(temp.Path, "tiny-lab");
        temp.WriteFile("tiny-lab/config.yaml", "title: Tiny Lab\nbaseURL: https://example.invalid/\n");
        temp.WriteFile("tiny-lab/content/publication/alpha-2020/index.md",
            "---\n"
            + "# A leading comment\n"
            + "title: \"Counting Pebbles on Windy Beaches\"\n"
            + "authors:\n"
            + "  - Ada Quill\n"
            + "  - Bo Tern\n"
            + "date: 2020-08-10\n"
            + "publication_types: [\"2\"]\n"
            + "publication: \"*Journal of Invented Results*\"\n"
            + "doi: 10.1234/abc.5678\n"
            + "tags: [pebbles] # one tag\n"
            + "---\n"
            + "Body text.\n");
        temp.WriteFile("tiny-lab/content/publication/alpha-2020/cite.bib", "@article{quill2020,\n  title={Counting Pebbles}\n}\n");
        temp.WriteFile("tiny-lab/content/publication/beta-2019.md",
            "+++\n"
            + "title = \"Wind Without Weather\"\n"
            + "date = 2019-03-04T05:06:07+01:00\n"
            + "+++\n"
            + "Second body.\n");
        return temp;
    }

    [Fact]
    public void ConvertEndToEndWritesASchemaValidDocumentForATinySite()
    {
        using var temp = TinySite(out var site);
        var output = Path.Combine(temp.Path, "out");

        var r = CliRunner.Run("convert", site, "--to", "json", "--out", output);

        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Equal("migrate: 2 publications, 0 errors, 0 warnings", r.ErrorLines[^1]);
        var text = File.ReadAllText(Path.Combine(output, "publications.json"));
        PublicationsSchema.AssertValid(text);
        var doc = JsonNode.Parse(text)!;
        Assert.Equal("tiny-lab", (string?)doc["site"]!["root"]);
        var publications = doc["publications"]!.AsArray();
        Assert.Equal(2, publications.Count);

        var alpha = publications[0]!;
        Assert.Equal("alpha-2020", (string?)alpha["source"]!["slug"]);
        Assert.Equal("leafBundle", (string?)alpha["source"]!["kind"]);
        Assert.Equal("Counting Pebbles on Windy Beaches", (string?)alpha["publication"]!["title"]);
        Assert.Equal("10.1234/abc.5678", (string?)alpha["publication"]!["doi"]);
        // Hugo reads a bare YAML date in the default time zone, UTC.
        Assert.Equal("2020-08-10T00:00:00Z", (string?)alpha["hugo"]!["date"]);
        Assert.Equal("Body text.\n", (string?)alpha["body"]);
        Assert.NotNull((string?)alpha["citeBib"]);
        var entries = alpha["frontMatter"]!["entries"]!.AsArray();
        Assert.Equal("# A leading comment", (string?)entries[0]!["leadingComments"]![0]!["text"]);
        Assert.Equal("# one tag", (string?)entries.Single(e => (string?)e!["key"] == "tags")!["trailingComment"]!["text"]);

        var beta = publications[1]!;
        Assert.Equal("singleFile", (string?)beta["source"]!["kind"]);
        Assert.Equal("toml", (string?)beta["frontMatter"]!["format"]);
        Assert.Equal("2019-03-04T05:06:07+01:00", (string?)beta["hugo"]!["date"]);
    }

    [Fact]
    public void ConvertEndToEndTwiceGivesIdenticalBytes()
    {
        using var temp = TinySite(out var site);

        CliRunner.Run("convert", site, "--to", "json", "--out", Path.Combine(temp.Path, "out1"));
        CliRunner.Run("convert", site, "--to", "json", "--out", Path.Combine(temp.Path, "out2"));

        Assert.Equal(
            File.ReadAllBytes(Path.Combine(temp.Path, "out1", "publications.json")),
            File.ReadAllBytes(Path.Combine(temp.Path, "out2", "publications.json")));
    }

    [Fact]
    public void InspectEndToEndPrintsOneBundleAsJson()
    {
        using var temp = TinySite(out var site);

        var r = CliRunner.Run("inspect", Path.Combine(site, "content", "publication", "alpha-2020"));

        Assert.True(r.ExitCode == 0, r.Error);
        var node = JsonNode.Parse(r.Out)!;
        Assert.Equal("Counting Pebbles on Windy Beaches", (string?)node["publication"]!["title"]);
    }

    [Fact]
    public void ConvertEndToEndOnTheShippedExampleSiteProducesASchemaValidDocument()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "out");

        var r = CliRunner.Run("convert", RepositoryFiles.PathOf("testdata/example-site"), "--to", "json", "--out", output);

        Assert.True(r.ExitCode is 0 or 2, r.Error);
        Assert.StartsWith("migrate: ", r.ErrorLines[^1]);
        var text = File.ReadAllText(Path.Combine(output, "publications.json"));
        PublicationsSchema.AssertValid(text);
        Assert.NotEmpty(JsonNode.Parse(text)!["publications"]!.AsArray());
    }
}
