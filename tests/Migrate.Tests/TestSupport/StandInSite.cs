using Migrate.Core.Conversion;
using Migrate.Core.Model.Publications;

namespace Migrate.Tests.TestSupport;

/// <summary>
/// A site the stand-in stages read from memory: slug → title and abstract, plus one binary resource per
/// publication stored as a real file under the site folder (so copies and hashes see real bytes). Editing the
/// dictionary between runs is "editing a source value". <see cref="Stages"/> uses <see cref="FileSetWriter"/>
/// (or the real JSON writer with <c>json: true</c>).
/// </summary>
public sealed class StandInSite
{
    public StandInSite(string root) => Root = Directory.CreateDirectory(root).FullName;

    public string Root { get; }

    public SortedDictionary<string, (string Title, string Abstract)> Pages { get; } = new(StringComparer.Ordinal);

    public string ResourcePath(string slug) => Path.Combine(Root, "content", "publication", slug, "figure.bin");

    public void Add(string slug, string title, string @abstract, byte[] resource)
    {
        Pages[slug] = (title, @abstract);
        Directory.CreateDirectory(Path.GetDirectoryName(ResourcePath(slug))!);
        File.WriteAllBytes(ResourcePath(slug), resource);
    }

    public ConversionStages Stages(bool json = false)
    {
        var fake = FakeStages.For(Root, Pages.Keys.ToList(), source =>
        {
            var p = SamplePublications.Rich(source.Slug);
            p.Title = Pages[source.Slug].Title;
            p.Abstract = Pages[source.Slug].Abstract;
            p.Resources.Clear();
            p.Resources.Add(new BundleResource("figure.bin", ResourcePath(source.Slug), new FileInfo(ResourcePath(source.Slug)).Length,
                "application/octet-stream", "other", null));
            p.Diagnostics.Clear();
            return p;
        });
        return json ? fake : fake with { CreateWriter = _ => new FileSetWriter() };
    }
}
