using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Reading.FrontMatter;

/// <summary>Reads Json front matter into the lossless tree (owner: helper "toml-json").</summary>
public static class JsonFrontMatterParser
{
    /// <summary>Same contract as <see cref="YamlFrontMatterParser.Parse"/>.</summary>
    public static FrontMatterDocument? Parse(string content, string path, int firstLine, DiagnosticBag diagnostics) =>
        throw new NotImplementedException();
}
