using System.Text;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;

namespace Migrate.Core.Writing.Jekyll;

/// <summary>
/// Picks each publication's output name (file <c>&lt;name&gt;.md</c>, asset folder <c>&lt;name&gt;/</c>): the source
/// slug with characters a portable file name cannot hold replaced by <c>-</c>, made unique within the run
/// (the same slug under two sections or two languages) by a language suffix, then a counter. Names are
/// compared case-insensitively, so the output also works on case-insensitive file systems.
/// </summary>
internal sealed class JekyllNameAllocator
{
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public string Allocate(Publication publication, string path, DiagnosticBag diagnostics)
    {
        var slug = publication.Source.Slug;
        var baseName = Sanitize(slug);
        var name = baseName;
        if (_used.Contains(name) && publication.Source.Language is { Length: > 0 } lang)
        {
            name = baseName + "-" + Sanitize(lang);
        }
        for (var n = 2; _used.Contains(name); n++)
        {
            name = baseName + "-" + n;
        }
        _used.Add(name);
        if (name != slug)
        {
            diagnostics.Info(DiagnosticCodes.OutputNameChanged, path, null,
                $"written as '{name}' (source slug '{slug}'); its URL is unchanged");
        }
        return name;
    }

    private static string Sanitize(string slug)
    {
        var sb = new StringBuilder(slug.Length);
        foreach (var c in slug)
        {
            sb.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }
        var s = sb.ToString().Trim('.', '-');
        // A leading '_' or '.' would make Jekyll skip the file.
        s = s.TrimStart('_', '.');
        return s.Length == 0 ? "publication" : s;
    }
}
