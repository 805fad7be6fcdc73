using System.Text;
using Migrate.Core.Conversion;
using Migrate.Core.Model.Publications;
using Migrate.Tests.Fixtures;
using Migrate.Tests.Planning;
using Xunit.Abstractions;

using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Writing.Jekyll;

/// <summary>
/// The al-folio flavour end to end: every fixture site's and every corpus site's <c>papers.bib</c> read by Debian's
/// python3-bibtexparser with zero failed blocks, unique keys and one entry per publication (list pages and drafts
/// left out), and every front-matter comment carried in an <c>@comment</c> block. Golden files are in
/// <see cref="JekyllFixtureTests"/> (testdata/golden/jekyll-al-folio/).
/// </summary>
public class AlFolioFixtureTests
{
    public static readonly string[] GoldenCases = ["authors-profiles", "blox-2024-csl", "junk-resources", "v2-toml-single-files", "v4-yaml-comments", "wowchemy-v5"];

    private readonly ITestOutputHelper _output;

    public AlFolioFixtureTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Every_fixture_papers_bib_parses_with_bibtexparser_with_one_entry_per_publication_and_every_comment()
    {
        var (entries, comments) = CheckSites(TestData.SiteCases.Select(TestData.Site).ToList());
        Assert.True(entries > 20, $"only {entries} entries in the fixtures");
        Assert.True(comments > 100, $"only {comments} comments in the fixtures");
    }

    [Fact]
    public void Every_corpus_papers_bib_parses_with_bibtexparser_with_one_entry_per_publication_and_every_comment()
    {
        var corpus = Reading.Site.CorpusDiscoveryTests.CorpusRoot();
        var sites = Directory.GetDirectories(corpus).Order(StringComparer.Ordinal).Select(Reading.Site.CorpusDiscoveryTests.SiteRootOf).ToList();
        var (entries, comments) = CheckSites(sites);
        Assert.True(entries > 500, $"only {entries} entries in the corpus: expected the whole corpus");
        Assert.True(comments > 1000, $"only {comments} comments in the corpus");
    }

    private (int Entries, int Comments) CheckSites(List<string> sites)
    {
        using var dir = new TempDirectory();
        var expected = new List<(string Site, string File, int Count)>();
        var missingComments = new List<string>();
        var totalComments = 0;
        foreach (var site in sites)
        {
            var name = Path.GetFileName(site.TrimEnd('/'));
            var plan = ConversionPipeline.Run(new ConversionRequest(site, "jekyll", null, Array.Empty<string>()) { Flavor = "al-folio" }).Plan;
            var bib = Encoding.UTF8.GetString(plan.Files.Single(f => f.RelativePath == "_bibliography/papers.bib").Content!);
            var file = dir.Combine(expected.Count + ".bib");
            dir.Write(expected.Count + ".bib", bib);
            var publications = ConversionPipeline.Inspect(site, Array.Empty<string>()).Publications
                .Where(p => p.FrontMatter is not null && p.SkipReason is null && !p.Draft).ToList();
            expected.Add((name, file, publications.Count));
            foreach (var p in publications)
            {
                foreach (var c in FrontMatterComments.All(p.FrontMatter!).Select(c => c.Text))
                {
                    totalComments++;
                    if (!Normalised(bib).Contains(Normalised(c), StringComparison.Ordinal))
                    {
                        missingComments.Add($"{name}/{p.Source.SitePath}: {c}");
                    }
                }
            }
        }
        var results = BibTexParserCheck.Check(expected.Select(e => e.File));
        var entries = 0;
        var failures = new List<string>();
        for (var i = 0; i < results.Count; i++)
        {
            var (site, _, count) = expected[i];
            var r = results[i];
            entries += r.Entries;
            if (r.Failed != 0 || !r.KeysUnique || r.Entries != count || r.Starts != count)
            {
                failures.Add($"{site}: {r.Entries} entries ({r.Starts} written) for {count} publications, {r.Failed} failed, unique keys {r.KeysUnique}; {string.Join("; ", r.Log)}");
            }
        }
        _output.WriteLine($"{sites.Count} sites, {entries} entries, {failures.Count} sites failing, {totalComments - missingComments.Count}/{totalComments} comments carried");
        foreach (var m in missingComments.Take(20))
        {
            _output.WriteLine("missing: " + m);
        }
        Assert.Empty(failures);
        Assert.Empty(missingComments);
        return (entries, totalComments);
    }

    /// <summary>A comment as the @comment block spells it: '@' as "(at)", braces possibly as parentheses, one line.</summary>
    private static string Normalised(string text) =>
        text.ReplaceLineEndings(" ").Replace("@", "(at)", StringComparison.Ordinal).Replace('{', '(').Replace('}', ')').Trim();
}
