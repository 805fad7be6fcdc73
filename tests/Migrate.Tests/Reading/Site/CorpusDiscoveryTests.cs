using Migrate.Core.Diagnostics;
using Migrate.Core.Reading.Site;
using Xunit.Abstractions;

namespace Migrate.Tests.Reading.Site;

/// <summary>Runs discovery over every site of the shared real-site corpus (read-only, never copied).</summary>
public sealed class CorpusDiscoveryTests(ITestOutputHelper output)
{
    internal static string CorpusRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Migrate.sln")))
            {
                var sibling = Path.GetFullPath(Path.Combine(d.FullName, "..", "shared", "corpus"));
                if (Directory.Exists(sibling))
                {
                    return sibling;
                }
                break;
            }
        }
        const string fallback = "/work/shared/corpus";
        Assert.True(Directory.Exists(fallback), "the shared corpus is missing: expected ../shared/corpus next to the repository or /work/shared/corpus");
        return fallback;
    }

    /// <summary>The site root of a corpus folder: official versions keep theirs under exampleSite/, starters/, templates/.</summary>
    internal static string SiteRootOf(string corpusFolder)
    {
        foreach (var sub in new[] { "exampleSite", "starters", "templates" })
        {
            var dir = Path.Combine(corpusFolder, sub);
            if (Directory.Exists(dir))
            {
                return sub == "exampleSite" ? dir : Directory.GetDirectories(dir).Single();
            }
        }
        return corpusFolder;
    }

    /// <summary>
    /// Publication counts per section root from each SOURCE.md ("Publications per root"), which the corpus builders
    /// counted with their own tools, not with this code. Paths are relative to the corpus folder.
    /// </summary>
    internal static Dictionary<string, int> ExpectedPerRoot(string corpusFolder)
    {
        var text = File.ReadAllText(Path.Combine(corpusFolder, "SOURCE.md"));
        var line = text.Split('\n').Single(l => l.StartsWith("- Publications per root:", StringComparison.Ordinal));
        return System.Text.RegularExpressions.Regex.Matches(line, @"`([^`]+)` (\d+)")
            .ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value), StringComparer.Ordinal);
    }

    public static TheoryData<string> Sites()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(CorpusRoot()).OrderBy(d => d, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void LoadingACorpusSiteFindsItsPublicationsWithoutThrowing(string site)
    {
        var folder = Path.Combine(CorpusRoot(), site);
        var bag = new DiagnosticBag();
        var result = SiteLoader.Load(SiteRootOf(folder), null, bag, new FakeAuthorProfileReader());
        foreach (var d in bag.Items.Where(d => d.Severity != DiagnosticSeverity.Info))
        {
            output.WriteLine(d.ToString());
        }
        output.WriteLine($"{result.Publications.Count} publications, {result.Site.AuthorsBySlug.Count} profiles, languages {string.Join(",", result.Site.Config.Languages.Select(l => l.Code + ":" + string.Join("+", l.ContentDirs)))}");
        Assert.NotEmpty(result.Publications);
        Assert.DoesNotContain(bag.Items, d => d.Severity == DiagnosticSeverity.Error);
        // Every root's count matches, except a root that discovery itself reports as a language Hugo does not build
        // (jaspershen__shen: content/zh, which Hugo 0.111 builds only as an ordinary section "zh" — checked on a copy).
        var actual = result.Publications
            .Select(p => Path.GetRelativePath(folder, p.FullPath).Replace('\\', '/'))
            .GroupBy(rel => ExpectedPerRoot(folder).Keys.Where(r => rel.StartsWith(r, StringComparison.Ordinal)).MaxBy(r => r.Length) ?? "(none)")
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var (root, count) in ExpectedPerRoot(folder))
        {
            var notBuilt = bag.Items.Any(d => d.Code == DiagnosticCodes.LanguageNotBuilt
                && (root.StartsWith(d.Path + "/", StringComparison.Ordinal) || root.Contains("/" + d.Path + "/", StringComparison.Ordinal)));
            // A section folder holding index.md is one widget page outside the section (uncbiag's
            // content/publications/index.md): Hugo lists no publication there, and discovery says why.
            var sectionIsAPage = bag.Items.Any(d => d.Code == DiagnosticCodes.SkippedListPage
                && d.Path is { } p && p.StartsWith(root, StringComparison.Ordinal));
            Assert.Equal(notBuilt || sectionIsAPage ? 0 : count, actual.GetValueOrDefault(root));
        }
        Assert.False(actual.ContainsKey("(none)"), "a publication outside the roots SOURCE.md names");
        Assert.Equal(result.Publications.Select(p => p.SitePath).Order(StringComparer.Ordinal), result.Publications.Select(p => p.SitePath));
    }
}
