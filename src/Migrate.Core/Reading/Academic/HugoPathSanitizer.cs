using System.Text;
using Migrate.Core.Reading.Hugo;

namespace Migrate.Core.Reading.Academic;

/// <summary>
/// Hugo's <c>PathSpec.MakePathSanitized</c> (Hugo 0.111): keeps letters, digits, marks and <c>. / \ _ # + ~ - @</c>
/// (and <c>%</c> before two hex digits), turns a run of spaces into one hyphen (none after a hyphen, none at the
/// start), drops everything else, then lower-cases. <see cref="EscapeNonAscii"/> gives the form
/// <c>.RelPermalink</c> prints. Checked with the oracle: <c>CHAMPIonS: Conversational Human-AI x</c> →
/// <c>champions-conversational-human-ai-x</c>, <c>20230502-APJRS /</c> → <c>20230502-apjrs-/</c>,
/// <c>a  b--c__d.e</c> → <c>a-b--c__d.e</c>, <c>Über</c> → <c>%C3%BCber</c>.
/// </summary>
internal static class HugoPathSanitizer
{
    // Hugo's paths.Sanitize is ported once, in HugoUrlize (checked there against Hugo on 82 inputs); a page path
    // is that plus Go's per-rune lower-casing, without urlize's URL round trip.
    public static string Sanitize(string s) => HugoUrlize.MakePathSanitized(s);

    /// <summary>Percent-encodes what a URL path cannot hold literally (non-ASCII bytes, spaces, controls); the rest is kept.</summary>
    public static string EscapeNonAscii(string s)
    {
        var sb = new StringBuilder(s.Length);
        Span<byte> buffer = stackalloc byte[4];
        foreach (var r in s.EnumerateRunes())
        {
            if (r.Value > 0x20 && r.Value < 0x7F && r.Value != '"' && r.Value != '<' && r.Value != '>')
            {
                sb.Append((char)r.Value);
                continue;
            }
            var n = r.EncodeToUtf8(buffer);
            for (var i = 0; i < n; i++)
            {
                sb.Append('%').Append(buffer[i].ToString("X2"));
            }
        }
        return sb.ToString();
    }
}
