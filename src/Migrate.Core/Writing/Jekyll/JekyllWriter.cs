using System.Text;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;
using Migrate.Core.Planning;
using Migrate.Core.Transforms.Body;
using Migrate.Core.Writing.Jekyll.AlFolio;

namespace Migrate.Core.Writing.Jekyll;

/// <summary>
/// Writes publications for Jekyll. Plain flavour: <c>_publications/&lt;slug&gt;.md</c> (flat; Jekyll has no page
/// bundles) with every source key and comment in YAML front matter (see <see cref="PlainFrontMatterMapper"/>), the
/// body converted by the shared <see cref="BodyConverter"/> (shortcodes translated, links rewritten, Liquid made
/// inert), bundle files under <c>assets/publications/&lt;slug&gt;/</c> named by <see cref="ResourcePolicy"/>, and the
/// config fragment <c>_config.publications.yml</c>. A body may <c>ref</c> or <c>cite</c> a page that comes later, so
/// <see cref="Write"/> only names and collects each publication and <see cref="Complete"/> plans every file, in the
/// order received. academicpages flavour: <c>_publications/YYYY-MM-DD-&lt;slug&gt;.md</c> with the template's fields
/// first (<see cref="AcademicPagesDocument"/>), same assets. al-folio flavour: one <c>_bibliography/papers.bib</c>
/// (<see cref="AlFolioEntry"/>), PDFs in <c>assets/pdf/</c>, previews in <c>assets/img/publication_preview/</c>, and
/// the owner's <c>scholar:</c> names in the fragment. One instance serves one run.
/// </summary>
public sealed class JekyllWriter : IPublicationWriter
{
    private readonly JekyllWriterOptions _options;
    private readonly JekyllNameAllocator _names = new();
    private readonly List<(Publication Publication, string Name)> _pending = new();
    private readonly PageUrlIndex _pages = new();
    private readonly Dictionary<string, string> _urlOwners = new(StringComparer.OrdinalIgnoreCase);

    public JekyllWriter() : this(new JekyllWriterOptions())
    {
    }

    public JekyllWriter(JekyllWriterOptions options) => _options = options;

    public string Name => "jekyll";

    public JekyllFlavor Flavor => _options.Flavor;

    public IEnumerable<PlannedFile> Write(Publication publication, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(publication);
        var path = publication.Source.SitePath;
        if (publication.FrontMatter is null)
        {
            diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, path, null,
                "the front matter could not be read, so no Jekyll document is written for this page");
            return [];
        }
        var name = _names.Allocate(publication, path, diagnostics);
        _pending.Add((publication, name));
        if (publication.HugoUrl is { Length: > 0 } url)
        {
            // Every document keeps Hugo's URL as its permalink, so a reference to it resolves to that URL.
            _pages.Add(publication, url);
            if (!_urlOwners.TryAdd(url, path))
            {
                diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, path, null,
                    $"Hugo gives this page the URL '{url}' of '{_urlOwners[url]}' too; Jekyll builds only one document per URL (it reports a conflict)");
            }
        }
        return [];
    }

    public IEnumerable<PlannedFile> Complete(SiteContext site, DiagnosticBag diagnostics)
    {
        if (_options.Flavor == JekyllFlavor.AlFolio)
        {
            return CompleteAlFolio(site, diagnostics);
        }
        var files = new List<PlannedFile>();
        var includeNames = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (publication, name) in _pending)
        {
            try
            {
                files.AddRange(WriteOne(publication, name, includeNames, diagnostics));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                diagnostics.Error(DiagnosticCodes.InternalError, publication.Source.SitePath, null,
                    $"the jekyll writer failed on this page: {ex.GetType().Name}: {ex.Message}");
            }
        }
        _pending.Clear();
        files.Add(PlannedFile.Text(_options.ConfigFragmentName, JekyllConfigFragment.Build(_options.Flavor, includeNames, "\n")));
        return files;
    }

    /// <summary>
    /// al-folio: one <c>_bibliography/papers.bib</c> with an entry per publication in plan order (list pages and
    /// drafts left out), the files its entries name, and the config fragment with the owner's <c>scholar:</c> names.
    /// </summary>
    private List<PlannedFile> CompleteAlFolio(SiteContext site, DiagnosticBag diagnostics)
    {
        var files = new List<PlannedFile>();
        var keys = new BibKeyAllocator();
        var usedAssets = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // al-folio's sample papers.bib starts with empty front matter; jekyll-scholar and BibTeX skip it.
        var bib = new StringBuilder("---\n---\n");
        var sources = new List<string>();
        foreach (var (publication, name) in _pending)
        {
            var path = publication.Source.SitePath;
            if (publication.SkipReason is not null)
            {
                continue; // a list or widget page: the reader reported it
            }
            if (publication.Draft)
            {
                diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, path, null,
                    "a draft: papers.bib has no way to hide an entry, so it is left out (Hugo does not publish it either)");
                continue;
            }
            try
            {
                var assets = new BundleAssetMap(publication, _options.AssetsFolder, name);
                var (text, copies) = AlFolioEntry.Build(publication, name, keys, assets, usedAssets, diagnostics);
                bib.Append('\n').Append(text);
                sources.Add(publication.Source.FullPath);
                foreach (var (output, resource) in copies)
                {
                    files.Add(PlannedFile.Copy(output, resource.SourcePath, resource.SourcePath));
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                diagnostics.Error(DiagnosticCodes.InternalError, path, null,
                    $"the jekyll writer failed on this page: {ex.GetType().Name}: {ex.Message}");
            }
        }
        _pending.Clear();
        files.Insert(0, PlannedFile.Text("_bibliography/papers.bib", bib.ToString(), sources.ToArray()));
        var owner = ScholarOwner.Of(site);
        if (owner is null)
        {
            diagnostics.Warning(DiagnosticCodes.TargetFieldMissing, null, null,
                "no site owner found (no 'admin' or 'me' author profile with a name); set scholar.last_name and first_name in _config.yml yourself");
        }
        else
        {
            diagnostics.Info(DiagnosticCodes.TargetFieldMissing, null, null,
                $"al-folio marks the site owner in author lists with these _config.yml lines (from the '{owner.Profile}' profile): "
                + string.Join(" ", owner.ConfigLines().Select(l => l.Trim())));
        }
        files.Add(PlannedFile.Text(_options.ConfigFragmentName, JekyllConfigFragment.BuildAlFolio(owner, "\n")));
        return files;
    }

    private IEnumerable<PlannedFile> WriteOne(Publication publication, string name, SortedSet<string> includeNames, DiagnosticBag diagnostics)
    {
        var assets = new BundleAssetMap(publication, _options.AssetsFolder, name);
        diagnostics.AddRange(assets.Diagnostics);
        var (fileName, text) = _options.Flavor == JekyllFlavor.AcademicPages
            ? AcademicPagesDocument.Build(publication, name, assets, _pages.MapperFor(publication), diagnostics)
            : (name, PlainDocument(publication, assets, diagnostics));
        var files = new List<PlannedFile> { PlannedFile.Text("_publications/" + fileName + ".md", text, publication.Source.FullPath) };
        foreach (var (resource, outputPath) in assets.Files)
        {
            files.Add(PlannedFile.Copy(outputPath, resource.SourcePath, resource.SourcePath));
        }
        foreach (var ignored in assets.NamesJekyllIgnores)
        {
            includeNames.Add(ignored);
        }
        return files;
    }

    private string PlainDocument(Publication publication, BundleAssetMap assets, DiagnosticBag diagnostics)
    {
        var path = publication.Source.SitePath;
        var newLine = publication.NewLine;

        var (root, endComments) = PlainFrontMatterMapper.Map(publication, publication.FrontMatter!, assets, newLine, diagnostics);
        var yaml = JekyllYamlEmitter.Emit(root, endComments, newLine, path, diagnostics);

        var context = BodyConversionContext.For(publication, assets.ResourceUrl, _pages.MapperFor(publication));
        var body = BodyConverter.Convert(publication.Body, BodyTarget.JekyllPlain, context);
        diagnostics.AddRange(body.Diagnostics);

        return new StringBuilder()
            .Append("---").Append(newLine)
            .Append(yaml)
            .Append("---").Append(newLine)
            .Append(body.Body)
            .ToString();
    }
}
