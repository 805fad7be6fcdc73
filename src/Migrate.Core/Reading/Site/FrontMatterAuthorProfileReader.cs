using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Reading.FrontMatter;

namespace Migrate.Core.Reading.Site;

/// <summary>The production <see cref="IAuthorProfileReader"/>: the project's splitter and parsers.</summary>
internal sealed class FrontMatterAuthorProfileReader : IAuthorProfileReader
{
    public static readonly FrontMatterAuthorProfileReader Instance = new();

    public AuthorProfileFields? Read(string text, string sitePath, DiagnosticBag diagnostics)
    {
        var split = FrontMatterSplitter.Split(text);
        if (split.Error is not null)
        {
            diagnostics.Warning(DiagnosticCodes.UnterminatedFrontMatter, sitePath, split.ErrorLine, split.Error);
            return null;
        }
        if (split.Format is not { } format)
        {
            return new AuthorProfileFields(null, null, []);
        }
        var doc = FrontMatterParser.Parse(format, split.Content, sitePath, split.ContentFirstLine, diagnostics);
        if (doc is null)
        {
            return null;
        }
        var authors = new List<string>();
        switch (doc.Root.Get("authors"))
        {
            case FrontMatterSequence seq:
                authors.AddRange(seq.Items.Select(i => i.Value).OfType<FrontMatterScalar>().Where(s => !s.IsNull).Select(s => s.Value));
                break;
            case FrontMatterScalar { IsNull: false } one:
                authors.Add(one.Value);
                break;
        }
        return new AuthorProfileFields(StringValue(doc.Root.Get("title")), StringValue(doc.Root.Get("name")), authors);
    }

    private static string? StringValue(FrontMatterNode? node) =>
        node is FrontMatterScalar { IsNull: false } s && s.Value.Length > 0 ? s.Value : null;
}
