namespace Migrate.Core.Model.Publications;

/// <summary>
/// A file in a page bundle other than the page itself. <see cref="RelativePath"/> is relative to the bundle folder
/// with '/' separators; <see cref="SourcePath"/> is the absolute path to read it from. <see cref="JunkReason"/>
/// says why a file should not travel (<c>.DS_Store</c>, editor backups, stray Markdown such as <c>index_old.md</c>).
/// </summary>
public sealed record BundleResource(
    string RelativePath,
    string SourcePath,
    long Length,
    string MediaType,
    string ResourceType,
    string? JunkReason);
