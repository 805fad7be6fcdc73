using System.Text;
using Migrate.Core.Conversion;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Planning;
using Migrate.Tests.Fixtures;
using Xunit.Abstractions;

using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Writing.Jekyll;

/// <summary>
/// The Jekyll writer on every fixture site, end to end, per flavour: golden files (testdata/golden/jekyll-FLAVOR/&lt;case&gt;/;
/// rewrite them with MIGRATE_ACCEPT=1 and read the diff), a real Jekyll 4.3 build with strict Liquid in which every
/// publication shows up at Hugo's URL with its title, and (plain) comment fidelity.
/// </summary>
public class JekyllFixtureTests
{
    private readonly ITestOutputHelper _output;

    public JekyllFixtureTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in TestData.SiteCases)
        {
            data.Add("plain", c);
        }
        foreach (var c in new[] { "blox-2024-csl", "v2-toml-single-files", "v4-yaml-comments", "wowchemy-v5", "json-front-matter", "odd-dates" })
        {
            data.Add("academicpages", c);
        }
        foreach (var c in AlFolioFixtureTests.GoldenCases)
        {
            data.Add("al-folio", c);
        }
        return data;
    }

    private static OutputPlan Convert(string flavor, string caseName) =>
        ConversionPipeline.Run(new ConversionRequest(TestData.Site(caseName), "jekyll", null, Array.Empty<string>()) { Flavor = flavor }).Plan;

    private static SortedDictionary<string, string> GoldenView(string caseName, OutputPlan plan)
    {
        var site = TestData.Site(caseName);
        var view = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var copies = new StringBuilder();
        foreach (var f in plan.Files)
        {
            if (f.Content is not null)
            {
                view[f.RelativePath] = Encoding.UTF8.GetString(f.Content);
            }
            else
            {
                copies.Append(f.RelativePath).Append(" <- ").Append(Path.GetRelativePath(site, f.CopyFrom!).Replace('\\', '/')).Append('\n');
            }
        }
        view["copies.txt"] = copies.ToString();
        // The writer's own diagnostics (MIG4xx resources, MIG5xx target); the readers' are tested elsewhere.
        view["diagnostics.txt"] = string.Concat(plan.Diagnostics
            .Where(d => d.Code.StartsWith("MIG5", StringComparison.Ordinal) || d.Code.StartsWith("MIG40", StringComparison.Ordinal) && d.Code != DiagnosticCodes.NonPortableFileName)
            .Select(d => d + "\n"));
        return view;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_output_matches_the_golden_files(string flavor, string caseName)
    {
        var view = GoldenView(caseName, Convert(flavor, caseName));
        var golden = Path.Combine(TestData.Root, "golden", "jekyll-" + flavor, caseName);
        if (Environment.GetEnvironmentVariable("MIGRATE_ACCEPT") == "1")
        {
            if (Directory.Exists(golden))
            {
                Directory.Delete(golden, recursive: true);
            }
            foreach (var (path, text) in view)
            {
                var full = Path.Combine(golden, path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, new UTF8Encoding(false).GetBytes(text));
            }
            return;
        }
        Assert.True(Directory.Exists(golden), $"no golden files for {flavor}/{caseName}; run with MIGRATE_ACCEPT=1 and review them");
        var expected = Directory.GetFiles(golden, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(golden, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, view.Keys.ToList());
        foreach (var (path, text) in view)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(golden, path)), text);
        }
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("academicpages")]
    public void Real_Jekyll_builds_every_fixture_with_strict_Liquid_and_serves_each_page_at_Hugo_URL_with_its_title(string flavor)
    {
        var checkedPages = 0;
        foreach (var caseName in TestData.SiteCases)
        {
            using var site = new TempDirectory();
            var plan = Convert(flavor, caseName);
            foreach (var f in plan.Files)
            {
                if (f.Content is not null)
                {
                    site.Write(f.RelativePath, f.Content);
                }
                else
                {
                    site.Write(f.RelativePath, File.ReadAllBytes(f.CopyFrom!));
                }
            }
            site.Write("_config.yml", "liquid:\n  error_mode: strict\n  strict_filters: true\ntimezone: Pacific/Kiritimati\n");
            site.Write("_layouts/probe.html", "{{ page.title }}\n");
            site.Write("_config.probe.yml", "defaults:\n  - scope: {path: \"\"}\n    values: {layout: probe}\n");
            var (code, stdout, stderr) = RealJekyll.Run("jekyll", site.Path, null, "build", "--quiet", "-s", site.Path, "-d", site.Combine("_site"),
                "--config", "_config.yml,_config.publications.yml,_config.probe.yml");
            Assert.True(code == 0, $"{flavor}/{caseName}: jekyll build failed: {stdout}\n{stderr}");
            Assert.DoesNotContain("Liquid", stderr, StringComparison.Ordinal);

            foreach (var p in ConversionPipeline.Inspect(TestData.Site(caseName), Array.Empty<string>()).Publications)
            {
                if (p.FrontMatter is null || p.SkipReason is not null || p.HugoUrl is null || p.Title is null || p.Draft)
                {
                    continue;
                }
                var index = site.Combine("_site" + Uri.UnescapeDataString(p.HugoUrl) + (p.HugoUrl.EndsWith('/') ? "index.html" : ""));
                Assert.True(File.Exists(index), $"{flavor}/{caseName}: no page at {p.HugoUrl} for {p.Source.SitePath}");
                // The probe layout prints page.title unescaped, so the page shows exactly the title Hugo read.
                Assert.Equal(p.Title.Trim(), File.ReadAllText(index).Trim());
                checkedPages++;
            }
        }
        _output.WriteLine($"{checkedPages} pages checked");
        Assert.True(checkedPages > 20, $"only {checkedPages} pages checked");
    }

    [Fact]
    public void Every_comment_of_every_fixture_front_matter_is_in_its_plain_Jekyll_document()
    {
        var (total, missing) = CommentFidelity(TestData.SiteCases.Select(TestData.Site));
        _output.WriteLine($"{total - missing.Count}/{total} comments carried");
        Assert.Empty(missing);
        Assert.True(total > 100, $"only {total} comments in the fixtures: the fidelity check would prove little");
    }

    [Fact]
    public void Every_comment_of_every_corpus_front_matter_is_in_its_plain_Jekyll_document()
    {
        var corpus = Reading.Site.CorpusDiscoveryTests.CorpusRoot();
        var sites = Directory.GetDirectories(corpus).Order(StringComparer.Ordinal).Select(Reading.Site.CorpusDiscoveryTests.SiteRootOf);
        var (total, missing) = CommentFidelity(sites);
        _output.WriteLine($"corpus: {total - missing.Count}/{total} source comment lines carried");
        foreach (var m in missing.Take(20))
        {
            _output.WriteLine("missing: " + m);
        }
        Assert.Empty(missing);
        Assert.True(total > 1000, $"only {total} comments in the corpus: expected the whole corpus");
    }

    /// <summary>Source comment lines of every readable publication, and those not found in its plain Jekyll front matter.</summary>
    private static (int Total, List<string> Missing) CommentFidelity(IEnumerable<string> siteRoots)
    {
        var total = 0;
        var missing = new List<string>();
        foreach (var site in siteRoots)
        {
            var caseName = Path.GetFileName(site);
            var docs = ConversionPipeline.Run(new ConversionRequest(site, "jekyll", null, Array.Empty<string>()) { Flavor = "plain" }).Plan.Files
                .Where(f => f.Content is not null && f.RelativePath.StartsWith("_publications/", StringComparison.Ordinal))
                .ToDictionary(f => f.Sources.FirstOrDefault() ?? "", f => Encoding.UTF8.GetString(f.Content!));
            foreach (var p in ConversionPipeline.Inspect(site, Array.Empty<string>()).Publications)
            {
                if (p.FrontMatter is null || p.SkipReason is not null || p.Diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error))
                {
                    continue;
                }
                Assert.True(docs.TryGetValue(p.Source.FullPath, out var doc), $"{caseName}: no Jekyll document for {p.Source.SitePath}");
                var front = doc![..doc.IndexOf("\n---", 3, StringComparison.Ordinal)];
                foreach (var c in FrontMatterComments.All(p.FrontMatter).Select(c => c.Text))
                {
                    total++;
                    // The text after '#' is kept; the spacing right after '#' may differ (README "Jekyll output").
                    if (!front.Contains(c.TrimStart('#').Trim(), StringComparison.Ordinal))
                    {
                        missing.Add($"{caseName}/{p.Source.SitePath}: {c}");
                    }
                }
            }
        }
        return (total, missing);
    }
}
