using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;

namespace Migrate.Tests.Writing.Jekyll;

/// <summary>Hand-built publications for writer tests (no reader involved).</summary>
internal static class PublicationBuilder
{
    public static Publication Make(string slug, FrontMatterMapping root, string body = "", string? hugoUrl = null,
        FrontMatterFormat format = FrontMatterFormat.Yaml, string section = "publication", string? language = null)
    {
        var contentPath = $"{section}/{slug}/index.md";
        var document = new FrontMatterDocument(format, root);
        return new Publication
        {
            Source = new PublicationSource($"/site/content/{contentPath}", $"content/{contentPath}", contentPath, section, slug, language, SourceKind.LeafBundle),
            FrontMatter = document,
            Body = body,
            FrontMatterBlock = "---\n" + string.Concat(Enumerable.Repeat("x: y\n", root.Entries.Count)) + "---\n",
            HugoUrl = hugoUrl ?? $"/{section}/{slug}/",
        };
    }

    public static HugoDate Date(string raw)
    {
        // What Hugo reads: an offset is kept as written; a value without one is in the site zone (UTC here).
        var hasTime = raw.Length > 10;
        var hasOffset = raw.EndsWith('Z') || (hasTime && (raw[^6] is '+' or '-'));
        var value = DateTimeOffset.Parse(hasOffset || !hasTime ? raw : raw + "Z", System.Globalization.CultureInfo.InvariantCulture);
        if (!hasTime)
        {
            value = new DateTimeOffset(DateTime.SpecifyKind(DateTime.Parse(raw, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Unspecified), TimeSpan.Zero);
        }
        return new HugoDate(raw, value, hasTime, hasOffset) { CalendarDay = hasOffset ? null : DateOnly.FromDateTime(value.DateTime) };
    }

    public static BundleResource Resource(string slug, string relative, string? junk = null, string section = "publication") =>
        new(relative, $"/site/content/{section}/{slug}/{relative}", 10, "application/octet-stream", "other", junk);
}
