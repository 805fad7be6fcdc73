using System.Diagnostics;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Reading.FrontMatter;
using Xunit.Abstractions;
using static Migrate.Tests.Reading.FrontMatter.YamlTestSupport;

using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Reading.FrontMatter;

/// <summary>
/// Runs the splitter and the YAML parser over every Markdown file of the real-site corpus (read-only, never copied
/// into the repository). Hugo 0.111 built all of these sites without an error, so every YAML front matter must
/// parse, and every comment in it must come out exactly once.
/// </summary>
public sealed class YamlCorpusSweepTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryCorpusYamlFrontMatterParsesAndKeepsEveryCommentOnce()
    {
        var corpus = FindCorpus();
        var files = Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}content{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);

        int yamlFiles = 0, comments = 0;
        var failures = new List<string>();
        var watch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var split = FrontMatterSplitter.Split(text);
            Assert.Equal(text, (split.HasBom ? "\uFEFF" : "") + split.Block + split.Body);
            if (split.Format != FrontMatterFormat.Yaml || split.Error is not null)
            {
                continue;
            }
            yamlFiles++;
            var bag = new DiagnosticBag();
            var doc = YamlFrontMatterParser.Parse(split.Content, file, split.ContentFirstLine, bag);
            if (doc is null || bag.HasErrors)
            {
                failures.Add($"{file}: {string.Join("; ", bag.Items)}");
                continue;
            }
            var actual = FrontMatterComments.All(doc).Select(c => (c.Line, c.Text)).Order().ToList();
            var reference = IndependentComments(split.Content, split.ContentFirstLine, doc).Order().ToList();
            comments += actual.Count;
            if (!reference.SequenceEqual(actual))
            {
                failures.Add($"{file}: comments differ\n  expected {string.Join(", ", reference.Except(actual))}\n  extra {string.Join(", ", actual.Except(reference))}");
            }
            var fileLines = text.Split('\n');
            foreach (var (line, commentText) in actual)
            {
                if (!fileLines[line - 1].TrimEnd('\r').Contains(commentText, StringComparison.Ordinal))
                {
                    failures.Add($"{file}({line}): comment '{commentText}' is not on that file line");
                }
            }
        }
        watch.Stop();
        output.WriteLine($"{files.Count} Markdown files, {yamlFiles} YAML front matters, {comments} comments, {watch.ElapsedMilliseconds} ms");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.True(yamlFiles > 500, $"only {yamlFiles} YAML front matters found under {corpus}");
    }

    /// <summary>
    /// ../shared/corpus next to the repository root (the folder holding Migrate.sln), else /work/shared/corpus.
    /// A missing corpus fails the test: a sweep that silently checks nothing would be worse than none.
    /// </summary>
    private static string FindCorpus()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Migrate.sln")))
        {
            dir = dir.Parent;
        }
        var candidates = new List<string>();
        if (dir?.Parent is { } parent)
        {
            candidates.Add(Path.Combine(parent.FullName, "shared", "corpus"));
        }
        candidates.Add("/work/shared/corpus");
        var found = candidates.FirstOrDefault(Directory.Exists);
        Assert.True(found is not null, $"the real-site corpus was not found (looked in {string.Join(", ", candidates)})");
        return found!;
    }
}
