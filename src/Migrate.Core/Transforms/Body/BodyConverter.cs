namespace Migrate.Core.Transforms.Body;

/// <summary>
/// Converts a publication body (front matter already removed) for one target: Hugo shortcodes are translated
/// (README, "Body conversion"), links to bundle files and to other publications are rewritten through the
/// context's mappers, math is adapted, and everything that came from the source is made inert for the target's
/// template engine (Liquid for Jekyll, Zola's shortcode scanner). Text that is not changed is copied byte for
/// byte (CRLF included); for <see cref="BodyTarget.Json"/> the body is returned as is. Never throws on bad input:
/// problems become diagnostics naming the file and line.
/// </summary>
public static class BodyConverter
{
    public static BodyConversionResult Convert(string body, BodyTarget target, BodyConversionContext context)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(context);
        if (target == BodyTarget.Json || body.Length == 0)
        {
            return new BodyConversionResult(body, Array.Empty<Migrate.Core.Diagnostics.Diagnostic>(), new BodyConversionStats(), false);
        }
        return new BodyConversionRun(body, target, context).Run();
    }
}
