namespace Migrate.Core.Reading.FrontMatter.Yaml;

/// <summary>One comment token: offsets into the YAML text (end exclusive), 1-based line/column there, and whether
/// it shares its line with content before it.</summary>
internal readonly record struct ScannedComment(long Start, long End, int Line, int Column, bool IsInline);
