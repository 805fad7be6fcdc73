using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;
using Migrate.Core.Reading.Academic;
using Migrate.Core.Reading.Site;
using Migrate.Core.Writing;

namespace Migrate.Core.Conversion;

/// <summary>
/// The reading stages the pipeline calls: finding the site and its pages, and reading one page. The defaults are
/// <see cref="SiteLoader.Load"/> and <see cref="PublicationReader.Read"/>; tests substitute their own so the
/// pipeline's ordering, error handling and planning can be checked without files.
/// </summary>
public sealed record ConversionStages(
    Func<string, IReadOnlyList<string>, DiagnosticBag, SiteLoadResult> LoadSite,
    Func<PublicationSource, SiteContext, Publication> ReadPublication)
{
    public static ConversionStages Default { get; } = new(SiteLoader.Load, PublicationReader.Read);

    /// <summary>
    /// When set, asked first for the writer of a target name (null: fall back to <see cref="WriterRegistry"/>).
    /// Lets tests plan files the real writers do not produce yet (CRLF text, binary resources, several files).
    /// </summary>
    public Func<string, IPublicationWriter?>? CreateWriter { get; init; }

    /// <summary>The writer for <paramref name="target"/>: <see cref="CreateWriter"/>'s, else the registry's.</summary>
    public bool TryCreateWriter(string target, string? flavor, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IPublicationWriter? writer,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        if (CreateWriter?.Invoke(target) is { } custom)
        {
            writer = custom;
            error = null;
            return true;
        }
        return WriterRegistry.TryCreate(target, flavor, out writer, out error);
    }
}
