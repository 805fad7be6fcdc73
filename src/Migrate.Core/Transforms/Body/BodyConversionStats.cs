namespace Migrate.Core.Transforms.Body;

/// <summary>Counts of what one conversion did (summed over a corpus for the closing report).</summary>
public sealed class BodyConversionStats
{
    /// <summary>Translated shortcodes by name (comment escapes count under <c>/* */</c>).</summary>
    public SortedDictionary<string, int> Translated { get; } = new(StringComparer.Ordinal);

    /// <summary>Shortcodes kept inert by name: unknown, untranslatable, malformed, or inside code.</summary>
    public SortedDictionary<string, int> KeptInert { get; } = new(StringComparer.Ordinal);

    public int LinksRewritten { get; set; }

    public int MathConverted { get; set; }

    public int GithubAlertsConverted { get; set; }

    public int TargetEscapes { get; set; }

    internal void CountTranslated(string name) => Translated[name] = Translated.GetValueOrDefault(name) + 1;

    internal void CountInert(string name) => KeptInert[name] = KeptInert.GetValueOrDefault(name) + 1;

    public void Add(BodyConversionStats other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (k, v) in other.Translated)
        {
            Translated[k] = Translated.GetValueOrDefault(k) + v;
        }
        foreach (var (k, v) in other.KeptInert)
        {
            KeptInert[k] = KeptInert.GetValueOrDefault(k) + v;
        }
        LinksRewritten += other.LinksRewritten;
        MathConverted += other.MathConverted;
        GithubAlertsConverted += other.GithubAlertsConverted;
        TargetEscapes += other.TargetEscapes;
    }
}
