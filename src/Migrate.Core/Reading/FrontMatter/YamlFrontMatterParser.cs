using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Reading.FrontMatter;

/// <summary>Reads YAML front matter into the lossless tree (owner: helper "yaml").</summary>
public static class YamlFrontMatterParser
{
    /// <summary>
    /// Parses <paramref name="content"/> (the text between the delimiters). <paramref name="firstLine"/> is the
    /// 1-based file line of its first line, so positions and diagnostics name file lines. Returns null (after
    /// adding an error naming file and line) when the YAML cannot be read.
    /// </summary>
    public static FrontMatterDocument? Parse(string content, string path, int firstLine, DiagnosticBag diagnostics) =>
        throw new NotImplementedException();
}
