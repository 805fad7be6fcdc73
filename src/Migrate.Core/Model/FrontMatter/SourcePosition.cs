namespace Migrate.Core.Model.FrontMatter;

/// <summary>A 1-based line and column in the source file (not in the front-matter slice).</summary>
public readonly record struct SourcePosition(int Line, int Column);
