using Migrate.Core.Diagnostics;
using Migrate.Core.IO;
using Migrate.Core.Planning;
using Migrate.Tests.TestSupport;

namespace Migrate.Tests.IO;

/// <summary>
/// A run stopped after any number of file changes (simulated by throwing from the applier's test seam; the real
/// kill is scripts/kill-test.sh) leaves every file old or new, a manifest that accepts what is on disk, and a
/// next run that neither reports false conflicts nor needs --force, even when the plan changed again meanwhile.
/// </summary>
public sealed class PlanApplierInterruptionTests
{
    private sealed class Killed : Exception;

    private static OutputPlan Plan(string version, bool withExtra) =>
        new([.. Enumerable.Range(0, 6).Select(i => PlannedFile.Text($"d{i % 2}/f{i}.txt", $"file {i} {version}\r\n")),
             .. withExtra ? new[] { PlannedFile.Text("extra/x.txt", "extra " + version) } : []], Array.Empty<Diagnostic>());

    public static TheoryData<int> StopPoints() => [0, 1, 3, 5, 6];

    [Theory]
    [MemberData(nameof(StopPoints))]
    public void AnInterruptedRunLeavesEachFileOldOrNewAndTheNextRunRepairsWithoutConflicts(int stopAfter)
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");
        var options = new ApplyOptions("test", Prune: true);
        Assert.False(PlanApplier.Apply(Plan("v1", withExtra: true), output, options).HasErrors);
        var old = Snapshot(output);

        var count = 0;
        var dying = options with { AfterEachChange = _ => { if (++count > stopAfter) { throw new Killed(); } } };
        Assert.Throws<Killed>(() => PlanApplier.Apply(Plan("v2", withExtra: false), output, dying));
        var mid = Snapshot(output);

        // Every file is whole: old bytes or new bytes (or, for the pruned one, present or gone).
        var v2 = Plan("v2", false).Files.ToDictionary(f => f.RelativePath, f => System.Text.Encoding.UTF8.GetString(f.Content!));
        foreach (var (path, text) in mid)
        {
            Assert.True(text == old.GetValueOrDefault(path) || text == v2.GetValueOrDefault(path), $"{path}: {text}");
        }
        // The manifest accepts exactly what is on disk.
        var bag = new List<Diagnostic>();
        var manifest = OutputManifestSerializer.Load(output, bag)!;
        Assert.Empty(bag);
        foreach (var (path, text) in mid)
        {
            Assert.True(manifest.Find(path)?.Accepts(FileDigest.Of(System.Text.Encoding.UTF8.GetBytes(text))), path);
        }

        // The plan changes once more before the rerun: still no conflict, and the rerun repairs everything.
        var next = PlanApplier.Apply(Plan("v3", withExtra: false), output, options);
        Assert.False(next.Refused);
        Assert.Empty(next.Diagnostics);
        var final = Snapshot(output);
        Assert.Equal(Plan("v3", false).Files.Select(f => f.RelativePath).Order(StringComparer.Ordinal), final.Keys.Order(StringComparer.Ordinal));
        Assert.All(final, kv => Assert.EndsWith(" v3\r\n", kv.Value));
        Assert.DoesNotContain("alternatives", File.ReadAllText(Path.Combine(output, ".migrate", "manifest.json")));
        Assert.False(Directory.Exists(Path.Combine(output, "extra")));
        Assert.False(Directory.Exists(Path.Combine(output, ".migrate", "tmp")));
    }

    [Fact]
    public void TempFilesLeftByAKilledRunAreRemovedByTheNextRun()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");
        PlanApplier.Apply(Plan("v1", true), output);
        var leftover = temp.WriteFile("out/.migrate/tmp/0123456789abcdef0123456789abcdef.migrate-tmp", "half a fi");

        PlanApplier.Apply(Plan("v2", true), output);

        Assert.False(File.Exists(leftover));
    }

    [Fact]
    public void AFileChangedBetweenComparingAndWritingIsLeftAlone()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");
        PlanApplier.Apply(Plan("v1", true), output);
        var changes = PlanComparer.Compare(Plan("v2", true), output);
        File.WriteAllText(Path.Combine(output, "d0", "f0.txt"), "edited after the comparison");

        var result = PlanApplier.Apply(changes, output, ApplyOptions.Default);

        Assert.Equal(new[] { DiagnosticCodes.OutputConflict }, result.Diagnostics.Select(d => d.Code));
        Assert.Equal("edited after the comparison", File.ReadAllText(Path.Combine(output, "d0", "f0.txt")));
        Assert.Equal(6, result.Written.Count);
        // The manifest still does not claim the user's bytes.
        var manifest = OutputManifestSerializer.Load(output, new List<Diagnostic>())!;
        Assert.False(manifest.Find("d0/f0.txt")!.Accepts(FileDigest.Of(System.Text.Encoding.UTF8.GetBytes("edited after the comparison"))));
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith(".migrate/", StringComparison.Ordinal))
            .ToDictionary(p => p, p => File.ReadAllText(Path.Combine(root, p)));
}
