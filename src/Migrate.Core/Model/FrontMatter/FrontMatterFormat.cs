namespace Migrate.Core.Model.FrontMatter;

/// <summary>The front-matter syntax of a source file, decided by its delimiter (never sniffed).</summary>
public enum FrontMatterFormat
{
    /// <summary><c>---</c> … <c>---</c></summary>
    Yaml,
    /// <summary><c>+++</c> … <c>+++</c></summary>
    Toml,
    /// <summary>A JSON object starting at <c>{</c> on the first line, with no delimiter lines.</summary>
    Json,
}
