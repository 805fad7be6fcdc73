namespace Migrate.Core.Planning;

/// <summary>
/// Tuning for <see cref="PlanComparer"/>. <see cref="MaxLoadedBytes"/> caps the size of a changed file whose
/// bytes are loaded for the diff; larger files are only hashed (streamed) and shown as "differ".
/// </summary>
public sealed record PlanComparerOptions(long MaxLoadedBytes = 64L * 1024 * 1024)
{
    public static PlanComparerOptions Default { get; } = new();
}
