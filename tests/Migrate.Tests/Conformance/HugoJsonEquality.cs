using System.Text.Json;
using System.Text.Json.Nodes;

namespace Migrate.Tests.Conformance;

/// <summary>
/// Deep equality of two JSON values the way the conformance run compares Hugo's output with ours: objects by key
/// set, arrays in order, numbers by value (the oracle's numbers pass through Python, so <c>1.5e-07</c> and
/// <c>1.5E-7</c> are the same number). Returns the path of the first difference, or null.
/// </summary>
internal static class HugoJsonEquality
{
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
        }
        switch (expected)
        {
            case JsonObject eo when actual is JsonObject ao:
                foreach (var (key, value) in eo)
                {
                    if (!ao.ContainsKey(key))
                    {
                        return $"{path}.{key}: missing (expected {Show(value)})";
                    }
                    if (FirstDifference(value, ao[key], $"{path}.{key}") is { } d)
                    {
                        return d;
                    }
                }
                foreach (var (key, value) in ao)
                {
                    if (!eo.ContainsKey(key))
                    {
                        return $"{path}.{key}: unexpected {Show(value)}";
                    }
                }
                return null;
            case JsonArray ea when actual is JsonArray aa:
                if (ea.Count != aa.Count)
                {
                    return $"{path}: expected {ea.Count} items {Show(ea)}, got {aa.Count} {Show(aa)}";
                }
                for (var i = 0; i < ea.Count; i++)
                {
                    if (FirstDifference(ea[i], aa[i], $"{path}[{i}]") is { } d)
                    {
                        return d;
                    }
                }
                return null;
            case JsonValue ev when actual is JsonValue av:
                if (ev.GetValueKind() == JsonValueKind.Number && av.GetValueKind() == JsonValueKind.Number)
                {
                    return ev.GetValue<double>() == av.GetValue<double>() ? null : $"{path}: expected {Show(ev)}, got {Show(av)}";
                }
                return JsonNode.DeepEquals(ev, av) ? null : $"{path}: expected {Show(ev)}, got {Show(av)}";
            default:
                return $"{path}: expected {Show(expected)}, got {Show(actual)}";
        }
    }

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 120 ? text[..120] + "…" : text;
    }
}
