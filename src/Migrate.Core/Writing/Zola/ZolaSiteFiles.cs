using System.Text;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Reading.FrontMatter;
using Migrate.Core.Transforms.Body;

namespace Migrate.Core.Writing.Zola;

/// <summary>
/// The site-level files of the Zola output: section <c>_index.md</c> files that pass Zola's strict section rules
/// (only Zola's section keys at the top level; the source section's Hugo keys, with their comments, go under
/// <c>[extra]</c>), and <c>zola.toml</c> declaring every taxonomy and language the pages use.
/// </summary>
internal static class ZolaSiteFiles
{
    /// <summary>
    /// The <c>_index[.lang].md</c> for a section folder. <paramref name="sourceIndex"/> is the source section file (may
    /// be missing); <paramref name="sortByDate"/> is true only when every page of the section has a date (Zola
    /// leaves pages without one out of a date-sorted section). The body goes through the shared body conversion
    /// with <paramref name="pageUrl"/> for page references; <paramref name="usesGithubAlerts"/> says whether it keeps
    /// GitHub alerts.
    /// </summary>
    public static string SectionIndex(string folder, string? sourceIndex, string? sourceSitePath, bool sortByDate, bool transparent,
        Func<string, string?> pageUrl, DiagnosticBag diagnostics, out bool usesGithubAlerts)
    {
        usesGithubAlerts = false;
        var top = new TomlOutTable();
        var extra = new TomlOutTable();
        string? body = null;
        FrontMatterDocument? document = null;
        if (sourceIndex is not null)
        {
            try
            {
                var split = FrontMatterSplitter.Split(sourceIndex);
                if (split.Format is { } format && split.Error is null)
                {
                    document = FrontMatterParser.Parse(format, split.Content, sourceSitePath ?? folder, split.ContentFirstLine, diagnostics);
                    var bodyLine = 1 + split.Block.Count(c => c == '\n');
                    var context = new BodyConversionContext
                    {
                        SourcePath = sourceSitePath,
                        BodyFirstLine = bodyLine,
                        PageUrl = pageUrl,
                        Section = folder.Split('/')[0],
                    };
                    var converted = BodyConverter.Convert(split.Body, BodyTarget.Zola, context);
                    diagnostics.AddRange(converted.Diagnostics);
                    usesGithubAlerts = converted.UsesGithubAlerts;
                    body = converted.Body;
                }
            }
            catch (Exception ex) when (ex is NotImplementedException or InvalidOperationException or ArgumentException)
            {
                diagnostics.Warning(DiagnosticCodes.ValueNotRepresentable, sourceSitePath, null,
                    $"the section file could not be read ({ex.GetType().Name}); a minimal Zola section is written instead");
            }
        }

        var title = Last(folder.Split('/'));
        var consumed = new HashSet<FrontMatterEntry>(ReferenceEqualityComparer.Instance);
        if (document?.Root.Find("title") is { Value: FrontMatterScalar { IsNull: false } t } titleEntry)
        {
            TomlValueConverter.CopyComments(titleEntry, top.Add("title", TomlOutScalar.String(t.Value)));
            consumed.Add(titleEntry);
        }
        else
        {
            top.Add("title", TomlOutScalar.String(char.ToUpperInvariant(title[0]) + title[1..]));
        }
        if (sortByDate)
        {
            top.Add("sort_by", TomlOutScalar.String("date"));
        }
        if (transparent)
        {
            top.Add("transparent", TomlOutScalar.Bool(true));
        }
        top.Add("template", TomlOutScalar.String("section.html"));
        top.Add("page_template", TomlOutScalar.String("page.html"));
        if (document is not null)
        {
            var converter = new TomlValueConverter(document.Format, sourceSitePath, diagnostics);
            converter.AddEntries(extra, document.Root.Entries.Where(e => !consumed.Contains(e)), document.Root, "", 0);
            top.EndComments.AddRange(document.EndComments.Select(c => TomlText.Comment(c.Text)));
        }
        if (extra.Entries.Count > 0)
        {
            top.Add("extra", extra).LeadingComments.Add("# Keys of the Hugo section file (Zola allows only its own section keys at the top level).");
        }
        return "+++\n" + TomlOutRenderer.Render(top) + "+++\n" + (body ?? "");
    }

    /// <summary>
    /// <c>zola.toml</c>: a complete config for a fresh site, or the lines to merge into an existing one (every
    /// key here is a Zola config key). Taxonomies are declared for the default language and every other language;
    /// <paramref name="githubAlerts"/> turns on Zola's GitHub alerts (0.21+) for bodies that keep <c>&gt; [!NOTE]</c>.
    /// </summary>
    public static string Config(ZolaSiteSettings settings, IReadOnlyList<string> taxonomies, IReadOnlyList<string> otherLanguages, bool githubAlerts)
    {
        var sb = new StringBuilder();
        sb.Append("# Zola config written by migrate. For a fresh site use it as is; for an existing site merge\n");
        sb.Append("# `taxonomies` (and the [languages.*] tables) into your own zola.toml / config.toml.\n");
        sb.Append("base_url = ").Append(TomlText.BasicString(settings.BaseUrl is { Length: > 0 } b ? b.TrimEnd('/') : "https://example.org")).Append('\n');
        if (settings.Title is { Length: > 0 } siteTitle)
        {
            sb.Append("title = ").Append(TomlText.BasicString(siteTitle)).Append('\n');
        }
        sb.Append("default_language = ").Append(TomlText.BasicString(settings.DefaultLanguage)).Append('\n');
        sb.Append("taxonomies = ").Append(TaxonomyList(taxonomies)).Append('\n');
        if (githubAlerts)
        {
            sb.Append("\n[markdown]\n");
            sb.Append("# Some bodies keep GitHub alerts (> [!NOTE]); Zola renders them only with this switch.\n");
            sb.Append("github_alerts = true\n");
        }
        foreach (var language in otherLanguages)
        {
            sb.Append('\n').Append("[languages.").Append(TomlText.Key(language)).Append("]\n");
            sb.Append("taxonomies = ").Append(TaxonomyList(taxonomies)).Append('\n');
        }
        return sb.ToString();
    }

    private static string TaxonomyList(IReadOnlyList<string> taxonomies) =>
        taxonomies.Count == 0
            ? "[]"
            : "[\n" + string.Concat(taxonomies.Select(t => "  { name = " + TomlText.BasicString(t) + " },\n")) + "]";

    private static string Last(string[] parts) => parts.Length == 0 || parts[^1].Length == 0 ? "Publications" : parts[^1];
}
