namespace Migrate.Core.Planning;

/// <summary>
/// One file a writer wants in the output folder: <see cref="RelativePath"/> ('/' separators, relative to
/// <c>--out</c>, validated by the applier) and either the bytes (<see cref="Content"/>) or a source file to copy
/// (<see cref="CopyFrom"/>). <see cref="Sources"/> names the source files it was made from (for reports).
/// A plain value: the dry run compares it with the disk, the applier writes it.
/// </summary>
public sealed record PlannedFile(
    string RelativePath,
    byte[]? Content,
    string? CopyFrom,
    IReadOnlyList<string> Sources)
{
    public static PlannedFile Text(string relativePath, string text, params string[] sources) =>
        new(relativePath, new System.Text.UTF8Encoding(false).GetBytes(text), null, sources);

    public static PlannedFile Copy(string relativePath, string sourceFullPath, params string[] sources) =>
        new(relativePath, null, sourceFullPath, sources);
}
