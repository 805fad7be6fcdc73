namespace Migrate.Core.Transforms.Body;

/// <summary>What a body is converted for. Each value picks the translation column of README's "Body conversion" table.</summary>
public enum BodyTarget
{
    /// <summary>Keep the body exactly as written (the JSON writer carries the original).</summary>
    Json,

    /// <summary>Jekyll with kramdown and no theme-specific includes (minima and similar).</summary>
    JekyllPlain,

    /// <summary>Jekyll with the academicpages template (minimal-mistakes styles such as <c>notice--info</c>).</summary>
    JekyllAcademicPages,

    /// <summary>Jekyll with al-folio (<c>figure.liquid</c> / <c>video.liquid</c> includes, <c>block-tip</c> quotes).</summary>
    JekyllAlFolio,

    /// <summary>Zola (pulldown-cmark; Zola's own shortcode grammar is escaped).</summary>
    Zola,
}
