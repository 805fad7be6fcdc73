using System.Globalization;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;

namespace Migrate.Core.Reading.Academic;

/// <summary>
/// Maps one <c>publication_types</c> entry to its CSL type and label. Numeric codes go through the site's own
/// legend when the config has one (≤ v3 sites relabelled the codes), else the official 0–8 table; CSL strings are
/// kept; the non-CSL <c>book-chapter</c> is read as <c>chapter</c>.
/// </summary>
internal static class PublicationTypeResolver
{
    public static PublicationTypeValue Resolve(string raw, IReadOnlyList<string>? siteLegend, string path, int? line, DiagnosticBag diagnostics)
    {
        var value = raw.Trim();
        if (value.Length > 0 && value.All(char.IsAsciiDigit))
        {
            return ResolveNumeric(raw, value, siteLegend, path, line, diagnostics);
        }
        var lower = value.ToLowerInvariant();
        if (CslTypes.All.Contains(lower))
        {
            // The 2023+ theme shows i18n "pub_<value>" or else strings.Title of the value as written.
            return new PublicationTypeValue(raw, lower, lower == value ? CslTypes.Label(lower) : CslTypes.GoTitle(value));
        }
        if (lower == "book-chapter")
        {
            diagnostics.Info(DiagnosticCodes.UnknownPublicationType, path, line,
                "publication type 'book-chapter' is not a CSL type; read as CSL 'chapter'");
            return new PublicationTypeValue(raw, "chapter", CslTypes.GoTitle(value));
        }
        diagnostics.Warning(DiagnosticCodes.UnknownPublicationType, path, line,
            $"publication type '{raw}' is neither a CSL type nor a numeric code; no CSL type assigned");
        return new PublicationTypeValue(raw, null, value.Length == 0 ? null : CslTypes.GoTitle(value));
    }

    private static PublicationTypeValue ResolveNumeric(string raw, string digits, IReadOnlyList<string>? siteLegend, string path, int? line, DiagnosticBag diagnostics)
    {
        var inRange = int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var code);
        if (siteLegend is { Count: > 0 })
        {
            if (!inRange || code >= siteLegend.Count)
            {
                diagnostics.Warning(DiagnosticCodes.NumericPublicationTypeOutOfLegend, path, line,
                    $"publication type '{raw}' is outside the site's legend (0–{siteLegend.Count - 1}); the theme shows no label for it");
                return new PublicationTypeValue(raw, null, null);
            }
            var label = siteLegend[code];
            var csl = CslTypes.FromLegendLabel(label);
            if (csl is null && !label.Contains("uncategori", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Warning(DiagnosticCodes.UnknownPublicationType, path, line,
                    $"publication type '{raw}' is '{label}' in the site's legend, which has no clear CSL type");
            }
            return new PublicationTypeValue(raw, csl, label);
        }
        if (!inRange || code >= CslTypes.Numeric.Count)
        {
            diagnostics.Warning(DiagnosticCodes.NumericPublicationTypeOutOfLegend, path, line,
                $"publication type '{raw}' is outside the theme's legend (0–8); the theme shows no label for it");
            return new PublicationTypeValue(raw, null, null);
        }
        var (officialCsl, officialLabel) = CslTypes.Numeric[code];
        return new PublicationTypeValue(raw, officialCsl, officialLabel);
    }
}
