namespace Migrate.Core.IO;

/// <summary>
/// How <see cref="PlanApplier"/> applies a plan. Empty today; the place for later switches (a manifest of what
/// the previous run wrote, conflict detection for hand-edited outputs) so callers need not change.
/// </summary>
public sealed record ApplyOptions
{
    public static ApplyOptions Default { get; } = new();
}
