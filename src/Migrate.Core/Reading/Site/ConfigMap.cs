namespace Migrate.Core.Reading.Site;

/// <summary>
/// A decoded config mapping. Keys compare case-insensitively, as Hugo lower-cases config keys. Values are
/// <see cref="ConfigMap"/>, <c>List&lt;object?&gt;</c>, <see cref="string"/>, <see cref="long"/>,
/// <see cref="double"/>, <see cref="bool"/> or null. Not lossless: only for reading settings.
/// </summary>
internal sealed class ConfigMap : Dictionary<string, object?>
{
    public ConfigMap()
        : base(StringComparer.OrdinalIgnoreCase)
    {
    }

    public ConfigMap? GetMap(string key) => TryGetValue(key, out var v) ? v as ConfigMap : null;

    public List<object?>? GetList(string key) => TryGetValue(key, out var v) ? v as List<object?> : null;

    /// <summary>A scalar as text (numbers and booleans in invariant form), null when absent or not a scalar.</summary>
    public string? GetString(string key) => TryGetValue(key, out var v) ? ScalarText(v) : null;

    public bool GetBool(string key, bool fallback = false) =>
        TryGetValue(key, out var v) ? v switch
        {
            bool b => b,
            string s when bool.TryParse(s.Trim(), out var b) => b,
            long l => l != 0,
            _ => fallback,
        } : fallback;

    public long GetInt(string key, long fallback = 0) =>
        TryGetValue(key, out var v) ? v switch
        {
            long l => l,
            double d when d is >= long.MinValue and <= long.MaxValue => (long)d,
            string s when long.TryParse(s.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var l) => l,
            _ => fallback,
        } : fallback;

    /// <summary>The items of a list that are scalars, as text; a lone scalar counts as a one-item list.</summary>
    public List<string> GetStrings(string key)
    {
        var result = new List<string>();
        if (!TryGetValue(key, out var v))
        {
            return result;
        }
        if (v is List<object?> list)
        {
            foreach (var item in list)
            {
                if (ScalarText(item) is { } s)
                {
                    result.Add(s);
                }
            }
        }
        else if (ScalarText(v) is { } s)
        {
            result.Add(s);
        }
        return result;
    }

    public static string? ScalarText(object? v) => v switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
