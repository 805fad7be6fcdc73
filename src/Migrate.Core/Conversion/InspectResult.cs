using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;

namespace Migrate.Core.Conversion;

/// <summary>The publications read by <see cref="ConversionPipeline.Inspect"/> plus the site-level diagnostics.</summary>
public sealed record InspectResult(IReadOnlyList<Publication> Publications, IReadOnlyList<Diagnostic> SiteDiagnostics);
