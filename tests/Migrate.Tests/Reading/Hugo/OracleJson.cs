using System.Globalization;
using System.Text.Json.Nodes;

namespace Migrate.Tests.Reading.Hugo;

/// <summary>Reads the oracle recordings and compares JSON values the way the conformance run does (numbers by value).</summary>
internal static class OracleJson
{
    private static readonly Dictionary<string, JsonArray> Cache = new();

    public static JsonObject Page(string recording, string path)
    {
        JsonArray pages;
        lock (Cache)
        {
            if (!Cache.TryGetValue(recording, out pages!))
            {
                pages = JsonNode.Parse(File.ReadAllText(ProbeFrontMatter.ProbePath(recording)))!.AsArray();
                Cache[recording] = pages;
            }
        }
        return pages.Select(p => p!.AsObject()).Single(p => (string)p["path"]! == path);
    }

    /// <summary>The first difference between two JSON values (path and both sides), or null when they are equal.</summary>
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string where = "$")
    {
        switch (expected)
        {
            case null:
                return actual is null ? null : $"{where}: expected null, got {actual.ToJsonString()}";
            case JsonObject eo:
                if (actual is not JsonObject ao)
                {
                    return $"{where}: expected object, got {actual?.ToJsonString() ?? "null"}";
                }
                foreach (var key in eo.Select(kv => kv.Key).Union(ao.Select(kv => kv.Key)).Order(StringComparer.Ordinal))
                {
                    if (!eo.ContainsKey(key) || !ao.ContainsKey(key))
                    {
                        return $"{where}.{key}: only in {(eo.ContainsKey(key) ? "expected" : "actual")}";
                    }
                    if (FirstDifference(eo[key], ao[key], $"{where}.{key}") is { } d)
                    {
                        return d;
                    }
                }
                return null;
            case JsonArray ea:
                if (actual is not JsonArray aa || aa.Count != ea.Count)
                {
                    return $"{where}: expected {ea.ToJsonString()}, got {actual?.ToJsonString() ?? "null"}";
                }
                for (var i = 0; i < ea.Count; i++)
                {
                    if (FirstDifference(ea[i], aa[i], $"{where}[{i}]") is { } d)
                    {
                        return d;
                    }
                }
                return null;
            default:
                var ev = expected.AsValue();
                if (actual is not JsonValue av)
                {
                    return $"{where}: expected {expected.ToJsonString()}, got {actual?.ToJsonString() ?? "null"}";
                }
                if (ev.GetValueKind() == System.Text.Json.JsonValueKind.Number && av.GetValueKind() == System.Text.Json.JsonValueKind.Number)
                {
                    var e = double.Parse(ev.ToJsonString(), CultureInfo.InvariantCulture);
                    var a = double.Parse(av.ToJsonString(), CultureInfo.InvariantCulture);
                    return e == a ? null : $"{where}: expected {e}, got {a}";
                }
                return ev.ToJsonString() == av.ToJsonString() ? null : $"{where}: expected {ev.ToJsonString()}, got {av.ToJsonString()}";
        }
    }
}
