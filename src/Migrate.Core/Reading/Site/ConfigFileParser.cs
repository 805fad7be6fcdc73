using System.Globalization;
using System.Text.Json;
using Migrate.Core.Diagnostics;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Migrate.Core.Reading.Site;

/// <summary>
/// Decodes one config or data file (TOML, YAML or JSON, chosen by extension) into a <see cref="ConfigMap"/>.
/// Not lossless (settings only). Never throws on bad input: a file that Hugo could not read either gives
/// <see cref="DiagnosticCodes.SiteConfigUnreadable"/> (or the caller's code) with file and line, and null.
/// </summary>
internal static class ConfigFileParser
{
    /// <summary>Deeper nesting than this is refused (a stack overflow cannot be caught in .NET).</summary>
    public const int MaxDepth = 64;

    public static readonly string[] Extensions = ["toml", "yaml", "yml", "json"];

    public static ConfigMap? Parse(string text, string extension, string displayPath, DiagnosticBag diagnostics, string code = DiagnosticCodes.SiteConfigUnreadable)
    {
        try
        {
            return extension.ToLowerInvariant() switch
            {
                "toml" => ParseToml(text, displayPath, diagnostics, code),
                "yaml" or "yml" => ParseYaml(text, displayPath, diagnostics, code),
                "json" => ParseJson(text, displayPath, diagnostics, code),
                _ => null,
            };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Library bugs on odd input must not escape: the file is reported as unreadable instead.
            diagnostics.Warning(code, displayPath, null, $"cannot read this file: {ex.Message}");
            return null;
        }
    }

    private static ConfigMap? ParseToml(string text, string path, DiagnosticBag diagnostics, string code)
    {
        try
        {
            var syntax = Tomlyn.Parsing.SyntaxParser.Parse(text, path);
            if (syntax.HasErrors)
            {
                foreach (var message in syntax.Diagnostics)
                {
                    if (message.Kind == Tomlyn.Syntax.DiagnosticMessageKind.Error)
                    {
                        diagnostics.Warning(code, path, message.Span.Start.Line + 1, $"TOML error, Hugo cannot read this file: {message.Message}", message.Span.Start.Column + 1);
                        return null;
                    }
                }
            }
            var table = TomlSerializer.Deserialize<TomlTable>(text);
            return table is null ? new ConfigMap() : FromToml(table, 1);
        }
        catch (TomlException ex)
        {
            diagnostics.Warning(code, path, LineFromTomlMessage(ex.Message), $"TOML error, Hugo cannot read this file: {ex.Message}");
            return null;
        }
        catch (InvalidDataException ex)
        {
            diagnostics.Warning(code, path, null, ex.Message);
            return null;
        }
    }

    /// <summary>Tomlyn messages start with <c>(line,column)</c>.</summary>
    private static int? LineFromTomlMessage(string message)
    {
        var open = message.IndexOf('(');
        var comma = open < 0 ? -1 : message.IndexOf(',', open);
        return comma > open + 1 && int.TryParse(message.AsSpan(open + 1, comma - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var line) ? line : null;
    }

    private static ConfigMap FromToml(TomlTable table, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidDataException($"nested deeper than {MaxDepth} levels");
        }
        var map = new ConfigMap();
        foreach (var (key, value) in table)
        {
            map[key] = FromTomlValue(value, depth);
        }
        return map;
    }

    private static object? FromTomlValue(object? value, int depth) => value switch
    {
        TomlTable t => FromToml(t, depth + 1),
        TomlTableArray ta => ta.Select(t => (object?)FromToml(t, depth + 1)).ToList(),
        TomlArray a => FromTomlArray(a, depth + 1),
        string or bool or long or double => value,
        int i => (long)i,
        float f => (double)f,
        TomlDateTime dt => dt.ToString(),
        null => null,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static List<object?> FromTomlArray(TomlArray array, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidDataException($"nested deeper than {MaxDepth} levels");
        }
        return array.Select(v => FromTomlValue(v, depth)).ToList();
    }

    private static ConfigMap? ParseJson(string text, string path, DiagnosticBag diagnostics, string code)
    {
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = MaxDepth });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Warning(code, path, 1, "the file is not a JSON object");
                return null;
            }
            return (ConfigMap)FromJson(doc.RootElement)!;
        }
        catch (JsonException ex)
        {
            diagnostics.Warning(code, path, ex.LineNumber is { } l ? (int)l + 1 : null, $"JSON error, Hugo cannot read this file: {ex.Message}");
            return null;
        }
    }

    // Depth is bounded by JsonDocumentOptions.MaxDepth, so this recursion is safe.
    private static object? FromJson(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().Aggregate(new ConfigMap(), (m, p) => { m[p.Name] = FromJson(p.Value); return m; }),
        JsonValueKind.Array => e.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>YAML through the event parser with an explicit stack, so depth is checked without recursion.</summary>
    private static ConfigMap? ParseYaml(string text, string path, DiagnosticBag diagnostics, string code)
    {
        try
        {
            var parser = new Parser(new StringReader(text));
            var anchors = new Dictionary<string, object?>(StringComparer.Ordinal);
            var stack = new Stack<YamlFrame>();
            object? root = null;
            var rootSet = false;
            while (parser.MoveNext())
            {
                var ev = parser.Current;
                switch (ev)
                {
                    case DocumentEnd when rootSet:
                        return Root(root, path, diagnostics, code);
                    case MappingStart ms:
                    {
                        if (stack.Count >= MaxDepth)
                        {
                            diagnostics.Warning(code, path, (int)ms.Start.Line, $"nested deeper than {MaxDepth} levels");
                            return null;
                        }
                        stack.Push(new YamlFrame(new ConfigMap(), null, ms.Anchor.IsEmpty ? null : ms.Anchor.Value));
                        break;
                    }
                    case SequenceStart ss:
                    {
                        if (stack.Count >= MaxDepth)
                        {
                            diagnostics.Warning(code, path, (int)ss.Start.Line, $"nested deeper than {MaxDepth} levels");
                            return null;
                        }
                        stack.Push(new YamlFrame(null, new List<object?>(), ss.Anchor.IsEmpty ? null : ss.Anchor.Value));
                        break;
                    }
                    case MappingEnd or SequenceEnd:
                    {
                        var done = stack.Pop();
                        object value = (object?)done.Map ?? done.List!;
                        if (done.Anchor is { } anchor)
                        {
                            // Registered only once complete, so an alias inside its own anchor is unknown (no cycles).
                            anchors[anchor] = value;
                        }
                        if (stack.Count == 0)
                        {
                            root = value;
                            rootSet = true;
                        }
                        else
                        {
                            Deliver(stack.Peek(), value);
                        }
                        break;
                    }
                    case Scalar sc:
                    {
                        var value = ResolveScalar(sc);
                        if (!sc.Anchor.IsEmpty)
                        {
                            anchors[sc.Anchor.Value] = value;
                        }
                        if (stack.Count == 0)
                        {
                            root = value;
                            rootSet = true;
                        }
                        else
                        {
                            Deliver(stack.Peek(), value);
                        }
                        break;
                    }
                    case AnchorAlias alias:
                    {
                        if (!anchors.TryGetValue(alias.Value.Value, out var value))
                        {
                            diagnostics.Warning(code, path, (int)alias.Start.Line, $"unknown YAML alias *{alias.Value.Value}");
                            return null;
                        }
                        if (stack.Count == 0)
                        {
                            root = value;
                            rootSet = true;
                        }
                        else
                        {
                            Deliver(stack.Peek(), value);
                        }
                        break;
                    }
                }
            }
            return Root(root, path, diagnostics, code);
        }
        catch (YamlException ex)
        {
            diagnostics.Warning(code, path, (int)ex.Start.Line, $"YAML error, Hugo cannot read this file: {ex.Message}", (int)ex.Start.Column);
            return null;
        }
    }

    private static ConfigMap? Root(object? root, string path, DiagnosticBag diagnostics, string code)
    {
        switch (root)
        {
            case ConfigMap map:
                return map;
            case null:
                return new ConfigMap();
            default:
                diagnostics.Warning(code, path, 1, "the file is not a mapping of keys to values");
                return null;
        }
    }

    private static void Deliver(YamlFrame frame, object? value)
    {
        if (frame.List is { } list)
        {
            list.Add(value);
            return;
        }
        var map = frame.Map!;
        if (!frame.HasKey)
        {
            frame.Key = ConfigMap.ScalarText(value) ?? "";
            frame.HasKey = true;
            return;
        }
        var key = frame.Key!;
        frame.HasKey = false;
        if (key == "<<")
        {
            // YAML merge key: merged entries never replace explicit ones.
            foreach (var source in value is List<object?> many ? many : [value])
            {
                if (source is ConfigMap m)
                {
                    foreach (var (k, v) in m)
                    {
                        map.TryAdd(k, v);
                    }
                }
            }
            return;
        }
        map[key] = value;
    }

    /// <summary>YAML 1.1 plain-scalar typing as go-yaml v2 (Hugo 0.111) applies it; quoted scalars are strings.</summary>
    private static object? ResolveScalar(Scalar sc)
    {
        var v = sc.Value;
        if (sc.Style != ScalarStyle.Plain || !sc.Tag.IsEmpty)
        {
            return v;
        }
        switch (v)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" or "y" or "Y":
                return true;
            case "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF" or "n" or "N":
                return false;
        }
        if (long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return l;
        }
        if (v.Length > 0 && (char.IsDigit(v[0]) || v[0] is '-' or '+' or '.') && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }
        return v;
    }

    private sealed class YamlFrame(ConfigMap? map, List<object?>? list, string? anchor)
    {
        public string? Anchor { get; } = anchor;

        public ConfigMap? Map { get; } = map;

        public List<object?>? List { get; } = list;

        public string? Key { get; set; }

        public bool HasKey { get; set; }
    }
}
