using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Migrate.Core.Conversion;
using Migrate.Tests.TestSupport;
using GitTool = Migrate.Tests.Planning.Git;

namespace Migrate.Tests.Cli;

/// <summary>
/// <c>convert --dry-run / --check / --quiet / --color / --report / --prune / --force / --binary</c>, in process,
/// with the stand-in stages (the JSON writer, or <see cref="FileSetWriter"/> for CRLF, binary and stale files).
/// </summary>
public sealed class ConvertDryRunTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0xFF, 0x00, 0x7F];

    private sealed class Fixture : IDisposable
    {
        public Fixture()
        {
            Site = new StandInSite(Temp.Combine("site"));
            Site.Add("alpha", "Counting Pebbles", "We count.", Png);
            Site.Add("beta", "Wind Without Weather", "It blows.", [.. Png, 1, 2, 3]);
            Site.Add("gamma", "Salt in the Margins", "Briny.", [.. Png, 9]);
        }

        public TempDirectory Temp { get; } = new();

        public StandInSite Site { get; }

        public string Out => Temp.Combine("out");

        public CliRunner.Outcome Run(bool json, params string[] extra) =>
            CliRunner.Run(Site.Stages(json), ["convert", Site.Root, "--to", "json", "--out", Out, .. extra]);

        public CliRunner.Outcome Run(ConversionStages stages, params string[] extra) =>
            CliRunner.Run(stages, ["convert", Site.Root, "--to", "json", "--out", Out, .. extra]);

        public IReadOnlyList<string> Snapshot() => TreeSnapshot.Of(Temp.Path);

        public void Dispose() => Temp.Dispose();
    }

    // ---- dry run writes nothing -------------------------------------------------------------------------

    [Theory]
    [InlineData(true, "--dry-run")]
    [InlineData(true, "--check")]
    [InlineData(false, "--dry-run")]
    [InlineData(false, "--check", "--prune", "--force", "--binary")]
    public void ADryRunIntoAMissingFolderCreatesNothingAnywhere(bool json, params string[] flags)
    {
        using var f = new Fixture();
        var before = f.Snapshot();

        var r = f.Run(json, flags);

        Assert.Equal(before, f.Snapshot());
        Assert.False(Directory.Exists(f.Out));
        Assert.Contains("--- /dev/null", r.Out);
        Assert.Contains(json ? "+++ b/publications.json" : "+++ b/alpha/entry.txt", r.Out);
        Assert.EndsWith(json ? "1 to create, 0 to change, 0 to delete, 0 unchanged\n" : "10 to create, 0 to change, 0 to delete, 0 unchanged\n", r.Out);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ADryRunOverAnEarlierOutputWithEditsConflictsAndStaleFilesChangesNothing(bool json)
    {
        using var f = new Fixture();
        Assert.Equal(0, f.Run(json).ExitCode);
        // Every kind of difference: a changed value, a removed and an added publication, a hand edit, a stray file.
        f.Site.Pages["alpha"] = ("Counting More Pebbles", "We count.");
        f.Site.Pages.Remove("gamma");
        f.Site.Add("delta", "Four Winds", "New.", Png);
        File.AppendAllText(Path.Combine(f.Out, json ? "publications.json" : "beta/entry.txt"), "hand edit\n");
        File.WriteAllText(Path.Combine(f.Out, "stray.txt"), "mine");
        var before = f.Snapshot();

        foreach (var flags in new[] { new[] { "--dry-run" }, ["--check"], ["--dry-run", "--prune", "--force"], ["--check", "--quiet", "--binary"] })
        {
            f.Run(json, flags);
            Assert.Equal(before, f.Snapshot());
        }
    }

    // ---- exit codes ------------------------------------------------------------------------------------

    [Fact]
    public void CheckExitsOneBeforeConvertZeroRightAfterAndOneAfterASourceEdit()
    {
        using var f = new Fixture();

        var beforeConvert = f.Run(false, "--check");
        var convert = f.Run(false);
        var rightAfter = f.Run(false, "--check");
        f.Site.Pages["beta"] = ("Wind With Weather", "It blows.");
        var afterEdit = f.Run(false, "--check");
        var dryRun = f.Run(false, "--dry-run");

        Assert.Equal(1, beforeConvert.ExitCode);
        Assert.Equal(0, convert.ExitCode);
        Assert.Equal(0, rightAfter.ExitCode);
        Assert.Equal("0 to create, 0 to change, 0 to delete, 10 unchanged\n", rightAfter.Out);
        Assert.Equal(1, afterEdit.ExitCode);
        Assert.Equal(0, dryRun.ExitCode); // a dry run reports, like git diff without --exit-code
    }

    [Fact]
    public void CheckExitsTwoOnErrorsEvenWhenChangesArePending()
    {
        using var f = new Fixture();
        var stages = FakeStages.For(f.Site.Root, ["good", "broken"],
            s => s.Slug == "broken" ? SamplePublications.Minimal("broken") : SamplePublications.Rich(s.Slug));

        var check = f.Run(stages, "--check");
        var dry = f.Run(stages, "--dry-run");

        Assert.Equal(2, check.ExitCode);
        Assert.Equal(2, dry.ExitCode);
        Assert.Contains("error MIG202", check.Error);
    }

    [Fact]
    public void CheckWithPruneCountsStaleFilesAndWithoutPruneDoesNot()
    {
        using var f = new Fixture();
        f.Run(false);
        f.Site.Pages.Remove("gamma");

        var plain = f.Run(false, "--check");
        f.Run(false); // the index changes; gamma's files stay (no --prune)
        var keep = f.Run(false, "--check");
        var prune = f.Run(false, "--check", "--prune");

        Assert.Equal(1, plain.ExitCode);
        Assert.Equal(0, keep.ExitCode);
        Assert.Contains("stale: gamma/entry.txt (no longer produced; --prune deletes it)", keep.Out);
        Assert.EndsWith(", 3 stale kept (--prune deletes unedited ones)\n", keep.Out);
        Assert.Equal(1, prune.ExitCode);
        Assert.Contains("+++ /dev/null", prune.Out);
        Assert.EndsWith("0 to create, 0 to change, 3 to delete, 7 unchanged\n", prune.Out);
    }

    // ---- --quiet and the summary -----------------------------------------------------------------------

    [Fact]
    public void QuietPrintsOnlyTheSummaryLine()
    {
        using var f = new Fixture();

        var dry = f.Run(false, "--dry-run", "--quiet");
        var check = f.Run(false, "--check", "-q");
        var real = f.Run(false, "--quiet");
        var again = f.Run(false, "--check", "--quiet");

        Assert.Equal("10 to create, 0 to change, 0 to delete, 0 unchanged\n", dry.Out);
        Assert.Equal("", dry.Error);
        Assert.Equal(1, check.ExitCode);
        Assert.Equal(dry.Out, check.Out);
        Assert.Equal("10 created, 0 changed, 0 deleted, 0 unchanged\n", real.Out);
        Assert.Equal("", real.Error);
        Assert.Equal("0 to create, 0 to change, 0 to delete, 10 unchanged\n", again.Out);
        Assert.Equal(0, again.ExitCode);
    }

    [Fact]
    public void QuietStillPrintsErrors()
    {
        using var f = new Fixture();
        var stages = FakeStages.For(f.Site.Root, ["broken"], _ => SamplePublications.Minimal("broken"));

        var r = f.Run(stages, "--check", "--quiet");

        Assert.Equal(2, r.ExitCode);
        Assert.Single(r.ErrorLines);
        Assert.Contains("error MIG202", r.Error);
    }

    // ---- idempotence ------------------------------------------------------------------------------------

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ASecondConvertWritesNothingAndReportsEverythingUnchanged(bool json)
    {
        using var f = new Fixture();
        f.Run(json, "--prune");
        var before = f.Snapshot();
        var times = Directory.EnumerateFiles(f.Out, "*", SearchOption.AllDirectories).ToDictionary(p => p, File.GetLastWriteTimeUtc);
        Thread.Sleep(20);

        var second = f.Run(json, "--prune");

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(json ? "0 created, 0 changed, 0 deleted, 1 unchanged\n" : "0 created, 0 changed, 0 deleted, 10 unchanged\n", second.Out);
        Assert.Equal(before, f.Snapshot());
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));
    }

    // ---- colour -----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("auto", true, null, true)]
    [InlineData("auto", true, "1", false)]
    [InlineData("auto", true, "", true)] // NO_COLOR counts only when non-empty (no-color.org)
    [InlineData("auto", false, null, false)]
    [InlineData("always", false, "1", true)] // an explicit flag wins over NO_COLOR
    [InlineData("never", true, null, false)]
    [InlineData(null, true, null, true)] // auto is the default
    public void ColourFollowsTheFlagTheTerminalAndNoColor(string? color, bool outIsTerminal, string? noColor, bool expectAnsi)
    {
        using var f = new Fixture();
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var host = new Migrate.Cli.CliHost(output, error, false, f.Site.Stages())
        {
            OutIsTerminal = outIsTerminal,
            GetEnvironmentVariable = name => name == "NO_COLOR" ? noColor : null,
        };
        string[] args = ["convert", f.Site.Root, "--to", "json", "--out", f.Out, "--dry-run", .. color is null ? Array.Empty<string>() : ["--color", color]];

        var code = Migrate.Cli.MigrateCommand.Run(args, host);

        Assert.Equal(0, code);
        Assert.Equal(expectAnsi, output.ToString().Contains('\u001b'));
        Assert.DoesNotContain('\u001b', error.ToString());
    }

    [Fact]
    public void AnUnknownColourIsAUsageError()
    {
        using var f = new Fixture();

        var r = f.Run(false, "--dry-run", "--color", "sometimes");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("sometimes", r.Error);
    }

    // ---- conflicts, --force, --prune ------------------------------------------------------------------

    [Fact]
    public void AHandEditedOutputStopsTheRunWhichListsItAndWritesNothing()
    {
        using var f = new Fixture();
        f.Run(false);
        var edited = Path.Combine(f.Out, "alpha", "note.md");
        File.AppendAllText(edited, "\nmy own note");
        File.WriteAllText(Path.Combine(f.Out, "delta-notes.txt"), "unrelated, untouched");
        f.Site.Pages["alpha"] = ("Counting More Pebbles", "We count.");
        f.Site.Pages["beta"] = ("Wind With Weather", "It blows.");
        f.Site.Add("delta", "Four Winds", "New.", Png);
        var before = f.Snapshot();

        var r = f.Run(false);

        Assert.Equal(2, r.ExitCode);
        Assert.Equal(before, f.Snapshot());
        Assert.Contains($"migrate: error: refusing to convert into {f.Out}: 1 file there is not migrate's to change:", r.Error);
        Assert.Contains($"  {Path.Combine(f.Out, "alpha/note.md")}: edited since migrate wrote it", r.Error);
        Assert.Contains("nothing was written", r.Error);
        Assert.StartsWith("refused, nothing written: ", r.Out);
        // The dry run shows it as a conflict note, not as a patch.
        var dry = f.Run(false, "--dry-run");
        Assert.Contains("conflict: alpha/note.md (edited since migrate wrote it; --force overwrites it)", dry.Out);
        Assert.DoesNotContain("+++ b/alpha/note.md", dry.Out);
    }

    [Fact]
    public void AFileMigrateDidNotWriteIsAConflictUntilForced()
    {
        using var f = new Fixture();
        Directory.CreateDirectory(Path.Combine(f.Out, "beta"));
        File.WriteAllText(Path.Combine(f.Out, "beta", "entry.txt"), "a user's file");

        var refused = f.Run(false);
        var nothingWritten = !File.Exists(Path.Combine(f.Out, "index.txt"));
        var forcedPreview = f.Run(false, "--dry-run", "--force");
        var forced = f.Run(false, "--force");
        var after = f.Run(false, "--check");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("beta/entry.txt: exists, but migrate did not write it", refused.Error);
        Assert.True(nothingWritten);
        Assert.Contains("--- a/beta/entry.txt", forcedPreview.Out);
        Assert.Contains("-a user's file", forcedPreview.Out);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal("9 created, 1 changed, 0 deleted, 0 unchanged, 1 conflict overwritten\n", forced.Out);
        Assert.StartsWith("title: Wind Without Weather\r\n", File.ReadAllText(Path.Combine(f.Out, "beta", "entry.txt")));
        Assert.Equal(0, after.ExitCode);
    }

    [Fact]
    public void PruneDeletesStaleFilesAndTheFoldersTheyLeaveEmptyButKeepsEditedOnesAndUserFiles()
    {
        using var f = new Fixture();
        f.Run(false);
        File.WriteAllText(Path.Combine(f.Out, "beta", "mine.txt"), "a user's file beside stale ones");
        f.Site.Pages.Remove("gamma");
        f.Site.Pages.Remove("beta");

        var dry = f.Run(false, "--dry-run", "--prune");
        var kept = f.Run(false);
        var pruned = f.Run(false, "--prune");

        Assert.Contains("--- a/gamma/entry.txt\n+++ /dev/null\n", dry.Out);
        Assert.Contains("deleted file mode", dry.Out);
        Assert.EndsWith("0 to create, 1 to change, 6 to delete, 3 unchanged\n", dry.Out);
        Assert.Equal("0 created, 1 changed, 0 deleted, 3 unchanged, 6 stale kept (--prune deletes unedited ones)\n", kept.Out);
        Assert.True(pruned.ExitCode == 0, pruned.Error);
        Assert.Equal("0 created, 0 changed, 6 deleted, 4 unchanged\n", pruned.Out);
        Assert.False(Directory.Exists(Path.Combine(f.Out, "gamma")));
        Assert.Equal(new[] { "mine.txt" }, Directory.GetFileSystemEntries(Path.Combine(f.Out, "beta")).Select(Path.GetFileName));
        Assert.Equal(0, f.Run(false, "--check", "--prune").ExitCode);
    }

    [Fact]
    public void AnEditedStaleFileIsKeptEvenWithPruneUnlessForced()
    {
        using var f = new Fixture();
        f.Run(false);
        File.AppendAllText(Path.Combine(f.Out, "gamma", "entry.txt"), "edited\r\n");
        f.Site.Pages.Remove("gamma");

        var refused = f.Run(false, "--prune");
        var keptAll = File.Exists(Path.Combine(f.Out, "gamma", "note.md"));
        var forced = f.Run(false, "--prune", "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("gamma/entry.txt: no longer produced, and edited since migrate wrote it", refused.Error);
        Assert.True(keptAll);
        Assert.Equal(0, forced.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(f.Out, "gamma")));
    }

    // ---- --report ---------------------------------------------------------------------------------------

    [Fact]
    public void TheReportIsWrittenInADryRunValidatesAgainstTheSchemaAndIsTheOnlyFileWritten()
    {
        using var f = new Fixture();
        f.Run(false);
        f.Site.Pages["alpha"] = ("Counting More Pebbles", "We count.");
        f.Site.Pages.Remove("gamma");
        File.WriteAllText(Path.Combine(f.Out, "beta", "note.md"), "edited");
        var report = f.Temp.Combine("report.json");
        var before = f.Snapshot();

        var r = f.Run(false, "--check", "--report", report);

        Assert.Equal(1, r.ExitCode);
        Assert.Equal(before.Append("report.json " + Sha256(report)).Order(StringComparer.Ordinal), f.Snapshot());
        var text = File.ReadAllText(report);
        AssertValidReport(text);
        var doc = JsonNode.Parse(text)!;
        var actions = doc["files"]!.AsArray().ToDictionary(x => (string)x!["path"]!, x => (string)x!["action"]!);
        Assert.Equal("modify", actions["alpha/entry.txt"]);
        Assert.Equal("conflict", actions["beta/note.md"]);
        Assert.Equal("unchanged", actions["beta/entry.txt"]);
        Assert.Equal("delete", actions["gamma/entry.txt"]);
        Assert.Equal("modify", actions["index.txt"]);
        Assert.Equal(new[] { "content/publication/alpha/index.md" },
            doc["files"]!.AsArray().First(x => (string)x!["path"]! == "alpha/entry.txt")!["sources"]!.AsArray().Select(s => (string)s!));
        Assert.Equal(1, (int)doc["totals"]!["conflict"]!);
        Assert.False((bool)doc["options"]!["prune"]!);
    }

    [Fact]
    public void TheReportCarriesDiagnosticsWithTheirCodes()
    {
        using var f = new Fixture();
        var stages = FakeStages.For(f.Site.Root, ["good", "broken"],
            s => s.Slug == "broken" ? SamplePublications.Minimal("broken") : SamplePublications.Rich(s.Slug));
        var report = f.Temp.Combine("r.json");

        var r = f.Run(stages, "--report", report);

        Assert.Equal(2, r.ExitCode);
        var text = File.ReadAllText(report);
        AssertValidReport(text);
        var codes = JsonNode.Parse(text)!.AsObject().ToJsonString();
        Assert.Contains("\"MIG202\"", codes);
        Assert.Contains("\"MIG300\"", codes);
        Assert.Equal(1, (int)JsonNode.Parse(text)!["totals"]!["errors"]!);
    }

    [Theory]
    [InlineData("out/report.json")]
    [InlineData("out/sub/report.json")]
    [InlineData("no-such-folder/report.json")]
    [InlineData("")]
    public void AReportInsideTheOutputFolderOrInAMissingFolderIsRefusedBeforeAnythingRuns(string relative)
    {
        using var f = new Fixture();
        Directory.CreateDirectory(Path.Combine(f.Out, "sub"));
        var before = f.Snapshot();

        var r = f.Run(false, "--dry-run", "--report", relative.Length == 0 ? f.Temp.Path : f.Temp.Combine(relative.Split('/')));

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("migrate: error: --report", r.Error);
        Assert.Equal("", r.Out);
        Assert.Equal(before, f.Snapshot());
    }

    // ---- round trip with git and minimal diffs ---------------------------------------------------------

    [Fact]
    public void TheDryRunPatchAppliedWithGitGivesExactlyWhatARealRunWrites()
    {
        using var f = new Fixture();
        Assert.Equal(0, f.Run(false).ExitCode);
        // A CRLF file and a no-final-newline file change (title), a binary resource changes, one publication
        // goes (deletions with --prune), one arrives (creations, with a binary).
        f.Site.Pages["alpha"] = ("Counting Ten Thousand Pebbles", "We count.");
        File.WriteAllBytes(f.Site.ResourcePath("beta"), [.. Png, 0, 0, 0xFE, 0xFF, 0x0A]);
        f.Site.Pages.Remove("gamma");
        f.Site.Add("delta", "Four Winds", "New.", [0, 1, 2, 3, 0xFF]);
        var copy = f.Temp.Combine("copy");
        CopyTree(f.Out, copy);

        var dry = f.Run(false, "--dry-run", "--prune", "--binary", "--color", "always"); // colour is ignored below
        var plain = f.Run(false, "--dry-run", "--prune", "--binary");
        var applied = GitTool.Apply(copy, plain.Out);
        var real = f.Run(false, "--prune");

        Assert.Contains('\u001b', dry.Out);
        Assert.True(applied.ExitCode == 0, applied.StdErr + "\n" + plain.Out);
        Assert.Equal(0, real.ExitCode);
        Assert.Contains("\\ No newline at end of file", plain.Out);
        Assert.Contains("GIT binary patch", plain.Out);
        Assert.Contains("-title: Counting Pebbles\r\n", plain.Out);
        Assert.Equal(TreeSnapshot.Of(f.Out, NotReserved), TreeSnapshot.Of(copy, NotReserved));
    }

    [Fact]
    public void WithoutBinaryTheDryRunSaysBinaryFilesDiffer()
    {
        using var f = new Fixture();
        f.Run(false);
        File.WriteAllBytes(f.Site.ResourcePath("beta"), [.. Png, 7]);

        var r = f.Run(false, "--dry-run");

        Assert.Contains("Binary files a/beta/figure.bin and b/beta/figure.bin differ", r.Out);
        Assert.EndsWith("0 to create, 1 to change, 0 to delete, 9 unchanged\n", r.Out);
    }

    [Fact]
    public void ChangingOneValueTouchesOnlyTheJsonLinesThatCarryIt()
    {
        using var f = new Fixture();
        f.Run(true);
        f.Site.Pages["beta"] = ("Wind Without Weather", "It blows hard.");
        var copy = f.Temp.Combine("copy");
        CopyTree(f.Out, copy);

        var r = f.Run(true, "--dry-run");
        var changed = r.Out.Split('\n').Where(l => (l.StartsWith('+') || l.StartsWith('-')) && !l.StartsWith("+++") && !l.StartsWith("---")).ToList();

        Assert.NotEmpty(changed);
        Assert.All(changed, l => Assert.True(l.Contains("It blows.") || l.Contains("It blows hard."), l));
        Assert.Equal(changed.Count / 2, changed.Count(l => l.StartsWith('+')));
        Assert.Equal(0, GitTool.Apply(copy, r.Out).ExitCode);
        f.Run(true);
        Assert.Equal(File.ReadAllBytes(Path.Combine(f.Out, "publications.json")), File.ReadAllBytes(Path.Combine(copy, "publications.json")));
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static bool NotReserved(string relative) => !relative.StartsWith(".migrate", StringComparison.Ordinal);

    private static string Sha256(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    private static readonly Lazy<JsonSchema> ReportSchema = new(() =>
        JsonSchema.FromText(File.ReadAllText(RepositoryFiles.PathOf("schemas/migrate-report.schema.json")),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static void AssertValidReport(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = ReportSchema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, json);
    }
}
