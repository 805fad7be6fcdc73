using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Reading.Academic;

/// <summary>
/// Recognises pages in a publication section that are not publications: widget pages (<c>type: widget_page</c>,
/// <c>type: landing</c>), list pages (<c>list_format</c>, INFERLab's <c>all.md</c>), and pages with neither a title
/// nor authors nor publication types.
/// </summary>
internal static class ListPageDetector
{
    public static string? Detect(FrontMatterMapping root)
    {
        var type = FrontMatterValues.NonEmptyText(root.Get("type"))?.ToLowerInvariant();
        if (type is "widget_page" or "landing")
        {
            return $"type: {type} (a widget page, not a publication)";
        }
        if (root.Find("list_format") is not null)
        {
            return "list_format is set (a publication list page, not a publication)";
        }
        var hasTitle = FrontMatterValues.NonEmptyText(root.Get("title")) is not null;
        var hasAuthors = FrontMatterValues.StringList(root.Get("authors")).Count > 0;
        var hasTypes = FrontMatterValues.StringList(root.Get("publication_types")).Count > 0;
        if (!hasTitle && !hasAuthors && !hasTypes)
        {
            return "no title, authors or publication_types (not a publication)";
        }
        return null;
    }
}
