using System.Text;
using Migrate.Core.Diagnostics;
using Migrate.Core.Planning;

using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Planning;

public sealed class OutputManifestSerializerTests
{
    private const string HashOfEmpty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"; // sha256 of no bytes
    private const string HashOfAbc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"; // sha256("abc"), FIPS 180-2 example

    internal static void WriteManifest(TempDirectory dir, OutputManifest manifest) => WriteManifest(dir.Path, manifest);

    internal static void WriteManifest(string outputFolder, OutputManifest manifest)
    {
        var full = Path.Combine(outputFolder, OutputManifestSerializer.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, OutputManifestSerializer.Serialize(manifest));
    }

    [Fact]
    public void DigestsAreLowerCaseHexSha256()
    {
        Assert.Equal(new FileDigest(HashOfAbc, 3), FileDigest.Of(Encoding.ASCII.GetBytes("abc")));
        Assert.Equal(new FileDigest(HashOfEmpty, 0), FileDigest.Of(new MemoryStream()));
    }

    [Fact]
    public void SerializationIsSortedIndentedAndEndsWithANewline()
    {
        var manifest = new OutputManifest("json", [
            new OutputManifestEntry("b/x.json", HashOfAbc, 3),
            new OutputManifestEntry("a.json", HashOfEmpty, 0),
        ]);
        var text = Encoding.UTF8.GetString(OutputManifestSerializer.Serialize(manifest));
        Assert.Equal(
            "{\n" +
            "  \"version\": 1,\n" +
            "  \"writer\": \"json\",\n" +
            "  \"files\": [\n" +
            "    {\n" +
            "      \"path\": \"a.json\",\n" +
            $"      \"sha256\": \"{HashOfEmpty}\",\n" +
            "      \"length\": 0\n" +
            "    },\n" +
            "    {\n" +
            "      \"path\": \"b/x.json\",\n" +
            $"      \"sha256\": \"{HashOfAbc}\",\n" +
            "      \"length\": 3\n" +
            "    }\n" +
            "  ]\n" +
            "}\n",
            text);
    }

    [Fact]
    public void RoundTripKeepsEveryEntry()
    {
        var manifest = new OutputManifest("zola", [
            new OutputManifestEntry("caf\u00e9/\"q\" x.md", HashOfAbc, 3),
            new OutputManifestEntry("a.md", HashOfEmpty, 0),
        ]);
        var diagnostics = new List<Diagnostic>();
        var back = OutputManifestSerializer.Deserialize(OutputManifestSerializer.Serialize(manifest), "m", diagnostics);
        Assert.Empty(diagnostics);
        Assert.NotNull(back);
        Assert.Equal("zola", back.Writer);
        Assert.Equal(manifest.Files, back.Files);
        Assert.Equal(OutputManifestSerializer.Serialize(manifest), OutputManifestSerializer.Serialize(back));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ not json")]
    [InlineData("[]")]
    [InlineData("{\"version\": 2, \"writer\": \"json\", \"files\": []}")]
    [InlineData("{\"writer\": \"json\", \"files\": []}")]
    [InlineData("{\"version\": 1, \"files\": []}")]
    [InlineData("{\"version\": 1, \"writer\": \"json\", \"files\": {}}")]
    [InlineData("{\"version\": 1, \"writer\": \"json\", \"files\": [{\"path\": \"a\", \"sha256\": \"XYZ\", \"length\": 1}]}")]
    [InlineData("{\"version\": 1, \"writer\": \"json\", \"files\": [{\"path\": \"../a\", \"sha256\": \"" + HashOfAbc + "\", \"length\": 3}]}")]
    [InlineData("{\"version\": 1, \"writer\": \"json\", \"files\": [{\"path\": \"a\", \"sha256\": \"" + HashOfAbc + "\", \"length\": -3}]}")]
    [InlineData("{\"version\": 1, \"writer\": \"json\", \"files\": [{\"path\": \"a\", \"sha256\": \"" + HashOfAbc + "\"}]}")]
    [InlineData("{\"version\": 1, \"writer\": \"json\", \"files\": [" +
                "{\"path\": \"a\", \"sha256\": \"" + HashOfAbc + "\", \"length\": 3}," +
                "{\"path\": \"a\", \"sha256\": \"" + HashOfAbc + "\", \"length\": 3}]}")]
    public void ACorruptManifestIsAWarningAndCountsAsAbsent(string json)
    {
        var diagnostics = new List<Diagnostic>();
        var manifest = OutputManifestSerializer.Deserialize(Encoding.UTF8.GetBytes(json), ".migrate/manifest.json", diagnostics);
        Assert.Null(manifest);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ManifestUnreadable, d.Code);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(".migrate/manifest.json", d.Path);
    }

    [Fact]
    public void LoadingFromAFolderWithoutAManifestGivesNullSilently()
    {
        using var dir = new TempDirectory();
        var diagnostics = new List<Diagnostic>();
        Assert.Null(OutputManifestSerializer.Load(dir.Path, diagnostics));
        Assert.Null(OutputManifestSerializer.Load(Path.Combine(dir.Path, "missing"), diagnostics));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void AManifestSymlinkedFromOutsideIsNotRead()
    {
        using var outside = new TempDirectory();
        using var dir = new TempDirectory();
        outside.Write("manifest.json", OutputManifestSerializer.Serialize(new OutputManifest("json", [])));
        Directory.CreateSymbolicLink(dir.Combine(".migrate"), outside.Path);
        var diagnostics = new List<Diagnostic>();
        Assert.Null(OutputManifestSerializer.Load(dir.Path, diagnostics));
        Assert.Equal(DiagnosticCodes.ManifestUnreadable, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void TheManifestAfterApplyingRecordsWrittenFilesAndKeepsWhatWasNotTouched()
    {
        using var dir = new TempDirectory();
        dir.Write("same.json", "s");
        dir.Write("mod.json", "old");
        dir.Write("stale.json", "st");
        dir.Write("user.json", "user");
        dir.Write("edited.json", "edited");
        var previous = new OutputManifest("json", new[] { ("mod.json", "old"), ("stale.json", "st"), ("edited.json", "as written") }
            .Select(p => { var d = FileDigest.Of(Encoding.UTF8.GetBytes(p.Item2)); return new OutputManifestEntry(p.Item1, d.Sha256, d.Length); }));
        var plan = new OutputPlan([
            PlannedFile.Text("same.json", "s"), PlannedFile.Text("mod.json", "new"), PlannedFile.Text("created.json", "c"),
            PlannedFile.Text("user.json", "ours"), PlannedFile.Text("edited.json", "ours too"),
        ], []);
        var set = PlanComparer.Compare(plan, dir.Path, previous);

        string? Hash(OutputManifest m, string p) => m.Find(p)?.Sha256;
        string H(string text) => FileDigest.Of(Encoding.UTF8.GetBytes(text)).Sha256;

        var plain = OutputManifest.AfterApplying(set, "json", prune: false, force: false);
        Assert.Equal(H("s"), Hash(plain, "same.json"));
        Assert.Equal(H("new"), Hash(plain, "mod.json"));
        Assert.Equal(H("c"), Hash(plain, "created.json"));
        Assert.Equal(H("st"), Hash(plain, "stale.json"));        // kept: not pruned
        Assert.Null(Hash(plain, "user.json"));                   // still not ours
        Assert.Equal(H("as written"), Hash(plain, "edited.json")); // still a conflict next time

        var forcedPruned = OutputManifest.AfterApplying(set, "json", prune: true, force: true);
        Assert.Null(Hash(forcedPruned, "stale.json"));
        Assert.Equal(H("ours"), Hash(forcedPruned, "user.json"));
        Assert.Equal(H("ours too"), Hash(forcedPruned, "edited.json"));
    }
}
