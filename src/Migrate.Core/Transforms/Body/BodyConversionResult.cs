using Migrate.Core.Diagnostics;

namespace Migrate.Core.Transforms.Body;

/// <summary>
/// A converted body with what happened. <see cref="UsesGithubAlerts"/> tells a Zola writer that the body keeps
/// GitHub alerts (<c>&gt; [!NOTE]</c>), so the site config needs <c>[markdown] github_alerts = true</c>.
/// </summary>
public sealed record BodyConversionResult(
    string Body,
    IReadOnlyList<Diagnostic> Diagnostics,
    BodyConversionStats Stats,
    bool UsesGithubAlerts);
