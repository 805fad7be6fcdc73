using Migrate.Core.Diagnostics;
using Migrate.Core.Planning;

using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Planning;

public sealed class CheckOutcomeTests
{
    private static ChangeSet Set(params (ChangeKind Kind, bool Planned)[] changes) => new(
        changes.Select((c, i) => new FileChange($"f{i}", c.Kind, null, null, [])
        {
            Planned = c.Planned ? PlannedFile.Text($"f{i}", "") : null,
        }).ToList(),
        new List<Diagnostic>(), null);

    public static TheoryData<string, ChangeSet, bool, bool, int> Cases() => new()
    {
        { "empty plan, empty folder", Set(), false, false, 0 },
        { "all unchanged", Set((ChangeKind.Unchanged, true), (ChangeKind.Unchanged, true)), false, false, 0 },
        { "a file to create", Set((ChangeKind.Unchanged, true), (ChangeKind.Create, true)), false, false, 1 },
        { "a file to modify", Set((ChangeKind.Modify, true)), false, false, 1 },
        { "a conflict on a planned file", Set((ChangeKind.Conflict, true)), false, false, 1 },
        { "a stale file, no --prune", Set((ChangeKind.Delete, false)), false, false, 0 },
        { "a stale file, --prune", Set((ChangeKind.Delete, false)), true, false, 1 },
        { "an edited stale file, no --prune", Set((ChangeKind.Conflict, false)), false, false, 0 },
        { "an edited stale file, --prune", Set((ChangeKind.Conflict, false)), true, false, 1 },
        { "an error, nothing pending", Set((ChangeKind.Unchanged, true)), false, true, 2 },
        { "an error wins over pending changes", Set((ChangeKind.Create, true)), false, true, 2 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void FollowsTheDiffFamilyOfExitCodes(string name, ChangeSet set, bool prune, bool error, int expected)
    {
        var diagnostics = new List<Diagnostic> { Diagnostic.Warning(DiagnosticCodes.DuplicateKey, "a.md", 1, "a warning never fails a check") };
        if (error)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlSyntaxError, "b.md", 2, "broken"));
        }
        Assert.True(expected == CheckOutcome.ExitCode(set, diagnostics, prune), name);
    }

    [Fact]
    public void AnErrorFromTheComparisonItselfIsExitCodeTwo()
    {
        var set = new ChangeSet([], [Diagnostic.Error(DiagnosticCodes.PathOutsideOutput, "../x", null, "outside")], null);
        Assert.Equal(CheckOutcome.Error, CheckOutcome.ExitCode(set, [], prune: false));
    }

    [Fact]
    public void CheckRightAfterApplyingIsInSync()
    {
        using var dir = new TempDirectory();
        var plan = new OutputPlan([PlannedFile.Text("a.json", "1\n"), PlannedFile.Text("b/c.json", "2\n")], []);
        Assert.Equal(CheckOutcome.ChangesPending, CheckOutcome.ExitCode(PlanComparer.Compare(plan, dir.Path), [], false));
        foreach (var f in plan.Files)
        {
            dir.Write(f.RelativePath, f.Content!);
        }
        var applied = PlanComparer.Compare(plan, dir.Path);
        OutputManifestSerializerTests.WriteManifest(dir, OutputManifest.AfterApplying(applied, "json", false, false));
        Assert.Equal(CheckOutcome.InSync, CheckOutcome.ExitCode(PlanComparer.Compare(plan, dir.Path), [], false));
    }
}
