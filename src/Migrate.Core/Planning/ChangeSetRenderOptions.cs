namespace Migrate.Core.Planning;

/// <summary>
/// How <see cref="ChangeSetRenderer"/> shows a dry run. <see cref="Prune"/> and <see cref="Force"/> are the
/// options of the run being previewed, so the printed patch is exactly what that run would do: stale files
/// appear as deletions only with <see cref="Prune"/>, conflicts appear as diffs only with <see cref="Force"/>
/// (otherwise both are listed as notes after the diffs). <see cref="BinaryPatches"/> prints binary files as
/// <c>GIT binary patch</c> literals (like <c>git diff --binary</c>) so that <c>git apply</c> can apply them.
/// </summary>
public sealed record ChangeSetRenderOptions(
    ColorMode Color = ColorMode.Never,
    bool Prune = false,
    bool Force = false,
    bool BinaryPatches = false)
{
    public static ChangeSetRenderOptions Default { get; } = new();
}
