using System.Text;
using System.Text.Json.Nodes;
using Migrate.Core.Conversion;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;
using Migrate.Core.Planning;
using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Conversion;

public sealed class ConversionPipelineTests
{
    private static ConversionRequest Request(string source, string? output, int parallelism = 1) =>
        new(source, "json", output, Array.Empty<string>()) { MaxParallelism = parallelism };

    [Fact]
    public void AMissingSourceIsReportedAndNothingIsPlanned()
    {
        using var temp = new TempDirectory();

        var result = ConversionPipeline.Run(Request(temp.Combine("nope"), temp.Combine("out")), FakeStages.For(temp.Path, new[] { "a" }));

        Assert.Equal(DiagnosticCodes.SourceNotFound, Assert.Single(result.Diagnostics).Code);
        Assert.Empty(result.Plan.Files);
        Assert.Null(result.Site);
    }

    [Theory]
    [InlineData("out")]
    [InlineData(".")]
    [InlineData("content/out")]
    public void AnOutputFolderInsideTheSourceIsRefused(string outputUnderSource)
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("content"));

        var result = ConversionPipeline.Run(Request(temp.Path, Path.Combine(temp.Path, outputUnderSource)), FakeStages.For(temp.Path, new[] { "a" }));

        Assert.Equal(DiagnosticCodes.OutputInsideSource, Assert.Single(result.Diagnostics).Code);
        Assert.Empty(result.Plan.Files);
    }

    [Fact]
    public void AnOutputFolderInsideTheHugoSiteIsRefusedEvenWhenTheSourceIsASection()
    {
        using var temp = new TempDirectory();
        var section = Directory.CreateDirectory(temp.Combine("content", "publication")).FullName;

        var result = ConversionPipeline.Run(Request(section, temp.Combine("out")), FakeStages.For(temp.Path, new[] { "a" }));

        Assert.Equal(DiagnosticCodes.OutputInsideSource, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void AnOutputFolderNextToTheSiteIsFine()
    {
        using var temp = new TempDirectory();
        var site = Directory.CreateDirectory(temp.Combine("site")).FullName;

        var result = ConversionPipeline.Run(Request(site, temp.Combine("site-out")), FakeStages.For(site, new[] { "a" }));

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("publications.json", Assert.Single(result.Plan.Files).RelativePath);
    }

    [Fact]
    public void ParallelReadingKeepsTheSourceOrder()
    {
        using var temp = new TempDirectory();
        var slugs = Enumerable.Range(0, 40).Select(i => $"p{i:D2}").ToArray();
        // Early publications take longest, so completion order is roughly reversed.
        var stages = FakeStages.For(temp.Path, slugs, source =>
        {
            Thread.Sleep(Math.Max(0, 40 - int.Parse(source.Slug[1..])) / 4);
            return SamplePublications.Rich(source.Slug);
        });

        var result = ConversionPipeline.Run(Request(temp.Path, null, parallelism: 4), stages);

        var doc = JsonNode.Parse(Encoding.UTF8.GetString(result.Plan.Files.Single().Content!))!;
        Assert.Equal(slugs, doc["publications"]!.AsArray().Select(p => (string?)p!["source"]!["slug"]));
        Assert.Equal(40, result.PublicationCount);
    }

    [Fact]
    public void TheOutputIsTheSameForAnyParallelism()
    {
        using var temp = new TempDirectory();
        var slugs = Enumerable.Range(0, 25).Select(i => $"p{i}").ToArray();

        var one = ConversionPipeline.Run(Request(temp.Path, null, 1), FakeStages.For(temp.Path, slugs));
        var many = ConversionPipeline.Run(Request(temp.Path, null, 3), FakeStages.For(temp.Path, slugs));

        Assert.Equal(one.Plan.Files.Single().Content, many.Plan.Files.Single().Content);
    }

    [Fact]
    public void AReaderThatThrowsBreaksOnlyItsOwnPublication()
    {
        using var temp = new TempDirectory();
        var stages = FakeStages.For(temp.Path, new[] { "good", "bad", "fine" }, source =>
            source.Slug == "bad" ? throw new FormatException("boom") : SamplePublications.Rich(source.Slug));

        var result = ConversionPipeline.Run(Request(temp.Path, null), stages);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.InternalError, error.Code);
        Assert.Equal("content/publication/bad/index.md", error.Path);
        Assert.Contains("boom", error.Message);
        var doc = JsonNode.Parse(Encoding.UTF8.GetString(result.Plan.Files.Single().Content!))!;
        var publications = doc["publications"]!.AsArray();
        Assert.Equal(3, publications.Count);
        Assert.StartsWith("MIG009", (string?)publications[1]!["skipReason"]);
        Assert.Null(publications[2]!["skipReason"]);
    }

    [Fact]
    public void ALoaderThatThrowsBecomesAnError()
    {
        using var temp = new TempDirectory();
        var stages = new ConversionStages((_, _, _) => throw new NotImplementedException(), (_, _) => throw new InvalidOperationException());

        var result = ConversionPipeline.Run(Request(temp.Path, null), stages);

        Assert.Equal(DiagnosticCodes.InternalError, Assert.Single(result.Diagnostics).Code);
        Assert.Empty(result.Plan.Files);
    }

    [Fact]
    public void SiteDiagnosticsComeFirstThenEachPublicationsInOrder()
    {
        using var temp = new TempDirectory();
        var stages = FakeStages.For(temp.Path, new[] { "a", "b" },
            source => SamplePublications.Rich(source.Slug),
            bag => bag.Info(DiagnosticCodes.SkippedSectionIndex, "content/publication/_index.md", null, "section index skipped"));

        var result = ConversionPipeline.Run(Request(temp.Path, null), stages);

        Assert.Equal(new[] { "MIG101", "MIG300", "MIG300" }, result.Diagnostics.Select(d => d.Code));
        var doc = JsonNode.Parse(Encoding.UTF8.GetString(result.Plan.Files.Single().Content!))!;
        Assert.Equal("MIG101", (string?)doc["diagnostics"]![0]!["code"]);
    }

    [Fact]
    public void ProgressIsReportedOncePerPublicationInOrder()
    {
        using var temp = new TempDirectory();
        var seen = new List<ConversionProgress>();
        var request = Request(temp.Path, null, 2) with { Progress = new Recorder(seen) };

        ConversionPipeline.Run(request, FakeStages.For(temp.Path, new[] { "a", "b", "c" }));

        Assert.Equal(new[] { 1, 2, 3 }, seen.Select(p => p.Done));
        Assert.All(seen, p => Assert.Equal(3, p.Total));
        Assert.Equal("content/publication/c/index.md", seen[^1].CurrentPath);
    }

    [Theory]
    [InlineData("yaml", "unknown target")]
    public void ATargetWithoutAWriterIsRejectedBeforeAnythingRuns(string target, string message)
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            ConversionPipeline.Run(new ConversionRequest("/nowhere", target, null, Array.Empty<string>()), FakeStages.For("/nowhere", Array.Empty<string>())));
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void TheDefaultSectionsArePassedWhenNoneAreGiven()
    {
        using var temp = new TempDirectory();
        IReadOnlyList<string>? passed = null;
        var fake = FakeStages.For(temp.Path, new[] { "a" });
        var stages = fake with { LoadSite = (p, s, b) => { passed = s; return fake.LoadSite(p, s, b); } };

        ConversionPipeline.Run(Request(temp.Path, null), stages);

        Assert.Equal(new[] { "publication", "publications" }, passed);
    }

    [Fact]
    public void PlannedFilesAreSortedOrdinallyAndDuplicatePathsAreErrors()
    {
        var bag = new DiagnosticBag();
        var files = new List<PlannedFile>
        {
            PlannedFile.Text("b.txt", "1", "src/one.md"),
            PlannedFile.Text("B.txt", "2"),
            PlannedFile.Text("a/z.txt", "3"),
            PlannedFile.Text("b.txt", "4", "src/two.md"),
        };

        var planned = ConversionPipeline.SortAndDeduplicate(files, bag);

        Assert.Equal(new[] { "B.txt", "a/z.txt", "b.txt" }, planned.Select(f => f.RelativePath));
        Assert.Equal("1"u8.ToArray(), planned[2].Content);
        var d = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCodes.DuplicateOutputPath, d.Code);
        Assert.Contains("src/one.md", d.Message);
        Assert.Contains("src/two.md", d.Message);
    }

    [Fact]
    public void InspectReadsWithoutPlanningAnything()
    {
        using var temp = new TempDirectory();

        var result = ConversionPipeline.Inspect(temp.Path, Array.Empty<string>(), FakeStages.For(temp.Path, new[] { "only" }));

        Assert.Equal("only", Assert.Single(result.Publications).Source.Slug);
    }

    private sealed class Recorder(List<ConversionProgress> seen) : IProgress<ConversionProgress>
    {
        public void Report(ConversionProgress value) => seen.Add(value);
    }
}
