using System.Text;
using System.Text.RegularExpressions;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;
using Migrate.Core.Reading.FrontMatter;
using Migrate.Core.Reading.Site;
using Migrate.Core.Transforms.Body;
using Migrate.Tests.Reading.Site;
using Migrate.Tests.TestSupport;
using Xunit.Abstractions;

namespace Migrate.Tests.Transforms.Body;

/// <summary>Converts every body of the shared real-site corpus (read-only, never copied) for every target.</summary>
public sealed class CorpusBodySweepTests(ITestOutputHelper output)
{
    private static readonly Regex AssetUrl = new(@"/assets/p/(?<n>[^""'\s)>#?]+)", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> InertCodes = new()
    {
        DiagnosticCodes.UnknownShortcode, DiagnosticCodes.MalformedShortcode, DiagnosticCodes.ShortcodeNotTranslated, DiagnosticCodes.ShortcodeInCode,
    };

    [Fact]
    public void EveryCorpusBodyConvertsForEveryTargetWithEveryShortcodeTranslatedOrReported()
    {
        var corpus = CorpusDiscoveryTests.CorpusRoot();
        var files = Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 1000, $"expected the whole corpus, found {files.Count} Markdown files");
        var targets = new[] { BodyTarget.JekyllPlain, BodyTarget.JekyllAcademicPages, BodyTarget.JekyllAlFolio, BodyTarget.Zola };
        var totals = targets.ToDictionary(t => t, _ => new BodyConversionStats());
        var jekyllPages = new Dictionary<string, string>();
        var zolaPages = new Dictionary<string, string>();
        int bodies = 0, withShortcodes = 0, copied = 0, skipped = 0, renamed = 0;
        var codes = new SortedDictionary<string, int>(StringComparer.Ordinal);

        foreach (var file in files)
        {
            var rel = Path.GetRelativePath(corpus, file).Replace('\\', '/');
            var split = FrontMatterSplitter.Split(File.ReadAllText(file, Encoding.UTF8));
            if (split.Error is not null || split.Body.Trim().Length == 0)
            {
                continue;
            }
            bodies++;
            var firstLine = 1 + split.Block.Count(c => c == '\n');
            var isBundle = Path.GetFileName(file) == "index.md";
            var source = new PublicationSource(file, rel, rel, "publication", Path.GetFileName(Path.GetDirectoryName(file)!), null,
                isBundle ? SourceKind.LeafBundle : SourceKind.SingleFile);
            var plan = ResourcePolicy.Plan(BundleResourceScanner.Scan(source, new DiagnosticBag()), rel);
            copied += plan.Travelling.Count;
            skipped += plan.Skipped.Count;
            renamed += plan.Travelling.Count(a => a.NewName != a.Resource.RelativePath[(a.Resource.RelativePath.LastIndexOf('/') + 1)..]);
            var names = plan.Travelling.Select(a => a.NewName).ToHashSet(StringComparer.Ordinal);
            var shortcodes = HugoShortcodeParser.Parse(split.Body).All.Count;
            if (shortcodes > 0)
            {
                withShortcodes++;
            }

            foreach (var target in targets)
            {
                var context = new BodyConversionContext
                {
                    SourcePath = rel,
                    BodyFirstLine = firstLine,
                    ResourceUrl = plan.UrlMapper("/assets/p"),
                    PageUrl = _ => null,
                };
                var result = BodyConverter.Convert(split.Body, target, context);

                var stats = result.Stats;
                var inert = stats.KeptInert.Values.Sum();
                Assert.True(shortcodes == stats.Translated.Values.Sum() + inert, $"{rel} ({target}): {shortcodes} shortcodes, not all accounted for");
                Assert.True(inert <= result.Diagnostics.Count(d => InertCodes.Contains(d.Code)), $"{rel} ({target}): an inert shortcode without a diagnostic");
                Assert.All(result.Diagnostics, d => Assert.True(d.Line is null || d.Line >= firstLine, $"{rel}: line {d.Line} before the body"));
                foreach (Match m in AssetUrl.Matches(result.Body))
                {
                    Assert.True(names.Contains(m.Groups["n"].Value), $"{rel} ({target}): link to '{m.Value}', which is not copied");
                }
                totals[target].Add(stats);
                foreach (var d in result.Diagnostics)
                {
                    codes[$"{target} {d.Code}"] = codes.GetValueOrDefault($"{target} {d.Code}") + 1;
                }
                var key = "p" + bodies.ToString("D4");
                switch (target)
                {
                    case BodyTarget.JekyllPlain or BodyTarget.JekyllAlFolio:
                        TargetOutputChecks.AssertLiquidInert(result.Body, $"{rel} ({target})");
                        jekyllPages[key + (target == BodyTarget.JekyllAlFolio ? "-alfolio" : "")] = result.Body;
                        break;
                    case BodyTarget.Zola:
                        zolaPages[key] = result.Body;
                        break;
                }
            }
        }

        using var temp = new TempDirectory();
        var (jekyllCode, jekyllLog, _) = TargetOutputChecks.BuildJekyll(temp.Path, jekyllPages);
        Assert.True(jekyllCode == 0, "jekyll build (strict Liquid) of the converted corpus failed: " + jekyllLog);
        var (zolaCode, zolaOutput) = TargetOutputChecks.CheckZola(temp.Path, zolaPages);
        Assert.True(zolaCode == 0, "zola-check found errors in the converted corpus:\n" + zolaOutput);

        output.WriteLine($"{files.Count} Markdown files, {bodies} non-empty bodies, {withShortcodes} with shortcodes");
        output.WriteLine($"resources: {copied} copied, {skipped} skipped as junk, {renamed} renamed");
        foreach (var (target, s) in totals)
        {
            output.WriteLine($"{target}: translated {Format(s.Translated)}; inert {Format(s.KeptInert)}; links {s.LinksRewritten}; " +
                $"math {s.MathConverted}; alerts {s.GithubAlertsConverted}; escapes {s.TargetEscapes}");
        }
        output.WriteLine("diagnostics: " + string.Join(", ", codes.Select(kv => $"{kv.Key}={kv.Value}")));
    }

    private static string Format(SortedDictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(" ", counts.Select(kv => $"{kv.Key}={kv.Value}"));
}
