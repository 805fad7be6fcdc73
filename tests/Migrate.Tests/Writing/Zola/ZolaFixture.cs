using System.Text;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;
using Migrate.Core.Planning;
using Migrate.Core.Writing.Zola;

namespace Migrate.Tests.Writing.Zola;

/// <summary>Hand-built publications and a helper that runs the Zola writer on them and returns the planned files.</summary>
internal static class ZolaFixture
{
    public static PublicationSource Source(string contentPath = "publication/test-paper/index.md", SourceKind kind = SourceKind.LeafBundle, string? language = null)
    {
        var segments = contentPath.Split('/');
        var slug = kind == SourceKind.LeafBundle ? segments[^2] : Path.GetFileNameWithoutExtension(segments[^1]);
        return new PublicationSource("/nowhere/site/content/" + contentPath, "content/" + contentPath, contentPath, segments[0], slug, language, kind);
    }

    public static Publication Publication(FrontMatterMapping root, string body = "", PublicationSource? source = null, FrontMatterFormat format = FrontMatterFormat.Yaml)
    {
        source ??= Source();
        var doc = new FrontMatterDocument(format, root);
        return new Publication
        {
            Source = source,
            FrontMatter = doc,
            Body = body,
            FrontMatterBlock = "---\n" + string.Concat(Enumerable.Repeat("x\n", Math.Max(1, root.Entries.Count))) + "---\n",
            HugoUrl = "/" + (source.Kind == SourceKind.LeafBundle
                ? source.ContentPath[..source.ContentPath.LastIndexOf('/')]
                : source.ContentPath[..^3]).ToLowerInvariant() + "/",
        };
    }

    public static (IReadOnlyList<PlannedFile> Files, DiagnosticBag Diagnostics) Run(IEnumerable<Publication> publications, SiteConfig? config = null)
    {
        var writer = new ZolaWriter();
        var bag = new DiagnosticBag();
        var files = new List<PlannedFile>();
        foreach (var p in publications)
        {
            files.AddRange(writer.Write(p, bag));
        }
        files.AddRange(writer.Complete(new SiteContext("/nowhere/site", config ?? new SiteConfig(), new Dictionary<string, AuthorProfile>()), bag));
        return (files, bag);
    }

    public static string Text(IReadOnlyList<PlannedFile> files, string path)
    {
        var file = files.SingleOrDefault(f => f.RelativePath == path);
        Assert.True(file is not null, $"no planned file {path}; have: {string.Join(", ", files.Select(f => f.RelativePath))}");
        return Encoding.UTF8.GetString(file!.Content!);
    }

    /// <summary>Writes one publication and returns its page text.</summary>
    public static string Page(Publication publication, out DiagnosticBag diagnostics, SiteConfig? config = null)
    {
        var (files, bag) = Run(new[] { publication }, config);
        diagnostics = bag;
        var folder = ZolaPageBuilder.Folder(publication.Source);
        return Text(files, $"content/{folder}/index.md");
    }

    public static FrontMatterScalar Str(string value, ScalarStyle style = ScalarStyle.DoubleQuoted) =>
        new(value, ScalarKind.String, style, style == ScalarStyle.DoubleQuoted ? "\"" + value + "\"" : value);

    public static FrontMatterScalar Plain(string value, ScalarKind kind) => new(value, kind, ScalarStyle.Plain);

    public static FrontMatterScalar Null() => new("", ScalarKind.Null, ScalarStyle.Plain);

    public static FrontMatterSequence Seq(params FrontMatterNode[] items)
    {
        var seq = new FrontMatterSequence();
        foreach (var item in items)
        {
            seq.Add(item);
        }
        return seq;
    }

    public static FrontMatterMapping Map(params (string Key, FrontMatterNode Value)[] entries)
    {
        var map = new FrontMatterMapping();
        var line = 2;
        foreach (var (key, value) in entries)
        {
            map.Add(key, value).Line = line++;
        }
        return map;
    }

    public static CommentLine C(string text, int line = 1) => new(text, line);
}
