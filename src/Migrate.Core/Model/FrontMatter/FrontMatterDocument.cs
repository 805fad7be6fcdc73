namespace Migrate.Core.Model.FrontMatter;

/// <summary>
/// A parsed front matter: the root mapping plus what surrounds it. Together with the splitter's offsets this keeps
/// everything needed to rebuild the original keys, values, comments and order.
/// </summary>
public sealed class FrontMatterDocument
{
    public FrontMatterDocument(FrontMatterFormat format, FrontMatterMapping root)
    {
        Format = format;
        Root = root;
    }

    public FrontMatterFormat Format { get; }

    public FrontMatterMapping Root { get; }

    /// <summary>Comments after the last entry of the front matter, at the top level (before the closing delimiter).</summary>
    public List<CommentLine> EndComments { get; } = new();

    /// <summary>Blank lines between the last entry (or end comment) and the closing delimiter.</summary>
    public int TrailingBlankLines { get; set; }

    /// <summary>The exact front-matter text between the delimiters, as read.</summary>
    public string RawText { get; set; } = "";
}
