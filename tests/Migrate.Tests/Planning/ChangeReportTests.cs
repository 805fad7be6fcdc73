using System.Text;
using System.Text.Json;
using Json.Schema;
using Migrate.Core.Diagnostics;
using Migrate.Core.Planning;
using Migrate.Core.Planning.Report;

using Migrate.Tests.TestSupport;

namespace Migrate.Tests.Planning;

public sealed class ChangeReportTests
{
    private static readonly Lazy<JsonSchema> ReportSchema = new(() => LoadSchema("migrate-report.schema.json"));
    private static readonly Lazy<JsonSchema> ManifestSchema = new(() => LoadSchema("migrate-manifest.schema.json"));

    private static JsonSchema LoadSchema(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Migrate.sln")))
        {
            dir = dir.Parent;
        }
        Assert.NotNull(dir);
        return JsonSchema.FromText(File.ReadAllText(Path.Combine(dir.FullName, "schemas", name)));
    }

    private static void AssertValid(JsonSchema schema, byte[] json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, JsonSerializer.Serialize(result) + "\n" + Encoding.UTF8.GetString(json));
    }

    private static bool IsValid(JsonSchema schema, string json)
    {
        using var doc = JsonDocument.Parse(json);
        return schema.Evaluate(doc.RootElement).IsValid;
    }

    /// <summary>A folder with one file of each kind; sources are full paths under a source root, as writers give them.</summary>
    private static (ChangeSet Set, List<Diagnostic> Run, string SourceRoot) Sample(TempDirectory dir)
    {
        var sourceRoot = Path.Combine(dir.Path, "site");
        string Src(string rel) => Path.Combine(sourceRoot, rel.Replace('/', Path.DirectorySeparatorChar));
        var outDir = Path.Combine(dir.Path, "out");
        dir.Write("out/same.json", "s");
        dir.Write("out/mod.json", "old");
        dir.Write("out/stale.json", "st");
        dir.Write("out/user.json", "user");
        OutputManifestSerializerTests.WriteManifest(outDir, new OutputManifest("json",
            new[] { ("mod.json", "old"), ("stale.json", "st") }.Select(p =>
            {
                var d = FileDigest.Of(Encoding.UTF8.GetBytes(p.Item2));
                return new OutputManifestEntry(p.Item1, d.Sha256, d.Length);
            })));
        var plan = new OutputPlan([
            PlannedFile.Text("same.json", "s", Src("content/publication/a/index.md")),
            PlannedFile.Text("mod.json", "new", Src("content/publication/b/index.md"), Src("content/publication/b/cite.bib")),
            PlannedFile.Text("created.json", "c", Src("content/publication/c/index.md")),
            PlannedFile.Text("user.json", "ours", Src("content/publication/d/index.md")),
        ], []);
        var run = new List<Diagnostic>
        {
            Diagnostic.Warning(DiagnosticCodes.DuplicateKey, "content/publication/b/index.md", 4, "duplicate key 'title'", 1),
            Diagnostic.Error(DiagnosticCodes.InvalidDate, Src("content/publication/c/index.md"), 7, "cannot read date"),
            Diagnostic.Info(DiagnosticCodes.SkippedStrayFile, "content/publication/notes.txt", null, "skipped"),
            Diagnostic.Warning(DiagnosticCodes.SiteConfigNotFound, null, null, "no config"),
        };
        return (PlanComparer.Compare(plan, outDir), run, sourceRoot);
    }

    [Fact]
    public void TheReportOfEveryKindOfChangeIsValidAgainstTheSchema()
    {
        using var dir = new TempDirectory();
        var (set, run, root) = Sample(dir);
        foreach (var (prune, force) in new[] { (false, false), (true, true) })
        {
            AssertValid(ReportSchema.Value, ChangeReportWriter.Serialize(ChangeReport.Create(set, run, "json", prune, force, root)));
        }
    }

    [Fact]
    public void DiagnosticsAreAttachedToTheFilesMadeFromTheirSource()
    {
        using var dir = new TempDirectory();
        var (set, run, root) = Sample(dir);
        var report = ChangeReport.Create(set, run, "json", prune: false, force: false, root);

        var mod = Assert.Single(report.Files, f => f.Path == "mod.json");
        Assert.Equal("modify", mod.Action);
        Assert.Equal(["content/publication/b/index.md", "content/publication/b/cite.bib"], mod.Sources);
        Assert.Equal(new ChangeReportDiagnostic("MIG205", "warning", "content/publication/b/index.md", 4, 1, "duplicate key 'title'"),
            Assert.Single(mod.Diagnostics));

        var created = Assert.Single(report.Files, f => f.Path == "created.json");
        Assert.Equal(("create", true), (created.Action, created.Pending));
        Assert.Equal("MIG300", Assert.Single(created.Diagnostics).Code);
        Assert.Equal("content/publication/c/index.md", created.Diagnostics[0].Path);

        var user = Assert.Single(report.Files, f => f.Path == "user.json");
        Assert.Equal(("conflict", "not-written-by-migrate"), (user.Action, user.Conflict));

        var stale = Assert.Single(report.Files, f => f.Path == "stale.json");
        Assert.Equal(("delete", false, null), (stale.Action, stale.Pending, stale.Sha256));

        Assert.Equal(["MIG103", "MIG107"], report.Diagnostics.Select(d => d.Code));
        Assert.Equal(new ChangeReportTotals(Create: 1, Modify: 1, Delete: 1, Unchanged: 1, Conflict: 1, Pending: 3, Errors: 1, Warnings: 2),
            report.Totals);
        Assert.Equal(["created.json", "mod.json", "same.json", "stale.json", "user.json"], report.Files.Select(f => f.Path));
    }

    [Fact]
    public void SerializationIsDeterministic()
    {
        using var dir = new TempDirectory();
        var (set, run, root) = Sample(dir);
        var a = ChangeReportWriter.Serialize(ChangeReport.Create(set, run, "json", false, false, root));
        var b = ChangeReportWriter.Serialize(ChangeReport.Create(set, run, "json", false, false, root));
        Assert.Equal(a, b);
        Assert.EndsWith("}\n", Encoding.UTF8.GetString(a));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"version\":1,\"writer\":\"json\",\"options\":{\"prune\":false,\"force\":false},\"files\":[{\"path\":\"a\",\"action\":\"rename\",\"pending\":true,\"conflict\":null,\"sha256\":null,\"sources\":[],\"diagnostics\":[]}],\"diagnostics\":[],\"totals\":{\"create\":0,\"modify\":0,\"delete\":0,\"unchanged\":0,\"conflict\":0,\"pending\":0,\"errors\":0,\"warnings\":0}}")]
    [InlineData("{\"version\":1,\"writer\":\"json\",\"options\":{\"prune\":false,\"force\":false},\"files\":[{\"path\":\"a\",\"action\":\"conflict\",\"pending\":true,\"conflict\":null,\"sha256\":null,\"sources\":[],\"diagnostics\":[]}],\"diagnostics\":[],\"totals\":{\"create\":0,\"modify\":0,\"delete\":0,\"unchanged\":0,\"conflict\":0,\"pending\":0,\"errors\":0,\"warnings\":0}}")]
    [InlineData("{\"version\":1,\"writer\":\"json\",\"options\":{\"prune\":false,\"force\":false},\"files\":[],\"diagnostics\":[{\"code\":\"E1\",\"severity\":\"error\",\"path\":null,\"line\":null,\"column\":null,\"message\":\"m\"}],\"totals\":{\"create\":0,\"modify\":0,\"delete\":0,\"unchanged\":0,\"conflict\":0,\"pending\":0,\"errors\":0,\"warnings\":0}}")]
    public void TheSchemaRejectsMalformedReports(string json)
    {
        Assert.False(IsValid(ReportSchema.Value, json));
    }

    [Fact]
    public void TheManifestIsValidAgainstItsSchema()
    {
        var manifest = new OutputManifest("json", [new OutputManifestEntry("a b/c.json", FileDigest.Of([1]).Sha256, 1)]);
        AssertValid(ManifestSchema.Value, OutputManifestSerializer.Serialize(manifest));
    }
}
