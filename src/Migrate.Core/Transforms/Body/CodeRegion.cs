namespace Migrate.Core.Transforms.Body;

/// <summary>A part of the body that Markdown renders as code, so a shortcode inside it is an example, not a call.</summary>
public sealed record CodeRegion(CodeRegionKind Kind, SourceRange Range);
