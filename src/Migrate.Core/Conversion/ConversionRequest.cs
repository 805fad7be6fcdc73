namespace Migrate.Core.Conversion;

/// <summary>
/// One conversion run: the source (a site root, its <c>content/</c> folder, a section, a bundle or a page file),
/// the target writer name, the output folder (used here only to refuse one inside the source tree; writing is
/// <c>PlanApplier</c>'s job), and the sections to convert (empty: the loader's default, <c>publication</c> and
/// <c>publications</c>).
/// </summary>
public sealed record ConversionRequest(
    string SourcePath,
    string Target,
    string? OutputDirectory,
    IReadOnlyList<string> Sections)
{
    /// <summary>Told after each publication is written, in plan order (called on the pipeline's thread).</summary>
    public IProgress<ConversionProgress>? Progress { get; init; }

    /// <summary>
    /// How many publications may be read at the same time. Reading is the slow part and publications are
    /// independent; writing stays sequential and in source order, so output is the same for any value.
    /// </summary>
    public int MaxParallelism { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>The writer's flavour (<c>--flavor</c>; Jekyll: <c>plain</c>, <c>academicpages</c>, <c>al-folio</c>); null for the default.</summary>
    public string? Flavor { get; init; }
}
