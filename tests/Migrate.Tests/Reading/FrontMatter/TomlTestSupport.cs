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

    /// <summary>Every comment anywhere in the tree, in no particular order.</summary>
    public static List<CommentLine> AllComments(FrontMatterDocument doc)
    {
        var all = new List<CommentLine>(doc.EndComments);
        var stack = new Stack<FrontMatterNode>();
        stack.Push(doc.Root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case FrontMatterMapping m:
                    all.AddRange(m.EndComments);
                    foreach (var e in m.Entries)
                    {
                        all.AddRange(e.LeadingComments);
                        if (e.TrailingComment is { } t)
                        {
                            all.Add(t);
                        }
                        stack.Push(e.Value);
                    }
                    break;
                case FrontMatterSequence s:
                    all.AddRange(s.EndComments);
                    foreach (var i in s.Items)
                    {
                        all.AddRange(i.LeadingComments);
                        if (i.TrailingComment is { } t)
                        {
                            all.Add(t);
                        }
                        stack.Push(i.Value);
                    }
                    break;
            }
        }
        return all;
    }
}
