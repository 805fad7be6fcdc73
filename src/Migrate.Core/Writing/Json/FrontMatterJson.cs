using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Writing.Json;

/// <summary>
/// Converts the lossless front-matter tree to JSON and back, comments included: in this document comments are
/// data (<c>{"text","line"}</c> objects attached to entries and items), so nothing is dropped. The shape is the
/// <c>frontMatter</c> member of <c>publications.json</c> (see <c>schemas/migrate-publications.schema.json</c>).
/// Not carried: node start positions (entries keep their line) and <see cref="FrontMatterDocument.RawText"/>.
/// </summary>
public static class FrontMatterJson
{
    /// <summary>
    /// Deepest nesting of mappings/sequences accepted in either direction: a little above what the readers accept
    /// (<see cref="FrontMatterLimits.MaxDepth"/>). The guard exists because <see cref="FromJson"/> reads JSON that may
    /// come from anywhere and recursion depth must stay bounded (a stack overflow cannot be caught in .NET).
    /// </summary>
    public const int MaxDepth = FrontMatterLimits.MaxDepth + 8;

    /// <summary>The JSON form of <paramref name="document"/>: <c>{"format","style","entries","endComments","trailingBlankLines"}</c>.</summary>
    public static JsonObject ToJson(FrontMatterDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var obj = new JsonObject
        {
            ["format"] = FormatName(document.Format),
            ["style"] = StyleName(document.Root.Style),
            ["entries"] = EntriesToJson(document.Root.Entries, 1),
            ["endComments"] = CommentsToJson(document.EndComments),
            ["trailingBlankLines"] = document.TrailingBlankLines,
        };
        // The root mapping has its own end-comment list in the model; the readers use the document's list, so
        // this one is written only when something put comments there (keeps the common case short).
        if (document.Root.EndComments.Count > 0)
        {
            obj["rootEndComments"] = CommentsToJson(document.Root.EndComments);
        }
        return obj;
    }

    /// <summary>The JSON form of one node (<c>{"type":"scalar"|"sequence"|"mapping"|"alias", …}</c>).</summary>
    public static JsonObject NodeToJson(FrontMatterNode node) => NodeToJson(node, 1);

    /// <summary>
    /// Rebuilds the tree from its JSON form. Aliases are re-linked to the most recent earlier node with that
    /// anchor (YAML's rule). Throws <see cref="JsonException"/> (with the JSON path) when the input does not
    /// have the documented shape or nests deeper than <see cref="MaxDepth"/>.
    /// </summary>
    public static FrontMatterDocument FromJson(JsonNode json)
    {
        var reader = new Reader();
        var obj = reader.Object(json, "$");
        var root = new FrontMatterMapping { Style = ParseStyle(reader.String(obj, "style", "$", optional: true) ?? "block", "$.style") };
        var document = new FrontMatterDocument(ParseFormat(reader.String(obj, "format", "$")!, "$.format"), root)
        {
            TrailingBlankLines = reader.Int(obj, "trailingBlankLines", "$", optional: true) ?? 0,
        };
        reader.ReadEntries(obj, "$", root, 1);
        document.EndComments.AddRange(reader.Comments(obj, "endComments", "$"));
        root.EndComments.AddRange(reader.Comments(obj, "rootEndComments", "$"));
        return document;
    }

    /// <summary>Rebuilds one node from its JSON form (see <see cref="FromJson"/>).</summary>
    public static FrontMatterNode NodeFromJson(JsonNode json) => new Reader().Node(json, "$", 1);

    internal static string FormatName(FrontMatterFormat format) => format switch
    {
        FrontMatterFormat.Yaml => "yaml",
        FrontMatterFormat.Toml => "toml",
        FrontMatterFormat.Json => "json",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    internal static string StyleName(CollectionStyle style) => style switch
    {
        CollectionStyle.Block => "block",
        CollectionStyle.Flow => "flow",
        CollectionStyle.TomlTable => "tomlTable",
        CollectionStyle.TomlTableArray => "tomlTableArray",
        _ => throw new ArgumentOutOfRangeException(nameof(style)),
    };

    internal static string KindName(ScalarKind kind) => kind switch
    {
        ScalarKind.Null => "null",
        ScalarKind.Boolean => "boolean",
        ScalarKind.Integer => "integer",
        ScalarKind.Float => "float",
        ScalarKind.String => "string",
        ScalarKind.Timestamp => "timestamp",
        ScalarKind.LocalDateTime => "localDateTime",
        ScalarKind.LocalDate => "localDate",
        ScalarKind.LocalTime => "localTime",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    internal static string ScalarStyleName(ScalarStyle style) => style switch
    {
        ScalarStyle.Plain => "plain",
        ScalarStyle.SingleQuoted => "singleQuoted",
        ScalarStyle.DoubleQuoted => "doubleQuoted",
        ScalarStyle.Literal => "literal",
        ScalarStyle.Folded => "folded",
        ScalarStyle.MultiLineDoubleQuoted => "multiLineDoubleQuoted",
        _ => throw new ArgumentOutOfRangeException(nameof(style)),
    };

    private static FrontMatterFormat ParseFormat(string text, string path) => text switch
    {
        "yaml" => FrontMatterFormat.Yaml,
        "toml" => FrontMatterFormat.Toml,
        "json" => FrontMatterFormat.Json,
        _ => throw Invalid(path, $"unknown format '{text}'"),
    };

    private static CollectionStyle ParseStyle(string text, string path) => text switch
    {
        "block" => CollectionStyle.Block,
        "flow" => CollectionStyle.Flow,
        "tomlTable" => CollectionStyle.TomlTable,
        "tomlTableArray" => CollectionStyle.TomlTableArray,
        _ => throw Invalid(path, $"unknown collection style '{text}'"),
    };

    private static ScalarKind ParseKind(string text, string path) => text switch
    {
        "null" => ScalarKind.Null,
        "boolean" => ScalarKind.Boolean,
        "integer" => ScalarKind.Integer,
        "float" => ScalarKind.Float,
        "string" => ScalarKind.String,
        "timestamp" => ScalarKind.Timestamp,
        "localDateTime" => ScalarKind.LocalDateTime,
        "localDate" => ScalarKind.LocalDate,
        "localTime" => ScalarKind.LocalTime,
        _ => throw Invalid(path, $"unknown scalar kind '{text}'"),
    };

    private static ScalarStyle ParseScalarStyle(string text, string path) => text switch
    {
        "plain" => ScalarStyle.Plain,
        "singleQuoted" => ScalarStyle.SingleQuoted,
        "doubleQuoted" => ScalarStyle.DoubleQuoted,
        "literal" => ScalarStyle.Literal,
        "folded" => ScalarStyle.Folded,
        "multiLineDoubleQuoted" => ScalarStyle.MultiLineDoubleQuoted,
        _ => throw Invalid(path, $"unknown scalar style '{text}'"),
    };

    private static JsonArray EntriesToJson(List<FrontMatterEntry> entries, int depth)
    {
        var array = new JsonArray();
        foreach (var entry in entries)
        {
            array.Add(new JsonObject
            {
                ["key"] = entry.Key,
                ["rawKey"] = entry.RawKey,
                ["line"] = entry.Line,
                ["blankLinesBefore"] = entry.BlankLinesBefore,
                ["leadingComments"] = CommentsToJson(entry.LeadingComments),
                ["trailingComment"] = CommentToJson(entry.TrailingComment),
                ["value"] = NodeToJson(entry.Value, depth),
            });
        }
        return array;
    }

    private static JsonObject NodeToJson(FrontMatterNode node, int depth)
    {
        JsonObject obj;
        switch (node)
        {
            case FrontMatterScalar scalar:
                obj = new JsonObject
                {
                    ["type"] = "scalar",
                    ["value"] = scalar.Value,
                    ["raw"] = scalar.Raw,
                    ["kind"] = KindName(scalar.Kind),
                    ["style"] = ScalarStyleName(scalar.Style),
                };
                break;
            case FrontMatterSequence sequence:
                GuardDepth(depth);
                var items = new JsonArray();
                foreach (var item in sequence.Items)
                {
                    items.Add(new JsonObject
                    {
                        ["value"] = NodeToJson(item.Value, depth + 1),
                        ["leadingComments"] = CommentsToJson(item.LeadingComments),
                        ["trailingComment"] = CommentToJson(item.TrailingComment),
                    });
                }
                obj = new JsonObject
                {
                    ["type"] = "sequence",
                    ["style"] = StyleName(sequence.Style),
                    ["items"] = items,
                    ["endComments"] = CommentsToJson(sequence.EndComments),
                };
                break;
            case FrontMatterMapping mapping:
                GuardDepth(depth);
                obj = new JsonObject
                {
                    ["type"] = "mapping",
                    ["style"] = StyleName(mapping.Style),
                    ["entries"] = EntriesToJson(mapping.Entries, depth + 1),
                    ["endComments"] = CommentsToJson(mapping.EndComments),
                };
                break;
            case FrontMatterAlias alias:
                obj = new JsonObject { ["type"] = "alias", ["name"] = alias.Name };
                break;
            default:
                throw new ArgumentException($"unknown front-matter node type {node.GetType().Name}", nameof(node));
        }
        if (node.Anchor is not null)
        {
            obj["anchor"] = node.Anchor;
        }
        if (node.Tag is not null)
        {
            obj["tag"] = node.Tag;
        }
        return obj;
    }

    private static void GuardDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"front matter nests deeper than {MaxDepth} levels");
        }
    }

    private static JsonArray CommentsToJson(List<CommentLine> comments)
    {
        var array = new JsonArray();
        foreach (var c in comments)
        {
            array.Add(CommentToJson(c));
        }
        return array;
    }

    private static JsonObject? CommentToJson(CommentLine? comment) =>
        comment is null ? null : new JsonObject { ["text"] = comment.Text, ["line"] = comment.Line };

    private static JsonException Invalid(string path, string message) => new($"{path}: {message}");

    /// <summary>Reads the JSON form defensively: every member is type-checked and errors name the JSON path.</summary>
    private sealed class Reader
    {
        private readonly Dictionary<string, FrontMatterNode> _anchors = new(StringComparer.Ordinal);

        public JsonObject Object(JsonNode? node, string path) =>
            node as JsonObject ?? throw Invalid(path, "expected an object");

        public string? String(JsonObject obj, string name, string path, bool optional = false, bool nullable = false)
        {
            var node = Member(obj, name, path, optional || nullable);
            if (node is null)
            {
                return null;
            }
            if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
            {
                return v.GetValue<string>();
            }
            throw Invalid($"{path}.{name}", "expected a string");
        }

        public int? Int(JsonObject obj, string name, string path, bool optional = false, bool nullable = false)
        {
            var node = Member(obj, name, path, optional || nullable);
            if (node is null)
            {
                return null;
            }
            if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var i))
            {
                return i;
            }
            if (node is JsonValue d && d.GetValueKind() == JsonValueKind.Number
                && int.TryParse(d.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
            {
                return parsed;
            }
            throw Invalid($"{path}.{name}", "expected an integer");
        }

        public JsonArray Array(JsonObject obj, string name, string path, bool optional = false)
        {
            var node = Member(obj, name, path, optional);
            if (node is null)
            {
                return new JsonArray();
            }
            return node as JsonArray ?? throw Invalid($"{path}.{name}", "expected an array");
        }

        public IEnumerable<CommentLine> Comments(JsonObject obj, string name, string path)
        {
            var array = Array(obj, name, path, optional: true);
            var result = new List<CommentLine>(array.Count);
            for (var i = 0; i < array.Count; i++)
            {
                result.Add(Comment(array[i], $"{path}.{name}[{i}]")!);
            }
            return result;
        }

        public CommentLine? Comment(JsonNode? node, string path)
        {
            if (node is null)
            {
                return null;
            }
            var obj = Object(node, path);
            return new CommentLine(String(obj, "text", path)!, Int(obj, "line", path)!.Value);
        }

        public void ReadEntries(JsonObject obj, string path, FrontMatterMapping mapping, int depth)
        {
            var entries = Array(obj, "entries", path);
            for (var i = 0; i < entries.Count; i++)
            {
                var entryPath = $"{path}.entries[{i}]";
                var e = Object(entries[i], entryPath);
                var key = String(e, "key", entryPath)!;
                var rawKey = String(e, "rawKey", entryPath, optional: true) ?? key;
                var line = Int(e, "line", entryPath, nullable: true);
                var blank = Int(e, "blankLinesBefore", entryPath, optional: true) ?? 0;
                var leading = Comments(e, "leadingComments", entryPath);
                var trailing = Comment(e["trailingComment"], $"{entryPath}.trailingComment");
                var value = Node(Member(e, "value", entryPath, optional: false), $"{entryPath}.value", depth);
                var entry = mapping.Add(key, value);
                entry.RawKey = rawKey;
                entry.Line = line;
                entry.BlankLinesBefore = blank;
                entry.LeadingComments.AddRange(leading);
                entry.TrailingComment = trailing;
            }
        }

        public FrontMatterNode Node(JsonNode? json, string path, int depth)
        {
            var obj = Object(json, path);
            var type = String(obj, "type", path)!;
            var anchor = String(obj, "anchor", path, optional: true);
            var tag = String(obj, "tag", path, optional: true);
            FrontMatterNode node;
            switch (type)
            {
                case "scalar":
                    var value = String(obj, "value", path)!;
                    node = new FrontMatterScalar(
                        value,
                        ParseKind(String(obj, "kind", path)!, $"{path}.kind"),
                        ParseScalarStyle(String(obj, "style", path, optional: true) ?? "plain", $"{path}.style"),
                        String(obj, "raw", path, optional: true) ?? value);
                    break;
                case "sequence":
                    if (depth > MaxDepth)
                    {
                        throw Invalid(path, $"nesting deeper than {MaxDepth} levels");
                    }
                    var sequence = new FrontMatterSequence
                    {
                        Style = ParseStyle(String(obj, "style", path, optional: true) ?? "block", $"{path}.style"),
                    };
                    // Register the anchor before the children, so an alias inside refers to the right node
                    // (YAML forbids such recursion, but the JSON may come from anywhere).
                    Register(anchor, sequence);
                    var items = Array(obj, "items", path);
                    for (var i = 0; i < items.Count; i++)
                    {
                        var itemPath = $"{path}.items[{i}]";
                        var itemObj = Object(items[i], itemPath);
                        var item = new FrontMatterSequenceItem(Node(Member(itemObj, "value", itemPath, optional: false), $"{itemPath}.value", depth + 1));
                        item.LeadingComments.AddRange(Comments(itemObj, "leadingComments", itemPath));
                        item.TrailingComment = Comment(itemObj["trailingComment"], $"{itemPath}.trailingComment");
                        sequence.Items.Add(item);
                    }
                    sequence.EndComments.AddRange(Comments(obj, "endComments", path));
                    node = sequence;
                    break;
                case "mapping":
                    if (depth > MaxDepth)
                    {
                        throw Invalid(path, $"nesting deeper than {MaxDepth} levels");
                    }
                    var mapping = new FrontMatterMapping
                    {
                        Style = ParseStyle(String(obj, "style", path, optional: true) ?? "block", $"{path}.style"),
                    };
                    Register(anchor, mapping);
                    ReadEntries(obj, path, mapping, depth + 1);
                    mapping.EndComments.AddRange(Comments(obj, "endComments", path));
                    node = mapping;
                    break;
                case "alias":
                    var name = String(obj, "name", path)!;
                    node = new FrontMatterAlias(name, _anchors.GetValueOrDefault(name));
                    break;
                default:
                    throw Invalid($"{path}.type", $"unknown node type '{type}'");
            }
            node.Anchor = anchor;
            node.Tag = tag;
            if (node is FrontMatterScalar or FrontMatterAlias)
            {
                Register(anchor, node);
            }
            return node;
        }

        private void Register(string? anchor, FrontMatterNode node)
        {
            if (anchor is not null)
            {
                _anchors[anchor] = node;
            }
        }

        private static JsonNode? Member(JsonObject obj, string name, string path, bool optional)
        {
            if (!obj.TryGetPropertyValue(name, out var node))
            {
                if (optional)
                {
                    return null;
                }
                throw Invalid(path, $"missing member '{name}'");
            }
            if (node is null && !optional)
            {
                throw Invalid($"{path}.{name}", "must not be null");
            }
            return node;
        }
    }
}
