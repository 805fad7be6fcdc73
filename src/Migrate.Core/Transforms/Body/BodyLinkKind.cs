namespace Migrate.Core.Transforms.Body;

/// <summary>Where a link destination found by <see cref="BodyScanner"/> was written.</summary>
public enum BodyLinkKind
{
    /// <summary><c>[text](destination)</c></summary>
    MarkdownLink,

    /// <summary><c>![alt](destination)</c></summary>
    MarkdownImage,

    /// <summary><c>[label]: destination</c></summary>
    ReferenceDefinition,

    /// <summary>A <c>src</c>, <c>href</c> or <c>poster</c> attribute of raw HTML (block or inline).</summary>
    HtmlAttribute,
}
