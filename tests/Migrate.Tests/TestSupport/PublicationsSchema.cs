using System.Text.Json;
using Json.Schema;

namespace Migrate.Tests.TestSupport;

/// <summary>Validates JSON text against <c>schemas/migrate-publications.schema.json</c> (JsonSchema.Net).</summary>
public static class PublicationsSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(
            File.ReadAllText(RepositoryFiles.PathOf("schemas/migrate-publications.schema.json")),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>Null when <paramref name="json"/> is valid, else the failing locations and messages.</summary>
    public static string? Validate(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 1000 });
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return null;
        }
        var lines = (result.Details ?? new List<EvaluationResults>())
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .Take(20);
        return "schema validation failed:\n" + string.Join("\n", lines);
    }

    public static void AssertValid(string json)
    {
        var problem = Validate(json);
        Assert.True(problem is null, problem);
    }
}
