using System.Text;
using System.Text.RegularExpressions;
using Tomlyn.Syntax;

namespace Migrate.Core.Reading.FrontMatter.Toml;

/// <summary>
/// Works around a Tomlyn limit: a date-time with more than 7 fractional digits (nanoseconds) is valid TOML
/// ("implementations may truncate extra precision"), and Hugo's go-toml reads it, but Tomlyn reports
/// "Invalid format of date time/offset". For each such error this rewrites the token in a copy of the text with the
/// fraction cut to 7 digits and pads it with spaces after the token, so every other offset, line and column stays
/// the same. The builder then reads the ORIGINAL token text (kept here by offset) as the scalar's Raw and Value.
/// </summary>
internal static partial class TomlFractionPatch
{
    /// <summary>
    /// Returns the patched text (or null when no diagnostic was a too-long fraction) and the original token text
    /// by start offset.
    /// </summary>
    public static string? TryPatch(string text, DocumentSyntax doc, Dictionary<int, string> originals)
    {
        StringBuilder? patched = null;
        foreach (var d in doc.Diagnostics)
        {
            if (d.Kind != DiagnosticMessageKind.Error || !d.Message.StartsWith("Invalid format of date time", StringComparison.Ordinal))
            {
                continue;
            }
            var start = d.Span.Start.Offset;
            var end = d.Span.End.Offset;
            if (start < 0 || end >= text.Length || end < start || originals.ContainsKey(start))
            {
                continue;
            }
            var token = text.Substring(start, end - start + 1);
            var m = LongFraction().Match(token);
            if (!m.Success)
            {
                continue;
            }
            var shortened = m.Groups["keep"].Value + m.Groups["zone"].Value;
            patched ??= new StringBuilder(text);
            for (var i = 0; i < token.Length; i++)
            {
                patched[start + i] = i < shortened.Length ? shortened[i] : ' ';
            }
            originals[start] = token;
        }
        return patched?.ToString();
    }

    [GeneratedRegex(@"^(?<keep>(?:\d{4}-\d{2}-\d{2}[Tt ])?\d{2}:\d{2}:\d{2}\.\d{7})\d+(?<zone>[Zz]|[+-]\d{2}:\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex LongFraction();
}
