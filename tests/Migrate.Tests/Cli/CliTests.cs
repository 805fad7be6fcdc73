using System.Text.Json.Nodes;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;
using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Cli;

public sealed class CliTests
{
    private static readonly Migrate.Core.Conversion.ConversionStages NoSite = FakeStages.For("/nowhere", Array.Empty<string>());

    [Fact]
    public void HelpListsTheCommandsAndExitsZero()
    {
        var r = CliRunner.Run(NoSite, "--help");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("convert", r.Out);
        Assert.Contains("inspect", r.Out);
        Assert.Contains("--version", r.Out);
        Assert.Equal("", r.Error);
    }

    [Fact]
    public void ConvertHelpShowsTheTargetsAndRequiredOptions()
    {
        var r = CliRunner.Run(NoSite, "convert", "--help");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("--to <json|jekyll|zola>", r.Out);
        Assert.Contains("--out <DIR>", r.Out);
        Assert.Contains("--section <NAME>", r.Out);
    }

    [Fact]
    public void VersionPrintsThePlainVersion()
    {
        var r = CliRunner.Run(NoSite, "--version");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("0.1.0\n", r.Out.Replace("\r\n", "\n"));
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("convert", "--bogus", "--to", "json", "--out", "o")]
    [InlineData("convert", "site", "--bogus", "--to", "json", "--out", "o")]
    [InlineData("convert", "site", "--to", "json", "--out", "o", "--bogus")]
    [InlineData("inspect", "--bogus")]
    [InlineData("inspect", "a.md", "-x")]
    public void AnUnknownOptionIsAUsageErrorWithExitTwo(params string[] args)
    {
        var r = CliRunner.Run(NoSite, args);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(args.First(a => a.StartsWith('-') && a is not "--to" and not "--out"), r.Error);
        Assert.Equal("", r.Out);
    }

    [Theory]
    [InlineData(new[] { "convert", "site", "--to", "json" }, "--out")]
    [InlineData(new[] { "convert", "site", "--out", "o" }, "--to")]
    [InlineData(new[] { "convert", "--to", "json", "--out", "o" }, "SOURCE")]
    [InlineData(new[] { "convert", "site", "--to", "yaml", "--out", "o" }, "yaml")]
    [InlineData(new string[0], "Required command")]
    [InlineData(new[] { "frobnicate" }, "frobnicate")]
    public void AMissingOrWrongArgumentIsAUsageErrorWithExitTwo(string[] args, string mentioned)
    {
        var r = CliRunner.Run(NoSite, args);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(mentioned, r.Error);
        Assert.Contains("migrate --help", r.Error);
    }

    [Fact]
    public void AFlavorForATargetOtherThanJekyllIsRefused()
    {
        using var temp = new TempDirectory();

        var r = CliRunner.Run(FakeStages.For(temp.Path, new[] { "a" }), "convert", temp.Path, "--to", "json", "--flavor", "plain", "--out", temp.Combine("..", "x-out"));

        Assert.Equal(2, r.ExitCode);
        Assert.Equal("migrate: error: --flavor applies to --to jekyll only (got --to json)\n", r.Error);
    }

    [Fact]
    public void ConvertWritesPublicationsJsonAndEndsWithTheSummaryLine()
    {
        using var temp = new TempDirectory();
        var site = Directory.CreateDirectory(temp.Combine("site")).FullName;
        var output = temp.Combine("out");

        var r = CliRunner.Run(FakeStages.For(site, new[] { "a", "b" }), "convert", site, "--to", "json", "--out", output);

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("1 created, 0 changed, 0 deleted, 0 unchanged\n", r.Out);
        Assert.Equal("migrate: 2 publications, 0 errors, 2 warnings", r.ErrorLines[^1]);
        // Warnings in compiler style, one per line.
        Assert.Equal("content/publication/quill-2020/index.md(12,10): warning MIG300: lastmod 'not a date' is not a date Hugo can read", r.ErrorLines[0]);
        var text = File.ReadAllText(Path.Combine(output, "publications.json"));
        PublicationsSchema.AssertValid(text);
        Assert.Equal("site", (string?)JsonNode.Parse(text)!["site"]!["root"]);
    }

    [Fact]
    public void InfoDiagnosticsAreShownOnlyWhenVerbose()
    {
        using var temp = new TempDirectory();
        var site = Directory.CreateDirectory(temp.Combine("site")).FullName;
        var stages = FakeStages.For(site, new[] { "a" }, s => new Publication { Source = s },
            bag => bag.Info(DiagnosticCodes.SkippedListPage, "content/publication/_index.md", 1, "list page skipped"));

        var quiet = CliRunner.Run(stages, "convert", site, "--to", "json", "--out", temp.Combine("o1"));
        var verbose = CliRunner.Run(stages, "convert", site, "--to", "json", "--out", temp.Combine("o2"), "--verbose");

        Assert.DoesNotContain("MIG102", quiet.Error);
        Assert.Equal(new[] { "migrate: 1 publication, 0 errors, 0 warnings" }, quiet.ErrorLines);
        Assert.Contains("content/publication/_index.md(1): info MIG102: list page skipped", verbose.Error);
        Assert.Equal("migrate: 1 publication, 0 errors, 0 warnings", verbose.ErrorLines[^1]);
    }

    [Fact]
    public void AnErrorInOnePublicationGivesExitTwoButTheDocumentIsStillWritten()
    {
        using var temp = new TempDirectory();
        var site = Directory.CreateDirectory(temp.Combine("site")).FullName;
        var stages = FakeStages.For(site, new[] { "good", "broken" },
            s => s.Slug == "broken" ? SamplePublications.Minimal("broken") : SamplePublications.Rich(s.Slug));

        var r = CliRunner.Run(stages, "convert", site, "--to", "json", "--out", temp.Combine("out"));

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("error MIG202: mapping values are not allowed here", r.Error);
        Assert.Equal("migrate: 2 publications, 1 error, 1 warning", r.ErrorLines[^1]);
        Assert.True(File.Exists(temp.Combine("out", "publications.json")));
    }

    [Fact]
    public void AMissingSourceGivesExitTwo()
    {
        using var temp = new TempDirectory();

        var r = CliRunner.Run(NoSite, "convert", temp.Combine("missing"), "--to", "json", "--out", temp.Combine("out"));

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("error MIG001", r.Error);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public void AnOutputFolderInsideTheSourceGivesExitTwoAndWritesNothing()
    {
        using var temp = new TempDirectory();

        var r = CliRunner.Run(FakeStages.For(temp.Path, new[] { "a" }), "convert", temp.Path, "--to", "json", "--out", temp.Combine("out"));

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("error MIG002", r.Error);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public void ARerunLeavesTheOutputUntouched()
    {
        using var temp = new TempDirectory();
        var site = Directory.CreateDirectory(temp.Combine("site")).FullName;
        var stages = FakeStages.For(site, new[] { "a" });
        CliRunner.Run(stages, "convert", site, "--to", "json", "--out", temp.Combine("out"));

        var manifest = temp.Combine("out", ".migrate", "manifest.json");
        var past = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(manifest, past);
        File.SetLastWriteTimeUtc(temp.Combine("out", "publications.json"), past);

        var r = CliRunner.Run(stages, "convert", site, "--to", "json", "--out", temp.Combine("out"), "-v");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("0 created, 0 changed, 0 deleted, 1 unchanged\n", r.Out);
        Assert.Equal(past, File.GetLastWriteTimeUtc(manifest));
        Assert.Equal(past, File.GetLastWriteTimeUtc(temp.Combine("out", "publications.json")));
    }

    [Fact]
    public void ProgressIsDrawnOnATerminalForMoreThanFiftyPublications()
    {
        using var temp = new TempDirectory();
        var site = Directory.CreateDirectory(temp.Combine("site")).FullName;
        var stages = FakeStages.For(site, Enumerable.Range(0, 51).Select(i => $"p{i}"), s => new Publication { Source = s });

        var terminal = CliRunner.Run(stages, true, "convert", site, "--to", "json", "--out", temp.Combine("o1"));
        var redirected = CliRunner.Run(stages, false, "convert", site, "--to", "json", "--out", temp.Combine("o2"));

        Assert.Contains("\rmigrate: 51/51 publications", terminal.Error);
        Assert.EndsWith("\rmigrate: 51 publications, 0 errors, 0 warnings\n", terminal.Error);
        Assert.DoesNotContain("\r", redirected.Error);
        Assert.Equal("migrate: 51 publications, 0 errors, 0 warnings\n", redirected.Error);
    }

    [Fact]
    public void NoProgressForFiftyOrFewerPublicationsEvenOnATerminal()
    {
        using var temp = new TempDirectory();
        var site = Directory.CreateDirectory(temp.Combine("site")).FullName;
        var stages = FakeStages.For(site, Enumerable.Range(0, 50).Select(i => $"p{i}"), s => new Publication { Source = s });

        var r = CliRunner.Run(stages, true, "convert", site, "--to", "json", "--out", temp.Combine("o"));

        Assert.DoesNotContain("\r", r.Error);
    }

    [Fact]
    public void InspectPrintsThePublicationObjectOfPublicationsJson()
    {
        using var temp = new TempDirectory();
        var site = Directory.CreateDirectory(temp.Combine("site")).FullName;
        var stages = FakeStages.For(site, new[] { "quill-2020" });
        CliRunner.Run(stages, "convert", site, "--to", "json", "--out", temp.Combine("out"));

        var r = CliRunner.Run(stages, "inspect", site);

        Assert.Equal(0, r.ExitCode);
        Assert.EndsWith("}\n", r.Out);
        var fromDocument = JsonNode.Parse(File.ReadAllText(temp.Combine("out", "publications.json")))!["publications"]![0];
        Assert.True(JsonNode.DeepEquals(fromDocument, JsonNode.Parse(r.Out)));
        Assert.Equal("migrate: 1 publication, 0 errors, 1 warning", r.ErrorLines[^1]);
    }

    [Fact]
    public void InspectRefusesAPathHoldingSeveralPublications()
    {
        using var temp = new TempDirectory();

        var r = CliRunner.Run(FakeStages.For(temp.Path, new[] { "a", "b" }), "inspect", temp.Path);

        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Contains("holds 2 publications", r.Error);
    }

    [Fact]
    public void InspectOfNothingIsAnError()
    {
        using var temp = new TempDirectory();

        var r = CliRunner.Run(FakeStages.For(temp.Path, Array.Empty<string>()), "inspect", temp.Path);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no publication found", r.Error);
    }

    [Fact]
    public void RepeatedSectionOptionsReachTheLoaderInOrder()
    {
        using var temp = new TempDirectory();
        var site = Directory.CreateDirectory(temp.Combine("site")).FullName;
        IReadOnlyList<string>? passed = null;
        var fake = FakeStages.For(site, new[] { "a" });
        var stages = fake with { LoadSite = (p, s, b) => { passed = s; return fake.LoadSite(p, s, b); } };

        var r = CliRunner.Run(stages, "convert", site, "--to", "json", "--out", temp.Combine("out"), "--section", "papers", "--section", "talks");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(new[] { "papers", "talks" }, passed);
    }
}
