using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Reading.FrontMatter;

namespace Migrate.Tests.Reading.FrontMatter;

/// <summary>Shared helpers for the TOML/JSON front-matter tests.</summary>
internal static class TomlTestSupport
{
    public const string FilePath = "content/publication/x/index.md";

    /// <summary>Parses TOML that would start on file line <paramref name="firstLine"/> (line 1 is the <c>+++</c>).</summary>
    public static (FrontMatterDocument? Doc, DiagnosticBag Bag) ParseToml(string content, int firstLine = 2)
    {
        var bag = new DiagnosticBag();
        return (TomlFrontMatterParser.Parse(content, FilePath, firstLine, bag), bag);
    }

    public static FrontMatterDocument TomlOk(string content, int firstLine = 2)
    {
        var (doc, bag) = ParseToml(content, firstLine);
        Assert.True(doc is not null, "expected a document, got: " + string.Join("; ", bag.Items));
        Assert.DoesNotContain(bag.Items, d => d.Severity == DiagnosticSeverity.Error);
        return doc!;
    }

    public static (FrontMatterDocument? Doc, DiagnosticBag Bag) ParseJson(string content, int firstLine = 1)
    {
        var bag = new DiagnosticBag();
        return (JsonFrontMatterParser.Parse(content, FilePath, firstLine, bag), bag);
    }

    public static FrontMatterScalar Scalar(FrontMatterNode? node) => Assert.IsType<FrontMatterScalar>(node);

    public static FrontMatterMapping Mapping(FrontMatterNode? node) => Assert.IsType<FrontMatterMapping>(node);

    public static FrontMatterSequence Sequence(FrontMatterNode? node) => Assert.IsType<FrontMatterSequence>(node);

    public static FrontMatterEntry Entry(FrontMatterMapping mapping, string key) =>
        Assert.Single(mapping.Entries, e => e.Key == key);
}
