using System.Text;
using System.Text.Json;

namespace Migrate.Tests.Fixtures;

/// <summary>
/// Keeps the fixture tree honest: every case is documented, every buildable case has Hugo oracle truth whose pages
/// exist on disk, and the byte-level fixtures (CRLF, BOM) were not normalised by git.
/// </summary>
public sealed class FixtureInventoryTests
{
    private const string BadInput = "bad-input";

    // The cases the fixture brief requires; more may be added, none may disappear.
    private static readonly string[] RequiredCases =
    [
        "v2-toml-single-files", "v3-toml-bundles", "v4-yaml-comments", "wowchemy-v5", "blox-2024-csl", "kit-2026", "body-links",
        "json-front-matter", "crlf", "bom", "duplicate-keys", "odd-dates", "authors-profiles",
        "multilingual-contentdir", "multilingual-mounts", "unconfigured-language", "nested-sections",
        "junk-resources", BadInput,
    ];

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in TestData.SiteCases)
        {
            data.Add(name);
        }

        return data;
    }

    public static TheoryData<string> OracleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestData.Root, "*.json", SearchOption.AllDirectories)
                     .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "hugo-oracle")
                     .OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestData.Root, file));
        }

        return data;
    }

    [Fact]
    public void EveryRequiredCaseExists()
    {
        var missing = RequiredCases.Except(TestData.SiteCases, StringComparer.Ordinal).ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryCaseHasAReadmeAConfigAndContent(string caseName)
    {
        var site = TestData.Site(caseName);
        Assert.True(File.Exists(Path.Combine(site, "README.md")), $"{caseName}: README.md missing");
        Assert.True(Directory.Exists(Path.Combine(site, "content")), $"{caseName}: content/ missing");
        var hasConfig = File.Exists(Path.Combine(site, "config.toml"))
            || Directory.Exists(Path.Combine(site, "config", "_default"))
            || Directory.EnumerateFiles(site, "hugo.*").Any();
        Assert.True(hasConfig, $"{caseName}: no site config (config.toml, hugo.*, config/_default/)");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryCaseIsListedInTheSitesReadme(string caseName)
    {
        var index = File.ReadAllText(Path.Combine(TestData.SitesRoot, "README.md"));
        Assert.Contains($"[`{caseName}`]({caseName}/README.md)", index, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryCaseHasHugoOracleTruthOrAHugoReport(string caseName)
    {
        var site = TestData.Site(caseName);
        if (caseName == BadInput)
        {
            Assert.True(File.Exists(Path.Combine(site, "HUGO.md")), "bad-input: HUGO.md missing");
            return;
        }

        var oracleDir = Path.Combine(site, "hugo-oracle");
        Assert.True(Directory.Exists(oracleDir) && Directory.EnumerateFiles(oracleDir, "*.json").Any(),
            $"{caseName}: no hugo-oracle/*.json (run scripts/refresh-fixture-oracles.sh)");
    }

    [Fact]
    public void HugoReportCoversEveryBadInputFile()
    {
        var site = TestData.Site(BadInput);
        var report = File.ReadAllText(Path.Combine(site, "HUGO.md"));
        foreach (var dir in Directory.GetDirectories(Path.Combine(site, "content", "publication")))
        {
            Assert.Contains($"| `{Path.GetFileName(dir)}` |", report, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(OracleFiles))]
    public void EveryOraclePageNamesASourceFileThatExists(string oracleFile)
    {
        // oracleFile: <site>/hugo-oracle/<name>.json, relative to testdata/. Page paths are relative to the content
        // root the oracle ran on (content/, or content/<lang> for multilingual sites).
        var siteDir = Path.GetDirectoryName(Path.GetDirectoryName(Path.Combine(TestData.Root, oracleFile)))!;
        var contentRoots = new[] { "content" }
            .Concat(Directory.GetDirectories(Path.Combine(siteDir, "content")).Select(d => Path.GetRelativePath(siteDir, d)))
            .Select(r => Path.Combine(siteDir, r))
            .ToList();

        // bad-input's deep-nesting oracles hold 200-level params: above System.Text.Json's default depth of 64.
        var options = new JsonDocumentOptions { MaxDepth = 512 };
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(TestData.Root, oracleFile)), options);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        foreach (var page in json.RootElement.EnumerateArray())
        {
            var path = page.GetProperty("path").GetString();
            Assert.False(string.IsNullOrEmpty(path), $"{oracleFile}: a page without a path");
            Assert.True(contentRoots.Any(root => File.Exists(Path.Combine(root, path!))),
                $"{oracleFile}: page '{path}' not found under any content root");
        }
    }

    [Fact]
    public void CrlfFixturesStillHaveCrlfLineEndings()
    {
        var crlf = Path.Combine(TestData.Site("crlf"), "content", "publication");
        foreach (var file in Directory.EnumerateFiles(crlf, "*", SearchOption.AllDirectories))
        {
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            Assert.True(text.Contains("\r\n", StringComparison.Ordinal), $"{file}: lost its CRLF line endings");
            Assert.Equal(0, text.Replace("\r\n", "", StringComparison.Ordinal).Count(c => c == '\n'));
        }
    }

    [Fact]
    public void BomFixturesStillStartWithAByteOrderMark()
    {
        var bom = Path.Combine(TestData.Site("bom"), "content", "publication");
        foreach (var file in Directory.EnumerateFiles(bom, "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.True(bytes.Length > 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF,
                $"{file}: lost its UTF-8 BOM");
        }
    }
}
