namespace Migrate.Core.Transforms.Body;

/// <summary>
/// The <c>templates/shortcodes/*</c> files a Zola writer must emit for the bodies <see cref="BodyConverter"/>
/// produces. The converter writes plain HTML and Markdown for every shortcode it translates (Zola has no built-in
/// shortcodes since 0.17 and an unknown name fails the build), so this list is empty; it is the one place to add a
/// template should a translation ever emit a Zola shortcode call.
/// </summary>
public static class ZolaShortcodeTemplates
{
    /// <summary>File path (relative to the Zola site root) → file content.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
