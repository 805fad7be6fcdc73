using System.Text;
using Migrate.Core.Diagnostics;
using Migrate.Core.Planning;

using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Planning;

public sealed class PlanComparerTests
{
    private static byte[] B(string s) => new UTF8Encoding(false).GetBytes(s);

    private static OutputPlan Plan(params PlannedFile[] files) => new(files, []);

    private static OutputManifest Manifest(params (string Path, string Text)[] written) =>
        new("json", written.Select(w => { var d = FileDigest.Of(B(w.Text)); return new OutputManifestEntry(w.Path, d.Sha256, d.Length); }));

    private static FileChange Single(ChangeSet set, string path) => Assert.Single(set.Changes, c => c.Path == path);

    [Fact]
    public void AFileThatIsNotOnDiskIsCreated()
    {
        using var dir = new TempDirectory();
        var set = PlanComparer.Compare(Plan(PlannedFile.Text("a/b.json", "{}\n", "content/publication/x/index.md")), dir.Path, null);
        var c = Single(set, "a/b.json");
        Assert.Equal(ChangeKind.Create, c.Kind);
        Assert.Null(c.OldBytes);
        Assert.Equal(B("{}\n"), c.NewBytes);
        Assert.Equal(["content/publication/x/index.md"], c.Sources);
        Assert.Empty(set.Diagnostics);
    }

    [Fact]
    public void AMissingOutputFolderMeansEverythingIsCreated()
    {
        using var dir = new TempDirectory();
        var set = PlanComparer.Compare(Plan(PlannedFile.Text("x.json", "1")), Path.Combine(dir.Path, "not", "yet"));
        Assert.Equal(ChangeKind.Create, Single(set, "x.json").Kind);
        Assert.Empty(set.Diagnostics);
    }

    [Fact]
    public void IdenticalBytesAreUnchangedEvenWithoutAManifest()
    {
        using var dir = new TempDirectory();
        dir.Write("x.json", "same\n");
        var c = Single(PlanComparer.Compare(Plan(PlannedFile.Text("x.json", "same\n")), dir.Path, null), "x.json");
        Assert.Equal(ChangeKind.Unchanged, c.Kind);
        Assert.Null(c.OldBytes); // unchanged files are only hashed, never loaded
    }

    [Fact]
    public void AFileMigrateWroteAndNobodyEditedIsModified()
    {
        using var dir = new TempDirectory();
        dir.Write("x.json", "old\n");
        var c = Single(PlanComparer.Compare(Plan(PlannedFile.Text("x.json", "new\n")), dir.Path, Manifest(("x.json", "old\n"))), "x.json");
        Assert.Equal(ChangeKind.Modify, c.Kind);
        Assert.Equal(B("old\n"), c.OldBytes);
        Assert.Equal(B("new\n"), c.NewBytes);
        Assert.Null(c.Conflict);
    }

    [Fact]
    public void AFileTheUserEditedSinceMigrateWroteItIsAConflict()
    {
        using var dir = new TempDirectory();
        dir.Write("x.json", "old, edited by hand\n");
        var c = Single(PlanComparer.Compare(Plan(PlannedFile.Text("x.json", "new\n")), dir.Path, Manifest(("x.json", "old\n"))), "x.json");
        Assert.Equal(ChangeKind.Conflict, c.Kind);
        Assert.Equal(ConflictReason.EditedSinceWritten, c.Conflict);
        Assert.Equal(B("old, edited by hand\n"), c.OldBytes);
    }

    [Fact]
    public void AnExistingFileMigrateDidNotWriteIsAConflict()
    {
        using var dir = new TempDirectory();
        dir.Write("x.json", "the user's own\n");
        var set = PlanComparer.Compare(Plan(PlannedFile.Text("x.json", "new\n")), dir.Path, null);
        var c = Single(set, "x.json");
        Assert.Equal(ChangeKind.Conflict, c.Kind);
        Assert.Equal(ConflictReason.NotWrittenByMigrate, c.Conflict);
        Assert.True(set.HasConflicts);
    }

    [Fact]
    public void AnUneditedFileThePlanNoLongerProducesIsADeletion()
    {
        using var dir = new TempDirectory();
        dir.Write("gone.json", "stale\n");
        var c = Single(PlanComparer.Compare(Plan(), dir.Path, Manifest(("gone.json", "stale\n"))), "gone.json");
        Assert.Equal(ChangeKind.Delete, c.Kind);
        Assert.Equal(B("stale\n"), c.OldBytes);
        Assert.Null(c.NewBytes);
        Assert.False(c.IsPending(prune: false));
        Assert.True(c.IsPending(prune: true));
    }

    [Fact]
    public void AnEditedStaleFileIsAConflictThatOnlyPruneWouldTouch()
    {
        using var dir = new TempDirectory();
        dir.Write("gone.json", "stale, then edited\n");
        var c = Single(PlanComparer.Compare(Plan(), dir.Path, Manifest(("gone.json", "stale\n"))), "gone.json");
        Assert.Equal(ChangeKind.Conflict, c.Kind);
        Assert.Equal(ConflictReason.EditedSinceWritten, c.Conflict);
        Assert.Null(c.New);
        Assert.False(c.IsPending(prune: false));
    }

    [Fact]
    public void AManifestEntryWhoseFileIsAlreadyGoneIsNotAChange()
    {
        using var dir = new TempDirectory();
        var set = PlanComparer.Compare(Plan(), dir.Path, Manifest(("gone.json", "x")));
        Assert.Empty(set.Changes);
    }

    [Fact]
    public void AFolderWhereAFileIsPlannedIsAConflict()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine("x.json"));
        var c = Single(PlanComparer.Compare(Plan(PlannedFile.Text("x.json", "1")), dir.Path, null), "x.json");
        Assert.Equal(ConflictReason.NotARegularFile, c.Conflict);
    }

    [Fact]
    public void AFileWhereAFolderIsPlannedIsAConflict()
    {
        using var dir = new TempDirectory();
        dir.Write("a", "I am a file");
        var c = Single(PlanComparer.Compare(Plan(PlannedFile.Text("a/b.json", "1")), dir.Path, null), "a/b.json");
        Assert.Equal(ConflictReason.NotARegularFile, c.Conflict);
    }

    [Fact]
    public void ASymlinkedFolderLeadingOutsideTheOutputIsAnErrorAndNothingOutsideIsRead()
    {
        using var outside = new TempDirectory();
        using var dir = new TempDirectory();
        outside.Write("x.json", "secret\n");
        Directory.CreateSymbolicLink(dir.Combine("link"), outside.Path);
        var set = PlanComparer.Compare(Plan(PlannedFile.Text("link/x.json", "new\n")), dir.Path, null);
        Assert.Empty(set.Changes);
        var d = Assert.Single(set.Diagnostics);
        Assert.Equal(DiagnosticCodes.PathOutsideOutput, d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Fact]
    public void AStaleManifestEntryBehindAnEscapingSymlinkIsAnErrorNotADeletion()
    {
        using var outside = new TempDirectory();
        using var dir = new TempDirectory();
        outside.Write("x.json", "stale\n");
        Directory.CreateSymbolicLink(dir.Combine("link"), outside.Path);
        var set = PlanComparer.Compare(Plan(), dir.Path, Manifest(("link/x.json", "stale\n")));
        Assert.Empty(set.Changes);
        Assert.Equal(DiagnosticCodes.PathOutsideOutput, Assert.Single(set.Diagnostics).Code);
    }

    [Fact]
    public void ASymlinkedFolderInsideTheOutputIsFollowed()
    {
        using var dir = new TempDirectory();
        dir.Write("real/x.json", "same\n");
        Directory.CreateSymbolicLink(dir.Combine("alias"), dir.Combine("real"));
        var set = PlanComparer.Compare(Plan(PlannedFile.Text("alias/x.json", "same\n")), dir.Path, null);
        Assert.Equal(ChangeKind.Unchanged, Single(set, "alias/x.json").Kind);
    }

    [Fact]
    public void AFileSymlinkIsNeverTreatedAsOurFile()
    {
        using var dir = new TempDirectory();
        dir.Write("real.json", "same\n");
        File.CreateSymbolicLink(dir.Combine("x.json"), dir.Combine("real.json"));
        var c = Single(PlanComparer.Compare(Plan(PlannedFile.Text("x.json", "same\n")), dir.Path, null), "x.json");
        Assert.Equal(ConflictReason.NotARegularFile, c.Conflict);
    }

    [Theory]
    [InlineData("../escape.json")]
    [InlineData("a/../../escape.json")]
    [InlineData("/etc/passwd")]
    [InlineData("a\\b.json")]
    [InlineData("C:/x.json")]
    [InlineData("a//b.json")]
    [InlineData("./a.json")]
    [InlineData("")]
    [InlineData(".migrate/manifest.json")]
    [InlineData(".MIGRATE/x")]
    public void UnsafeOrReservedPlannedPathsAreErrorsAndNeverLookedAt(string path)
    {
        using var dir = new TempDirectory();
        var set = PlanComparer.Compare(Plan(new PlannedFile(path, B("x"), null, [])), dir.Path, null);
        Assert.Empty(set.Changes);
        Assert.Equal(DiagnosticCodes.PathOutsideOutput, Assert.Single(set.Diagnostics).Code);
        Assert.True(set.HasErrors);
    }

    [Fact]
    public void ADuplicatePlannedPathIsAnError()
    {
        using var dir = new TempDirectory();
        var set = PlanComparer.Compare(Plan(PlannedFile.Text("x.json", "1"), PlannedFile.Text("x.json", "2")), dir.Path, null);
        Assert.Equal(B("1"), Single(set, "x.json").NewBytes);
        Assert.Equal(DiagnosticCodes.DuplicateOutputPath, Assert.Single(set.Diagnostics).Code);
    }

    [Fact]
    public void ACopiedResourceIsComparedByHashAndAMissingSourceIsAReadError()
    {
        using var src = new TempDirectory();
        using var dir = new TempDirectory();
        src.Write("paper.pdf", new byte[] { 1, 0, 2 });
        dir.Write("paper.pdf", new byte[] { 1, 0, 2 });
        var set = PlanComparer.Compare(Plan(
            PlannedFile.Copy("paper.pdf", src.Combine("paper.pdf")),
            PlannedFile.Copy("lost.pdf", src.Combine("lost.pdf"))), dir.Path, null);
        Assert.Equal(ChangeKind.Unchanged, Single(set, "paper.pdf").Kind);
        Assert.DoesNotContain(set.Changes, c => c.Path == "lost.pdf");
        Assert.Equal(DiagnosticCodes.FileReadFailed, Assert.Single(set.Diagnostics).Code);
    }

    [Fact]
    public void AChangedFileAboveTheLoadLimitIsOnlyHashed()
    {
        using var dir = new TempDirectory();
        dir.Write("big.bin", new byte[100]);
        var c = Single(PlanComparer.Compare(Plan(new PlannedFile("big.bin", new byte[101], null, [])), dir.Path,
            Manifest(), new PlanComparerOptions(MaxLoadedBytes: 50)), "big.bin");
        Assert.Null(c.OldBytes);
        Assert.True(c.IsContentElided);
        Assert.Equal(100, c.Old!.Length);
    }

    [Fact]
    public void ChangesComeOutInOrdinalPathOrderWhateverThePlanOrder()
    {
        using var dir = new TempDirectory();
        dir.Write("m.json", "stale");
        var set = PlanComparer.Compare(Plan(PlannedFile.Text("z.json", "1"), PlannedFile.Text("B.json", "1"), PlannedFile.Text("a.json", "1")),
            dir.Path, Manifest(("m.json", "stale")));
        Assert.Equal(["B.json", "a.json", "m.json", "z.json"], set.Changes.Select(c => c.Path));
    }

    [Fact]
    public void ComparingChangesNothingOnDisk()
    {
        using var dir = new TempDirectory();
        dir.Write("keep.json", "k");
        dir.Write("gone.json", "g");
        dir.Write("edit.json", "user");
        OutputManifestSerializerTests.WriteManifest(dir, Manifest(("gone.json", "g"), ("edit.json", "mine")));
        var before = Snapshot(dir.Path);
        var set = PlanComparer.Compare(Plan(PlannedFile.Text("keep.json", "k2"), PlannedFile.Text("edit.json", "x"),
            PlannedFile.Text("new/deep/file.json", "n")), dir.Path);
        Assert.Equal(4, set.Changes.Count);
        Assert.Equal(before, Snapshot(dir.Path));
    }

    [Fact]
    public void TheOverloadWithoutAManifestReadsTheOneInTheFolder()
    {
        using var dir = new TempDirectory();
        dir.Write("x.json", "old\n");
        OutputManifestSerializerTests.WriteManifest(dir, Manifest(("x.json", "old\n")));
        var set = PlanComparer.Compare(Plan(PlannedFile.Text("x.json", "new\n")), dir.Path);
        Assert.Equal(ChangeKind.Modify, Single(set, "x.json").Kind);
        Assert.NotNull(set.PreviousManifest);
    }

    [Fact]
    public void ACorruptManifestMakesEveryExistingFileAConflict()
    {
        using var dir = new TempDirectory();
        dir.Write("x.json", "old\n");
        dir.Write(OutputManifestSerializer.RelativePath, "{ not json");
        var set = PlanComparer.Compare(Plan(PlannedFile.Text("x.json", "new\n")), dir.Path);
        Assert.Equal(ConflictReason.NotWrittenByMigrate, Single(set, "x.json").Conflict);
        Assert.Equal(DiagnosticCodes.ManifestUnreadable, Assert.Single(set.Diagnostics).Code);
        Assert.False(set.HasErrors);
    }

    /// <summary>Every folder and every file with its bytes' hash.</summary>
    internal static string Snapshot(string root) => string.Join("\n",
        Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => Directory.Exists(p) ? $"{p}/" : $"{p} {FileDigest.OfFile(p).Sha256}"));
}
