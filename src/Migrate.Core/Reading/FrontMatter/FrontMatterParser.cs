using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Reading.FrontMatter;

/// <summary>Chooses the parser by the delimiter the splitter found (the delimiter is authoritative; never sniff).</summary>
public static class FrontMatterParser
{
    public static FrontMatterDocument? Parse(FrontMatterFormat format, string content, string path, int firstLine, DiagnosticBag diagnostics) =>
        format switch
        {
            FrontMatterFormat.Yaml => YamlFrontMatterParser.Parse(content, path, firstLine, diagnostics),
            FrontMatterFormat.Toml => TomlFrontMatterParser.Parse(content, path, firstLine, diagnostics),
            FrontMatterFormat.Json => JsonFrontMatterParser.Parse(content, path, firstLine, diagnostics),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
}
