using System.Text;
using Migrate.Core.Diagnostics;
using Migrate.Core.Planning;

using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Planning;

public sealed class ChangeSetRendererTests
{
    private static byte[] B(string s) => new UTF8Encoding(false).GetBytes(s);

    private static OutputManifestEntry Entry(string path, byte[] bytes)
    {
        var d = FileDigest.Of(bytes);
        return new OutputManifestEntry(path, d.Sha256, d.Length);
    }

    /// <summary>
    /// An output folder as an earlier run left it (with its manifest), a source folder with resources, and the
    /// plan of the next run: CRLF file, file without final newline, a path with spaces, non-ASCII, binary
    /// resources (copied), an empty file, a stale file, an unchanged file.
    /// </summary>
    private sealed class Scenario : IDisposable
    {
        public TempDirectory Output { get; } = new();
        public TempDirectory Source { get; } = new();
        public OutputPlan Plan { get; }

        public Scenario()
        {
            var earlier = new (string Path, byte[] Bytes)[]
            {
                ("keep.json", B("{\"same\": true}\n")),
                ("crlf.md", B("---\r\ntitle: One\r\ndate: 2020-01-01\r\n---\r\nBody\r\n")),
                ("nofinal.txt", B("first\nsecond")),
                ("my papers/notes on x.md", B("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n")),
                ("stale.json", B("{\"old\": 1}\n")),
                ("figure.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 1, 2, 3 }),
            };
            foreach (var (p, b) in earlier)
            {
                Output.Write(p, b);
            }
            OutputManifestSerializerTests.WriteManifest(Output, new OutputManifest("json", earlier.Select(e => Entry(e.Path, e.Bytes))));

            Source.Write("figure.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 9, 9, 9, 0xFF });
            Source.Write("paper.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0, 0xC3, 0x28 });
            Plan = new OutputPlan([
                PlannedFile.Text("keep.json", "{\"same\": true}\n"),
                PlannedFile.Text("crlf.md", "---\r\ntitle: Two\r\ndate: 2020-01-01\r\n---\r\nBody\r\n", "content/publication/two/index.md"),
                PlannedFile.Text("nofinal.txt", "first\nsecond, changed"),
                PlannedFile.Text("my papers/notes on x.md", "a\nb\nc\nd\nE\nf\ng\nh\ni\nj\nk"),
                PlannedFile.Copy("figure.png", Source.Combine("figure.png")),
                PlannedFile.Copy("new dir/caf\u00e9 paper.pdf", Source.Combine("paper.pdf")),
                PlannedFile.Text("empty.txt", ""),
                PlannedFile.Text("added.json", "{\n  \"x\": 1\n}\n"),
            ], []);
        }

        public void Dispose()
        {
            Output.Dispose();
            Source.Dispose();
        }
    }

    [Fact]
    public void ThePrintedDryRunAppliesWithGitApplyAndYieldsExactlyThePlannedFolder()
    {
        using var s = new Scenario();
        var set = PlanComparer.Compare(s.Plan, s.Output.Path);
        Assert.Empty(set.Diagnostics);
        var text = ChangeSetRenderer.Render(set, new ChangeSetRenderOptions(Prune: true, BinaryPatches: true));

        var r = Git.Apply(s.Output.Path, text);
        Assert.True(r.ExitCode == 0, $"git apply failed: {r.StdErr}\n{text}");

        foreach (var f in s.Plan.Files)
        {
            var expected = f.Content ?? File.ReadAllBytes(f.CopyFrom!);
            Assert.Equal(expected, File.ReadAllBytes(s.Output.Combine(f.RelativePath)));
        }
        Assert.False(File.Exists(s.Output.Combine("stale.json")));
        var onDisk = Directory.EnumerateFiles(s.Output.Path, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(s.Output.Path, p).Replace('\\', '/'))
            .Where(p => !p.StartsWith(".migrate/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        Assert.Equal(s.Plan.Files.Select(f => f.RelativePath).Order(StringComparer.Ordinal), onDisk);

        // After applying, the same plan compares as entirely unchanged (what an idempotent rerun sees).
        Assert.All(PlanComparer.Compare(s.Plan, s.Output.Path).Changes, c => Assert.Equal(ChangeKind.Unchanged, c.Kind));
    }

    [Fact]
    public void TheDryRunEndsWithTheSummaryLine()
    {
        using var s = new Scenario();
        var set = PlanComparer.Compare(s.Plan, s.Output.Path);
        Assert.EndsWith("\n3 to create, 4 to change, 1 to delete, 1 unchanged\n",
            ChangeSetRenderer.Render(set, new ChangeSetRenderOptions(Prune: true)));
        Assert.Equal("3 to create, 4 to change, 1 to delete, 1 unchanged",
            ChangeSetRenderer.Summary(set, new ChangeSetRenderOptions(Prune: true)));
    }

    [Fact]
    public void WithoutPruneAStaleFileIsANoteNotADeletion()
    {
        using var s = new Scenario();
        var set = PlanComparer.Compare(s.Plan, s.Output.Path);
        var text = ChangeSetRenderer.Render(set, new ChangeSetRenderOptions(BinaryPatches: true));
        Assert.DoesNotContain("diff --git a/stale.json", text);
        Assert.Contains("\nstale: stale.json (no longer produced; --prune deletes it)\n", text);
        Assert.EndsWith("\n3 to create, 4 to change, 0 to delete, 1 unchanged, 1 stale kept (--prune deletes unedited ones)\n", text);

        var r = Git.Apply(s.Output.Path, text);
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.True(File.Exists(s.Output.Combine("stale.json")));
    }

    [Fact]
    public void ConflictsAreListedAndLeftAloneUnlessForced()
    {
        using var s = new Scenario();
        s.Output.Write("nofinal.txt", "first\nsecond, edited by the user");
        s.Output.Write("added.json", "mine\n");
        var set = PlanComparer.Compare(s.Plan, s.Output.Path);

        var text = ChangeSetRenderer.Render(set, new ChangeSetRenderOptions(Prune: true, BinaryPatches: true));
        Assert.Contains("\nconflict: added.json (exists but migrate did not write it; --force overwrites it)\n", text);
        Assert.Contains("\nconflict: nofinal.txt (edited since migrate wrote it; --force overwrites it)\n", text);
        Assert.DoesNotContain("diff --git a/nofinal.txt", text);
        Assert.EndsWith("\n2 to create, 3 to change, 1 to delete, 1 unchanged, 2 conflicts\n", text);
        var r = Git.Apply(s.Output.Path, text);
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Equal(B("mine\n"), File.ReadAllBytes(s.Output.Combine("added.json")));

        var forcedSet = PlanComparer.Compare(s.Plan, s.Output.Path);
        var forced = ChangeSetRenderer.Render(forcedSet, new ChangeSetRenderOptions(Prune: true, Force: true, BinaryPatches: true));
        Assert.Contains("diff --git a/nofinal.txt b/nofinal.txt\n", forced);
        Assert.EndsWith(", 2 conflicts overwritten\n", forced);
        var r2 = Git.Apply(s.Output.Path, forced);
        Assert.True(r2.ExitCode == 0, r2.StdErr);
        Assert.Equal(B("first\nsecond, changed"), File.ReadAllBytes(s.Output.Combine("nofinal.txt")));
        Assert.Equal(B("{\n  \"x\": 1\n}\n"), File.ReadAllBytes(s.Output.Combine("added.json")));
    }

    [Fact]
    public void WithoutBinaryPatchesABinaryResourceIsTheBinaryFilesDifferLine()
    {
        using var s = new Scenario();
        var text = ChangeSetRenderer.Render(PlanComparer.Compare(s.Plan, s.Output.Path));
        Assert.Contains("\nBinary files a/figure.png and b/figure.png differ\n", text);
        Assert.Contains("\nBinary files /dev/null and \"b/new dir/caf\\303\\251 paper.pdf\" differ\n", text);
        Assert.DoesNotContain("GIT binary patch", text);
    }

    [Fact]
    public void TheCrlfChangeShowsAsOneChangedLineWithItsCarriageReturn()
    {
        using var s = new Scenario();
        var text = ChangeSetRenderer.Render(PlanComparer.Compare(s.Plan, s.Output.Path));
        Assert.Contains("@@ -1,5 +1,5 @@\n ---\r\n-title: One\r\n+title: Two\r\n date: 2020-01-01\r\n", text);
    }

    [Fact]
    public void ColourAppearsOnlyWhenAsked()
    {
        using var s = new Scenario();
        var set = PlanComparer.Compare(s.Plan, s.Output.Path);
        Assert.DoesNotContain("\u001b[", ChangeSetRenderer.Render(set));
        var coloured = ChangeSetRenderer.Render(set, new ChangeSetRenderOptions(Color: ColorMode.Always));
        Assert.Contains("\u001b[31m-title: One\r\u001b[m\n", coloured);
        Assert.Contains("\u001b[32m+title: Two\r\u001b[m\n", coloured);
        Assert.Contains("\u001b[36m@@ -1,5 +1,5 @@\u001b[m\n", coloured);
    }

    [Fact]
    public void AFileTooLargeToLoadIsShownAsDifferingOnly()
    {
        using var dir = new TempDirectory();
        dir.Write("big.bin", new byte[100]);
        var set = PlanComparer.Compare(new OutputPlan([new PlannedFile("big.bin", new byte[101], null, [])], []), dir.Path,
            new OutputManifest("json", [Entry("big.bin", new byte[100])]), new PlanComparerOptions(MaxLoadedBytes: 10));
        Assert.Equal("diff --git a/big.bin b/big.bin\nBinary files a/big.bin and b/big.bin differ\n0 to create, 1 to change, 0 to delete, 0 unchanged\n",
            ChangeSetRenderer.Render(set, new ChangeSetRenderOptions(BinaryPatches: true)));
    }

    public static TheoryData<ChangeKind[], bool, string> Summaries() => new()
    {
        { [], false, "0 to create, 0 to change, 0 to delete, 0 unchanged" },
        { [ChangeKind.Create, ChangeKind.Create, ChangeKind.Create, ChangeKind.Modify, ChangeKind.Modify, ChangeKind.Delete,
            .. Enumerable.Repeat(ChangeKind.Unchanged, 40)], true, "3 to create, 2 to change, 1 to delete, 40 unchanged" },
        { [ChangeKind.Modify, ChangeKind.Conflict], false, "0 to create, 1 to change, 0 to delete, 0 unchanged, 1 conflict" },
        { [ChangeKind.Delete, ChangeKind.Delete], false, "0 to create, 0 to change, 0 to delete, 0 unchanged, 2 stale kept (--prune deletes unedited ones)" },
    };

    [Theory]
    [MemberData(nameof(Summaries))]
    public void TheSummaryCountsWhatTheRunWouldDo(ChangeKind[] kinds, bool prune, string expected)
    {
        var changes = kinds.Select((k, i) => new FileChange($"f{i:D3}", k, null, null, [])
        {
            Planned = k == ChangeKind.Delete ? null : PlannedFile.Text($"f{i:D3}", ""),
        }).ToList();
        Assert.Equal(expected, ChangeSetRenderer.Summary(new ChangeSet(changes, new List<Diagnostic>(), null), new ChangeSetRenderOptions(Prune: prune)));
    }
}
