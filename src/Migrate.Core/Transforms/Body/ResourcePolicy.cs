using System.Globalization;
using System.Text;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;

namespace Migrate.Core.Transforms.Body;

/// <summary>
/// The one rule every writer uses for bundle files. A file travels unless the scanner gave it a
/// <see cref="BundleResource.JunkReason"/> (each skipped file is reported with <see cref="DiagnosticCodes.JunkResource"/>).
/// Travelling files are flattened into one folder under portable names: accents are stripped, anything outside
/// <c>[A-Za-z0-9._-]</c> (spaces, <c>:</c>, <c>?</c>, other non-ASCII) becomes <c>-</c>, runs of <c>-</c> collapse,
/// leading and trailing dots, dashes and spaces go, and Windows device names get a suffix. A name that is already
/// portable is kept byte for byte. Collisions (also ones differing only in case) are resolved deterministically:
/// files nearer the bundle root and then in ordinal path order keep the plain name, a nested file next tries its
/// folder path joined with <c>-</c>, then a numbered name (<c>-2</c>, <c>-3</c>, …).
/// </summary>
public static class ResourcePolicy
{
    private static readonly HashSet<string> WindowsDevices = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    private const string LatinFolding =
        "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿ" +
        "ĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž";

    private const string LatinFolded =
        "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOoooooUUUUuuuuYyy" +
        "AaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz";

    public static ResourcePlan Plan(IEnumerable<BundleResource> resources, string? sourcePath = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var diagnostics = new List<Diagnostic>();
        var skipped = new List<BundleResource>();
        var travelling = new List<ResourceAssignment>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        var ordered = resources
            .OrderBy(r => r.RelativePath.Count(c => c == '/'))
            .ThenBy(r => r.RelativePath, StringComparer.OrdinalIgnoreCase)
            .ThenByDescending(r => r.RelativePath, StringComparer.Ordinal) // lower case first: featured.jpg before FEATURED.JPG
            .ToList();
        foreach (var r in ordered)
        {
            if (r.JunkReason is { } reason)
            {
                skipped.Add(r);
                diagnostics.Add(Diagnostic.Info(DiagnosticCodes.JunkResource, sourcePath, null,
                    $"bundle file '{r.RelativePath}' is not copied: {reason}"));
                continue;
            }
            var segments = r.RelativePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var fileName = segments.Length == 0 ? r.RelativePath : segments[^1];
            var plain = PortableName(fileName);
            var name = plain;
            var collided = false;
            if (taken.Contains(name) && segments.Length > 1)
            {
                name = PortableName(string.Join('-', segments));
                collided = true;
            }
            if (taken.Contains(name))
            {
                var (stem, ext) = SplitExtension(name);
                var n = 2;
                while (taken.Contains($"{stem}-{n}{ext}"))
                {
                    n++;
                }
                name = $"{stem}-{n}{ext}";
                collided = true;
            }
            if (collided)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ResourceNameCollision, sourcePath, null,
                    $"bundle file '{r.RelativePath}' would share the name '{plain}' with another file once folders are flattened; copied as '{name}'"));
            }
            else if (plain != fileName)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.NonPortableFileName, sourcePath, null,
                    $"bundle file name '{r.RelativePath}' is not portable; copied as '{name}' and every reference updated"));
            }
            taken.Add(name);
            travelling.Add(new ResourceAssignment(r, name));
        }
        travelling.Sort((a, b) => string.CompareOrdinal(a.Resource.RelativePath, b.Resource.RelativePath));
        return new ResourcePlan(travelling, skipped, diagnostics);
    }

    /// <summary>True when <paramref name="name"/> is safe as a file name and URL segment on every common system.</summary>
    public static bool IsPortable(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name.Length > 200 || name[0] is '.' or '-' || name[^1] is '.' or '-')
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            {
                return false;
            }
        }
        return !WindowsDevices.Contains(SplitExtension(name).Stem);
    }

    /// <summary>A portable version of one file name (no folders); portable names come back unchanged.</summary>
    public static string PortableName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (IsPortable(name))
        {
            return name;
        }
        var (stem, ext) = SplitExtension(name.Trim());
        stem = Clean(stem);
        ext = ext.Length > 0 ? Clean(ext[1..]) : "";
        if (stem.Length == 0)
        {
            stem = "file";
        }
        if (stem.Length > 150)
        {
            stem = stem[..150].TrimEnd('-', '.');
        }
        if (WindowsDevices.Contains(stem))
        {
            stem += "-file";
        }
        return ext.Length > 0 ? stem + "." + ext : stem;
    }

    private static string Clean(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            // The build uses invariant globalization, where string.Normalize cannot decompose accents; fold by table.
            var folded = LatinFolding.IndexOf(c);
            if (folded >= 0)
            {
                sb.Append(LatinFolded[folded]);
                continue;
            }
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var mapped = c switch
            {
                'ß' => "ss",
                'æ' => "ae",
                'Æ' => "AE",
                'ø' => "o",
                'Ø' => "O",
                'œ' => "oe",
                'Œ' => "OE",
                'ł' => "l",
                'Ł' => "L",
                'đ' => "d",
                'Đ' => "D",
                _ => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' ? c.ToString() : "-",
            };
            sb.Append(mapped);
        }
        var s = sb.ToString();
        while (s.Contains("--", StringComparison.Ordinal))
        {
            s = s.Replace("--", "-", StringComparison.Ordinal);
        }
        return s.Trim('-', '.', '_');
    }

    private static (string Stem, string Extension) SplitExtension(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot <= 0 ? (name, "") : (name[..dot], name[dot..]);
    }
}
