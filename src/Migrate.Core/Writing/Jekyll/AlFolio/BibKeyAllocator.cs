using System.Text;
using Migrate.Core.Diagnostics;

namespace Migrate.Core.Writing.Jekyll.AlFolio;

/// <summary>
/// Citation keys unique within one <c>papers.bib</c> (compared case-insensitively, as BibTeX does): the
/// <c>cite.bib</c> key when it is usable, else the output name; a key already taken gets <c>-2</c>, <c>-3</c>, ... in
/// plan order, so the result is deterministic.
/// </summary>
internal sealed class BibKeyAllocator
{
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public string Allocate(string? citeBibKey, string name, string path, DiagnosticBag diagnostics)
    {
        var wanted = citeBibKey is { Length: > 0 } k && IsUsable(k) ? k : Sanitize(name);
        if (citeBibKey is { Length: > 0 } bad && !IsUsable(bad))
        {
            diagnostics.Info(DiagnosticCodes.OutputNameChanged, path, null,
                $"cite.bib's key '{bad}' holds characters BibTeX keys cannot; the entry is keyed '{wanted}'");
        }
        var key = wanted;
        for (var n = 2; !_used.Add(key); n++)
        {
            key = wanted + "-" + n;
        }
        if (key != wanted)
        {
            diagnostics.Info(DiagnosticCodes.OutputNameChanged, path, null,
                $"the citation key '{wanted}' is taken by an earlier publication; this entry is keyed '{key}'");
        }
        return key;
    }

    internal static bool IsUsable(string key) =>
        key.All(c => c > ' ' && c < 0x7f && c is not (',' or '{' or '}' or '(' or ')' or '=' or '"' or '#' or '%' or '\\' or '\'' or '~' or '@'));

    private static string Sanitize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' ? c : '-');
        }
        return sb.Length == 0 ? "publication" : sb.ToString();
    }
}
