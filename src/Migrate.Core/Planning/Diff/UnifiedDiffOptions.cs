namespace Migrate.Core.Planning.Diff;

/// <summary>
/// How <see cref="UnifiedDiffFormatter"/> writes a patch. <see cref="ContextLines"/> defaults to 3 like git and
/// GNU diff. <see cref="BinaryPatches"/> writes binary files as a <c>GIT binary patch</c> (base85 literal, like
/// <c>git diff --binary</c>) so that <c>git apply</c> can create them; without it a binary file is the one line
/// <c>Binary files a/X and b/X differ</c>, which reads well but which <c>git apply</c> refuses.
/// <see cref="Color"/> wraps lines in git's default ANSI colours (never use it for a patch meant for a tool).
/// </summary>
public sealed record UnifiedDiffOptions(int ContextLines = 3, bool BinaryPatches = false, bool Color = false)
{
    public static UnifiedDiffOptions Default { get; } = new();
}
