using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;
using Migrate.Core.Planning;
using Migrate.Core.Writing;

namespace Migrate.Tests.TestSupport;

/// <summary>
/// A test writer that plans several files per publication, covering what the JSON writer alone cannot: a CRLF
/// text file (<c>SLUG/entry.txt</c>), a file without a final newline (<c>SLUG/note.md</c>), a copied binary
/// resource (<c>SLUG/BUNDLE-RESOURCE</c>, from <see cref="Publication.Resources"/>), and a site-level index
/// (<c>index.txt</c>). Removing a publication makes its files stale.
/// </summary>
public sealed class FileSetWriter : IPublicationWriter
{
    private readonly List<string> _slugs = new();

    public string Name => "json";

    public IEnumerable<PlannedFile> Write(Publication publication, DiagnosticBag diagnostics)
    {
        var slug = publication.Source.Slug;
        _slugs.Add(slug);
        var src = publication.Source.SitePath;
        yield return PlannedFile.Text($"{slug}/entry.txt", $"title: {publication.Title}\r\nabstract: {publication.Abstract}\r\nslug: {slug}\r\n", src);
        yield return PlannedFile.Text($"{slug}/note.md", $"# {publication.Title}\n\nwritten by the test writer\nno final newline", src);
        foreach (var r in publication.Resources)
        {
            yield return PlannedFile.Copy($"{slug}/{r.RelativePath}", r.SourcePath, src);
        }
    }

    public IEnumerable<PlannedFile> Complete(SiteContext site, DiagnosticBag diagnostics) =>
        [PlannedFile.Text("index.txt", string.Join("\n", _slugs) + "\n")];
}
