namespace Migrate.Core.Conversion;

/// <summary>Progress of a run: <see cref="Done"/> of <see cref="Total"/> publications handled, the last one's site path.</summary>
public readonly record struct ConversionProgress(int Done, int Total, string? CurrentPath);
