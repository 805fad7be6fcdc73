using System.Text;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;
using Migrate.Core.Planning;

namespace Migrate.Core.Writing.Jekyll;

/// <summary>
/// Writes publications for Jekyll. Plain flavour: <c>_publications/&lt;slug&gt;.md</c> (flat; Jekyll has no page
/// bundles) with every source key and comment in YAML front matter (see <see cref="PlainFrontMatterMapper"/>),
/// a Liquid-inert body (<see cref="LiquidGuard"/>), bundle files under <c>assets/publications/&lt;slug&gt;/</c>, and
/// the config fragment <c>_config.publications.yml</c>. One instance serves one run (it tracks the names used).
/// </summary>
public sealed class JekyllWriter : IPublicationWriter
{
    private readonly JekyllWriterOptions _options;
    private readonly JekyllNameAllocator _names = new();
    private readonly SortedSet<string> _includeNames = new(StringComparer.Ordinal);

    public JekyllWriter() : this(new JekyllWriterOptions())
    {
    }

    public JekyllWriter(JekyllWriterOptions options) => _options = options;

    public string Name => "jekyll";

    public JekyllFlavor Flavor => _options.Flavor;

    public IEnumerable<PlannedFile> Write(Publication publication, DiagnosticBag diagnostics)
    {
        var path = publication.Source.SitePath;
        if (_options.Flavor != JekyllFlavor.Plain)
        {
            diagnostics.Error(DiagnosticCodes.ValueNotRepresentable, path, null,
                $"the Jekyll flavour '{_options.Flavor}' is not implemented yet; use --flavor plain");
            return [];
        }
        if (publication.FrontMatter is not { } document)
        {
            diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, path, null,
                "the front matter could not be read, so no Jekyll document is written for this page");
            return [];
        }

        var name = _names.Allocate(publication, path, diagnostics);
        var assets = new BundleAssetMap(publication, _options.AssetsFolder, name);
        var newLine = publication.NewLine;
        var files = new List<PlannedFile>();

        var (root, endComments) = PlainFrontMatterMapper.Map(publication, document, assets, newLine, diagnostics);
        var yaml = JekyllYamlEmitter.Emit(root, endComments, newLine, path, diagnostics);

        var body = assets.RewriteBody(publication.Body, out _);
        ReportShortcodes(publication, body, diagnostics);
        body = LiquidGuard.Protect(body);

        var text = new StringBuilder()
            .Append("---").Append(newLine)
            .Append(yaml)
            .Append("---").Append(newLine)
            .Append(body)
            .ToString();
        files.Add(PlannedFile.Text("_publications/" + name + ".md", text, publication.Source.FullPath));

        foreach (var (resource, outputPath) in assets.Files)
        {
            files.Add(PlannedFile.Copy(outputPath, resource.SourcePath, resource.SourcePath));
        }
        foreach (var ignored in assets.NamesJekyllIgnores)
        {
            _includeNames.Add(ignored);
        }
        return files;
    }

    public IEnumerable<PlannedFile> Complete(SiteContext site, DiagnosticBag diagnostics)
    {
        if (_options.Flavor != JekyllFlavor.Plain)
        {
            return [];
        }
        return [PlannedFile.Text(_options.ConfigFragmentName, JekyllConfigFragment.Build(_includeNames, "\n"))];
    }

    private static void ReportShortcodes(Publication publication, string body, DiagnosticBag diagnostics)
    {
        var bodyFirstLine = 1 + publication.FrontMatterBlock.Count(c => c == '\n');
        foreach (var shortcode in HugoShortcodeScanner.Scan(body))
        {
            if (shortcode.IsClosing)
            {
                continue;
            }
            diagnostics.Warning(DiagnosticCodes.ShortcodeNotConverted, publication.Source.SitePath, bodyFirstLine + shortcode.BodyLine - 1,
                $"Hugo shortcode '{shortcode.Name}' is not converted; it is kept as inert text ({Excerpt(shortcode.Text)})");
        }
    }

    private static string Excerpt(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= 60 ? oneLine : oneLine[..57] + "...";
    }
}
