using System.Text.Json.Nodes;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Reading.Hugo;

/// <summary>
/// Turns front-matter tree values into the Go values Hugo holds in <c>.Params</c>: <see cref="string"/>,
/// <see cref="bool"/>, <see cref="long"/>/<see cref="ulong"/>/<see cref="double"/>, <see cref="GoTime"/> (TOML
/// offset date-times), <see cref="TomlLocalValue"/>, <c>null</c>, <c>List&lt;object?&gt;</c> and maps
/// (<c>SortedDictionary&lt;string, object?&gt;</c>, ordinal: Go's <c>jsonify</c> sorts keys). Map keys are
/// lower-cased, except in maps that sit inside a list (Hugo's <c>PrepareParams</c> does not descend into lists);
/// the last duplicate key wins. YAML aliases and merge keys (<c>&lt;&lt;</c>) are expanded within a node budget.
/// One reader per document (it counts the budget).
/// </summary>
internal sealed class HugoValueReader
{
    /// <summary>How many nodes alias expansion may produce per document before it stops (alias bombs).</summary>
    public const int AliasNodeBudget = 10_000;

    /// <summary>Nesting depth beyond which values are cut (guards the stack; real front matter is a few levels deep).</summary>
    public const int MaxDepth = FrontMatterLimits.MaxDepth + 8;

    private readonly FrontMatterFormat _format;
    private readonly string _path;
    private readonly DiagnosticBag _diagnostics;
    private int _aliasNodes;
    private bool _budgetReported;
    private bool _depthReported;

    public HugoValueReader(FrontMatterFormat format, string path, DiagnosticBag diagnostics)
    {
        _format = format;
        _path = path;
        _diagnostics = diagnostics;
    }

    /// <summary>Reads a value; <paramref name="lowerKeys"/> is false once inside a list.</summary>
    public object? Read(FrontMatterNode node, bool lowerKeys, int line) => Read(node, lowerKeys, 0, 0, line);

    /// <summary>Follows an alias to the node it names (counting nothing: only expanded collections cost budget).</summary>
    public static FrontMatterNode? Resolve(FrontMatterNode node)
    {
        var seen = 0;
        while (node is FrontMatterAlias alias)
        {
            if (alias.Target is null || ++seen > 64)
            {
                return null;
            }
            node = alias.Target;
        }
        return node;
    }

    /// <summary>
    /// The entries of a mapping in source order, with YAML merge keys (<c>&lt;&lt;: *base</c>) replaced by the
    /// entries they merge (yaml.v2: a merged list applies its maps last to first, so earlier ones win).
    /// </summary>
    public IEnumerable<(string Key, FrontMatterNode Value, int? Line)> Entries(FrontMatterMapping mapping) =>
        Entries(mapping, 0, 0);

    private IEnumerable<(string Key, FrontMatterNode Value, int? Line)> Entries(FrontMatterMapping mapping, int depth, int aliasDepth)
    {
        foreach (var e in mapping.Entries)
        {
            if (_format == FrontMatterFormat.Yaml && e.RawKey == "<<" && depth < MaxDepth)
            {
                var merged = e.Value;
                var viaAlias = merged is FrontMatterAlias;
                var target = Resolve(merged);
                var sources = target switch
                {
                    FrontMatterMapping m => [m],
                    FrontMatterSequence s => s.Items.Select(i => Resolve(i.Value)).OfType<FrontMatterMapping>().Reverse().ToList(),
                    _ => new List<FrontMatterMapping>(),
                };
                foreach (var source in sources)
                {
                    if (viaAlias && !Spend(source.Entries.Count, e.Line))
                    {
                        break;
                    }
                    foreach (var inner in Entries(source, depth + 1, aliasDepth + (viaAlias ? 1 : 0)))
                    {
                        yield return inner;
                    }
                }
                continue;
            }
            yield return (e.Key, e.Value, e.Line);
        }
    }

    private object? Read(FrontMatterNode node, bool lowerKeys, int depth, int aliasDepth, int line)
    {
        if (depth > MaxDepth)
        {
            if (!_depthReported)
            {
                _depthReported = true;
                _diagnostics.Warning(DiagnosticCodes.NestingTooDeep, _path, line,
                    $"front-matter value nested deeper than {MaxDepth} levels; the deeper part is read as null");
            }
            return null;
        }
        switch (node)
        {
            case FrontMatterAlias alias:
                var target = Resolve(alias);
                if (target is null)
                {
                    return null;
                }
                if (!Spend(1, line))
                {
                    return null;
                }
                return Read(target, lowerKeys, depth + 1, aliasDepth + 1, line);
            case FrontMatterScalar scalar:
                return ReadScalar(scalar);
            case FrontMatterSequence seq:
                var list = new List<object?>(seq.Items.Count);
                if (aliasDepth > 0 && !Spend(seq.Items.Count, line))
                {
                    return list;
                }
                foreach (var item in seq.Items)
                {
                    list.Add(Read(item.Value, false, depth + 1, aliasDepth, item.Value.Start?.Line ?? line));
                }
                return list;
            case FrontMatterMapping map:
                var dict = new SortedDictionary<string, object?>(StringComparer.Ordinal);
                if (aliasDepth > 0 && !Spend(map.Entries.Count, line))
                {
                    return dict;
                }
                var spelling = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (key, value, entryLine) in Entries(map, depth, aliasDepth))
                {
                    var name = lowerKeys ? key.ToLowerInvariant() : key;
                    if (spelling.TryGetValue(name, out var current) && !HugoKeyPrecedence.Replaces(current, key))
                    {
                        continue;
                    }
                    spelling[name] = key;
                    dict[name] = Read(value, lowerKeys, depth + 1, aliasDepth, entryLine ?? line);
                }
                return dict;
            default:
                return null;
        }
    }

    private bool Spend(int nodes, int? line)
    {
        if (_budgetReported)
        {
            return false;
        }
        _aliasNodes += Math.Max(nodes, 1);
        if (_aliasNodes <= AliasNodeBudget)
        {
            return true;
        }
        _budgetReported = true;
        _diagnostics.Error(DiagnosticCodes.AliasBudgetExceeded, _path, line,
            $"YAML aliases expand to more than {AliasNodeBudget} values; expansion stopped (values beyond the budget are empty)");
        return false;
    }

    /// <summary>A scalar as the decoder of its syntax hands it to Hugo.</summary>
    public object? ReadScalar(FrontMatterScalar scalar)
    {
        switch (scalar.Kind)
        {
            case ScalarKind.Null:
                return null;
            case ScalarKind.Boolean:
                return _format == FrontMatterFormat.Yaml
                    ? scalar.Value is "y" or "Y" or "yes" or "Yes" or "YES" or "true" or "True" or "TRUE" or "on" or "On" or "ON"
                    : scalar.Value == "true";
            case ScalarKind.Integer:
                if (_format == FrontMatterFormat.Json)
                {
                    return GoNumber.ParseFloat(scalar.Value) ?? (object)scalar.Value; // encoding/json: every number is float64
                }
                return GoNumber.ParseInteger(scalar.Value) ?? (object)scalar.Value;
            case ScalarKind.Float:
                return GoNumber.ParseFloat(scalar.Value) ?? (object)scalar.Value;
            case ScalarKind.Timestamp when _format == FrontMatterFormat.Toml:
                return HugoDates.TomlDateTime(scalar.Value) ?? (object)scalar.Value;
            case ScalarKind.LocalDate or ScalarKind.LocalDateTime or ScalarKind.LocalTime:
                return new TomlLocalValue(TomlLocalText(scalar.Value));
            default:
                // Strings, and YAML timestamps (yaml.v2 gives Hugo the text).
                return scalar.Value;
        }
    }

    /// <summary>go-toml v2's <c>String()</c> of a local value: <c>T</c> between date and time, the rest as written.</summary>
    private static string TomlLocalText(string text)
    {
        var t = text.Trim();
        if (t.Length > 10 && t[4] == '-' && (t[10] == ' ' || t[10] == 't'))
        {
            t = string.Concat(t.AsSpan(0, 10), "T", t.AsSpan(11));
        }
        return t;
    }

    /// <summary>The value as <c>jsonify</c> prints it (times as RFC 3339 with nanoseconds; NaN and infinities, which Hugo cannot print, as null).</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        long l => JsonValue.Create(l),
        ulong u => JsonValue.Create(u),
        double d => double.IsFinite(d) ? JsonValue.Create(d) : null,
        GoTime t => JsonValue.Create(t.ToRfc3339Nano()),
        TomlLocalValue t => JsonValue.Create(t.Text),
        List<object?> list => new JsonArray(list.Select(ToJson).ToArray()),
        SortedDictionary<string, object?> map => ToJsonObject(map),
        _ => null,
    };

    public static JsonObject ToJsonObject(SortedDictionary<string, object?> map)
    {
        var o = new JsonObject();
        foreach (var (k, v) in map)
        {
            o[k] = ToJson(v);
        }
        return o;
    }
}
