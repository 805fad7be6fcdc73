using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Site;
using Migrate.Core.Planning;

namespace Migrate.Core.Conversion;

/// <summary>
/// The outcome of <see cref="ConversionPipeline.Run(ConversionRequest)"/>: the plan (files sorted by ordinal path
/// plus every diagnostic of the run, site-level first, then per publication in order), how many publications were
/// handled, and the site (null when the run stopped before the site was loaded).
/// </summary>
public sealed record ConversionResult(OutputPlan Plan, int PublicationCount, SiteContext? Site)
{
    public IReadOnlyList<Diagnostic> Diagnostics => Plan.Diagnostics;

    public bool HasErrors => Plan.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
