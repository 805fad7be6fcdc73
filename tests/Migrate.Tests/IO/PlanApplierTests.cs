using System.Text;
using Migrate.Core.Diagnostics;
using Migrate.Core.IO;
using Migrate.Core.Planning;
using Migrate.Tests.TestSupport;

namespace Migrate.Tests.IO;

public sealed class PlanApplierTests
{
    private static OutputPlan Plan(params PlannedFile[] files) => new(files, Array.Empty<Diagnostic>());

    [Theory]
    [InlineData("../x")]
    [InlineData("/etc/x")]
    [InlineData("a/../../x")]
    [InlineData("a/../b")]
    [InlineData("..")]
    [InlineData("a//b")]
    [InlineData("a/")]
    [InlineData("./a")]
    [InlineData("")]
    [InlineData("a\0b")]
    [InlineData("a\nb")]
    [InlineData("a\\..\\..\\x")]
    [InlineData("\\x")]
    [InlineData("C:\\x")]
    [InlineData("C:x")]
    public void RefusesAPathThatCouldLeaveTheOutputFolder(string relativePath)
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out", "inner");

        var result = PlanApplier.Apply(Plan(PlannedFile.Text(relativePath, "bad"), PlannedFile.Text("good.txt", "ok")), output);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.PathOutsideOutput, d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(new[] { relativePath }, result.NotWritten);
        Assert.Equal(new[] { "good.txt" }, result.Written);
        // Nothing but the good file anywhere under the temp folder.
        var files = Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp.Path, f));
        Assert.Equal(new[] { Path.Combine("out", "inner", "good.txt") }, files);
    }

    [Fact]
    public void RefusesToWriteThroughASymlinkedFolderThatLeadsOutside()
    {
        using var temp = new TempDirectory();
        var outside = Directory.CreateDirectory(temp.Combine("outside")).FullName;
        var output = Directory.CreateDirectory(temp.Combine("out")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(output, "link"), outside);

        var result = PlanApplier.Apply(Plan(PlannedFile.Text("link/x.txt", "escape"), PlannedFile.Text("link/deeper/y.txt", "escape")), output);

        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticCodes.PathOutsideOutput, d.Code));
        Assert.Equal(2, result.Diagnostics.Count);
        Assert.Empty(Directory.GetFileSystemEntries(outside));
    }

    [Fact]
    public void WritesThroughASymlinkedFolderThatStaysInside()
    {
        using var temp = new TempDirectory();
        var output = Directory.CreateDirectory(temp.Combine("out")).FullName;
        var real = Directory.CreateDirectory(Path.Combine(output, "real")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(output, "alias"), real);

        var result = PlanApplier.Apply(Plan(PlannedFile.Text("alias/x.txt", "fine")), output);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("fine", File.ReadAllText(Path.Combine(real, "x.txt")));
    }

    [Fact]
    public void CreatesFoldersAndWritesExactBytes()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("new", "out");
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', (byte)'\r', (byte)'\n', 0 };

        var result = PlanApplier.Apply(Plan(new PlannedFile("a/b/c.bin", bytes, null, Array.Empty<string>())), output);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(output, "a", "b", "c.bin")));
    }

    [Fact]
    public void ReplacesAnExistingFileAtomicallyByRenaming()
    {
        using var temp = new TempDirectory();
        var output = Directory.CreateDirectory(temp.Combine("out")).FullName;
        var target = Path.Combine(output, "doc.json");
        File.WriteAllText(target, "old content");
        // A reader holding the old file keeps seeing the whole old file: the new one is renamed over it,
        // never written into it.
        using var reader = new FileStream(target, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

        var result = PlanApplier.Apply(Plan(PlannedFile.Text("doc.json", "new content, longer")), output);

        Assert.Equal(new[] { "doc.json" }, result.Written);
        Assert.Equal("new content, longer", File.ReadAllText(target));
        using var old = new StreamReader(reader);
        Assert.Equal("old content", old.ReadToEnd());
        Assert.Equal(new[] { "doc.json" }, Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
    }

    [Fact]
    public void LeavesAFileWithIdenticalBytesUntouched()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");
        var plan = Plan(PlannedFile.Text("x/doc.json", "same"), PlannedFile.Text("y.txt", "also same"));
        PlanApplier.Apply(plan, output);
        var target = Path.Combine(output, "x", "doc.json");
        var past = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(target, past);

        var second = PlanApplier.Apply(plan, output);

        Assert.Empty(second.Written);
        Assert.Equal(new[] { "x/doc.json", "y.txt" }, second.Unchanged);
        Assert.Equal(past, File.GetLastWriteTimeUtc(target));
    }

    [Fact]
    public void RewritesAFileWhoseBytesDifferEvenWithTheSameLength()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");
        PlanApplier.Apply(Plan(PlannedFile.Text("a.txt", "abc")), output);

        var result = PlanApplier.Apply(Plan(PlannedFile.Text("a.txt", "abd")), output);

        Assert.Equal(new[] { "a.txt" }, result.Written);
        Assert.Equal("abd", File.ReadAllText(Path.Combine(output, "a.txt")));
    }

    [Fact]
    public void CopiesResourcesAndSkipsThemWhenAlreadyIdentical()
    {
        using var temp = new TempDirectory();
        var source = temp.WriteFile("src/featured.png", "not really a png");
        var output = temp.Combine("out");
        var plan = Plan(PlannedFile.Copy("pub/featured.png", source));

        var first = PlanApplier.Apply(plan, output);
        var second = PlanApplier.Apply(plan, output);

        Assert.Equal(new[] { "pub/featured.png" }, first.Written);
        Assert.Equal(new[] { "pub/featured.png" }, second.Unchanged);
        Assert.Equal("not really a png", File.ReadAllText(Path.Combine(output, "pub", "featured.png")));
    }

    [Fact]
    public void AnIoFailureIsReportedAndTheOtherFilesAreStillWritten()
    {
        using var temp = new TempDirectory();
        var output = Directory.CreateDirectory(temp.Combine("out")).FullName;
        File.WriteAllText(Path.Combine(output, "blocker"), "a file where a folder is needed");

        var result = PlanApplier.Apply(
            Plan(PlannedFile.Text("blocker/x.txt", "x"), PlannedFile.Copy("missing.png", temp.Combine("no-such-file")), PlannedFile.Text("z.txt", "z")),
            output);

        Assert.Equal(new[] { DiagnosticCodes.WriteFailed, DiagnosticCodes.WriteFailed }, result.Diagnostics.Select(d => d.Code));
        Assert.Equal(new[] { "z.txt" }, result.Written);
        Assert.Equal("z", File.ReadAllText(Path.Combine(output, "z.txt")));
        // No temporary files are left behind by the failed copy.
        Assert.Equal(new[] { "blocker", "z.txt" }, Directory.GetFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReplacesASymlinkAtTheTargetInsteadOfWritingThroughIt()
    {
        using var temp = new TempDirectory();
        var victim = temp.WriteFile("outside/victim.txt", "precious");
        var output = Directory.CreateDirectory(temp.Combine("out")).FullName;
        File.CreateSymbolicLink(Path.Combine(output, "doc.txt"), victim);

        var result = PlanApplier.Apply(Plan(PlannedFile.Text("doc.txt", "new")), output);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Null(new FileInfo(Path.Combine(output, "doc.txt")).LinkTarget);
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "doc.txt")));
    }

    [Fact]
    public void AcceptsOrdinaryNestedRelativePaths()
    {
        Assert.Null(PlanApplier.CheckRelativePath("publication/quill-2020/index.md"));
        Assert.Null(PlanApplier.CheckRelativePath("a..b/.hidden/x..md"));
    }
}
