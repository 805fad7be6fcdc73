using System.Text;
using Migrate.Core.Conversion;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Planning;
using Migrate.Tests.Fixtures;
using Xunit.Abstractions;

using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Writing.Zola;

/// <summary>
/// The Zola writer on every fixture site, end to end: golden files (testdata/golden/zola/&lt;case&gt;/; rewrite them
/// with MIGRATE_ACCEPT=1 and read the diff), Zola's rules (zola-check.py: no error, no silently ignored key),
/// TOML 1.0 (tomllib) and comment fidelity.
/// </summary>
public class ZolaFixtureTests
{
    private readonly ITestOutputHelper _output;

    public ZolaFixtureTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in TestData.SiteCases)
        {
            data.Add(c);
        }
        return data;
    }

    private static string GoldenRoot => Path.Combine(TestData.Root, "golden", "zola");

    private static OutputPlan Convert(string caseName) =>
        ConversionPipeline.Run(new ConversionRequest(TestData.Site(caseName), "zola", null, Array.Empty<string>())).Plan;

    /// <summary>What a golden folder holds for a plan: every text file but the (shared) templates, the copy list, the writer's diagnostics.</summary>
    private static SortedDictionary<string, string> GoldenView(string caseName, OutputPlan plan)
    {
        var site = TestData.Site(caseName);
        var view = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var copies = new StringBuilder();
        foreach (var f in plan.Files)
        {
            if (f.RelativePath.StartsWith("templates/", StringComparison.Ordinal))
            {
                continue;
            }
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
        // Only the writer's own diagnostics (MIG5xx, and the bundle-file ones of the shared resource rule it runs:
        // MIG400 not copied, MIG401 renamed, MIG404 collision): the readers' are tested elsewhere.
        view["diagnostics.txt"] = string.Concat(plan.Diagnostics
            .Where(d => d.Code.StartsWith("MIG5", StringComparison.Ordinal)
                || d.Code is DiagnosticCodes.JunkResource or DiagnosticCodes.NonPortableFileName or DiagnosticCodes.ResourceNameCollision)
            .Select(d => d + "\n"));
        return view;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheOutputMatchesTheGoldenFiles(string caseName)
    {
        var view = GoldenView(caseName, Convert(caseName));
        var golden = Path.Combine(GoldenRoot, caseName);
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

        Assert.True(Directory.Exists(golden), $"no golden files for {caseName}; run with MIGRATE_ACCEPT=1 and review them");
        var expected = Directory.GetFiles(golden, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(golden, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, view.Keys.ToList());
        foreach (var (path, text) in view)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(golden, path)), text);
        }
    }

    [Fact]
    public void EveryFixtureOutputPassesZolasRulesAndParsesAsToml10()
    {
        using var temp = new TempDirectory();
        var frontMatters = new List<string>();
        var failures = new List<string>();
        foreach (var caseName in TestData.SiteCases)
        {
            var plan = Convert(caseName);
            var root = Path.Combine(temp.Path, caseName);
            foreach (var f in plan.Files)
            {
                var full = Path.Combine(root, f.RelativePath.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                if (f.Content is not null)
                {
                    File.WriteAllBytes(full, f.Content);
                    if (f.RelativePath.EndsWith(".md", StringComparison.Ordinal))
                    {
                        frontMatters.Add(TomlLib.FrontMatter(Encoding.UTF8.GetString(f.Content)));
                    }
                    else if (f.RelativePath.EndsWith(".toml", StringComparison.Ordinal))
                    {
                        frontMatters.Add(Encoding.UTF8.GetString(f.Content));
                    }
                }
                else
                {
                    File.Copy(f.CopyFrom!, full);
                }
            }
            var (exit, output) = ZolaCheck.Run(Path.Combine(root, "content"));
            _output.WriteLine($"{caseName}: {output.Trim().Split('\n')[^1]}");
            if (exit != 0 || output.Contains("silently ignored", StringComparison.Ordinal))
            {
                failures.Add($"{caseName} (exit {exit}):\n{output}");
            }
        }

        Assert.Empty(failures);
        Assert.Equal(frontMatters.Count, TomlLib.ParseAll(frontMatters).Count);
    }

    [Fact]
    public void EveryCommentOfEveryFixtureFrontMatterIsInItsZolaPage()
    {
        var total = 0;
        var missing = new List<string>();
        foreach (var caseName in TestData.SiteCases)
        {
            var site = TestData.Site(caseName);
            var pages = Convert(caseName).Files
                .Where(f => f.Content is not null && f.RelativePath.EndsWith(".md", StringComparison.Ordinal))
                .Select(f => TomlLib.FrontMatter(Encoding.UTF8.GetString(f.Content!))).ToList();
            foreach (var p in ConversionPipeline.Inspect(site, Array.Empty<string>()).Publications)
            {
                if (p.FrontMatter is null || p.SkipReason is not null || p.Diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error))
                {
                    continue;
                }
                var page = pages.SingleOrDefault(fm => fm.Contains($"source = \"{p.Source.SitePath}\"", StringComparison.Ordinal));
                Assert.True(page is not null, $"{caseName}: no Zola page for {p.Source.SitePath}");
                foreach (var c in FrontMatterComments.All(p.FrontMatter).Select(c => c.Text))
                {
                    total++;
                    if (!page!.Contains(c, StringComparison.Ordinal))
                    {
                        missing.Add($"{caseName}/{p.Source.SitePath}: {c}");
                    }
                }
            }
        }
        _output.WriteLine($"{total - missing.Count}/{total} comments carried");
        Assert.Empty(missing);
        Assert.True(total > 100, $"only {total} comments in the fixtures: the fidelity check would prove little");
    }

    [Fact]
    public void EveryTopLevelSourceKeyIsAccountedForInItsZolaPage()
    {
        // Zola silently drops unknown page keys, so each source key must land in [extra], in a Zola field or
        // taxonomy (recorded in extra.migrate.source_keys), in extra.migrate.null_keys, or (a duplicate Hugo
        // ignores) in a comment naming it.
        var checkedKeys = 0;
        var lost = new List<string>();
        foreach (var caseName in TestData.SiteCases)
        {
            var site = TestData.Site(caseName);
            var pages = Convert(caseName).Files
                .Where(f => f.Content is not null && f.RelativePath.EndsWith(".md", StringComparison.Ordinal) && !f.RelativePath.Contains("/_index", StringComparison.Ordinal))
                .Select(f => TomlLib.FrontMatter(Encoding.UTF8.GetString(f.Content!))).ToList();
            var parsed = TomlLib.ParseAll(pages);
            foreach (var p in ConversionPipeline.Inspect(site, Array.Empty<string>()).Publications)
            {
                if (p.FrontMatter is null || p.SkipReason is not null || p.Diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error))
                {
                    continue;
                }
                var i = pages.FindIndex(fm => fm.Contains($"source = \"{p.Source.SitePath}\"", StringComparison.Ordinal));
                Assert.True(i >= 0, $"{caseName}: no Zola page for {p.Source.SitePath}");
                var extra = parsed[i]["extra"]!.AsObject();
                var migrate = extra["migrate"]!.AsObject();
                var sourceKeys = (migrate["source_keys"]?.AsObject() ?? new System.Text.Json.Nodes.JsonObject()).Select(kv => (string?)kv.Value).ToHashSet();
                var nullKeys = (migrate["null_keys"]?.AsArray() ?? new System.Text.Json.Nodes.JsonArray()).Select(n => (string?)n).ToHashSet();
                foreach (var entry in p.FrontMatter.Root.Entries)
                {
                    checkedKeys++;
                    var found = extra.ContainsKey(entry.Key) || sourceKeys.Contains(entry.Key) || nullKeys.Contains(entry.Key)
                        || pages[i].Contains($"# duplicate key '{entry.Key}'", StringComparison.Ordinal);
                    if (!found)
                    {
                        lost.Add($"{caseName}/{p.Source.SitePath}: {entry.Key}");
                    }
                }
            }
        }
        _output.WriteLine($"{checkedKeys} top-level source keys checked");
        Assert.Empty(lost);
        Assert.True(checkedKeys > 200, $"only {checkedKeys} keys checked");
    }
}
