using System.Text;
using System.Text.Json;
using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Reading.FrontMatter;

/// <summary>
/// Reads JSON front matter (the whole <c>{…}</c> object at the top of a page) into the lossless tree
/// (owner: helper "toml-json"). Streams with <see cref="Utf8JsonReader"/> so key order and duplicate keys survive.
/// Matches Hugo 0.111.3 (Go's encoding/json), checked with hugo-params.sh: comments and trailing commas are errors;
/// a duplicate key is accepted and the LAST one wins (kept here as separate entries plus a warning, which is what
/// <see cref="FrontMatterMapping.Find"/> resolves); every number is a float64 in Hugo, the tree keeps the JSON
/// spelling (Integer/Float by syntax, Raw exact); a lone surrogate escape reads as U+FFFD, as in Go (see
/// <see cref="JsonStringDecoder"/>).
/// </summary>
public static class JsonFrontMatterParser
{
    /// <summary>The root object counts as depth 1; deeper nesting is refused.</summary>
    public const int MaxDepth = FrontMatterLimits.MaxDepth;

    /// <summary>Same contract as <see cref="YamlFrontMatterParser.Parse"/>.</summary>
    public static FrontMatterDocument? Parse(string content, string path, int firstLine, DiagnosticBag diagnostics)
    {
        content ??= "";
        var bytes = Encoding.UTF8.GetBytes(content);
        var lines = new JsonLineMap(bytes, firstLine);
        // The reader's own limit stays above ours so that too-deep input is reported by us, with its line.
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = MaxDepth * 2,
        });
        try
        {
            if (!reader.Read())
            {
                diagnostics.Error(DiagnosticCodes.JsonSyntaxError, path, firstLine, "JSON front matter is empty");
                return null;
            }
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                diagnostics.Error(DiagnosticCodes.FrontMatterNotMapping, path, lines.Line(reader.TokenStartIndex),
                    $"JSON front matter must be an object, found {reader.TokenType}", lines.Column(reader.TokenStartIndex));
                return null;
            }
            var root = ReadObjectTree(ref reader, bytes, lines, path, diagnostics);
            if (root is null)
            {
                return null;
            }
            // Anything after the root object is an error (isFinalBlock = true makes Read throw on it).
            if (reader.Read())
            {
                diagnostics.Error(DiagnosticCodes.JsonSyntaxError, path, lines.Line(reader.TokenStartIndex),
                    "unexpected content after the JSON front matter object", lines.Column(reader.TokenStartIndex));
                return null;
            }
            var document = new FrontMatterDocument(FrontMatterFormat.Json, root) { RawText = content };
            CaseVariantKeys.Warn(root, path, diagnostics);
            return document;
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? firstLine + (int)l : firstLine;
            var column = e.BytePositionInLine is { } b ? (int)b + 1 : (int?)null;
            diagnostics.Error(DiagnosticCodes.JsonSyntaxError, path, line, StripPosition(e.Message), column);
            return null;
        }
    }

    /// <summary>Reads from the root StartObject to its EndObject iteratively (an explicit stack, no recursion).</summary>
    private static FrontMatterMapping? ReadObjectTree(ref Utf8JsonReader reader, byte[] bytes, JsonLineMap lines, string path, DiagnosticBag diagnostics)
    {
        var root = NewObject(reader.TokenStartIndex, lines);
        var stack = new Stack<JsonFrame>();
        stack.Push(new JsonFrame(root));
        while (stack.Count > 0 && reader.Read())
        {
            var frame = stack.Peek();
            var start = reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    frame.PendingKey = JsonStringDecoder.Decode(ref reader);
                    frame.PendingRawKey = QuotedRaw(ref reader, bytes);
                    frame.PendingLine = lines.Line(start);
                    frame.PendingBlankLines = lines.BlankLinesAbove(start);
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    stack.Pop();
                    continue;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                {
                    if (stack.Count + 1 > MaxDepth)
                    {
                        diagnostics.Error(DiagnosticCodes.NestingTooDeep, path, lines.Line(start),
                            $"JSON front matter nests deeper than {MaxDepth} levels", lines.Column(start));
                        return null;
                    }
                    FrontMatterNode child = reader.TokenType == JsonTokenType.StartObject
                        ? NewObject(start, lines)
                        : new FrontMatterSequence { Style = CollectionStyle.Flow, Start = lines.Position(start) };
                    Attach(frame, child, path, diagnostics);
                    stack.Push(new JsonFrame(child));
                    continue;
                }
                default:
                    Attach(frame, Scalar(ref reader, bytes, lines), path, diagnostics);
                    continue;
            }
        }
        return root;
    }

    private static FrontMatterMapping NewObject(long start, JsonLineMap lines) =>
        new() { Style = CollectionStyle.Flow, Start = lines.Position(start) };

    private static void Attach(JsonFrame frame, FrontMatterNode value, string path, DiagnosticBag diagnostics)
    {
        switch (frame.Node)
        {
            case FrontMatterSequence seq:
                seq.Add(value);
                break;
            case FrontMatterMapping map:
                var key = frame.PendingKey ?? "";
                var previous = FindExact(map, key);
                var entry = map.Add(key, value);
                entry.RawKey = frame.PendingRawKey ?? key;
                entry.Line = frame.PendingLine;
                entry.BlankLinesBefore = frame.PendingBlankLines;
                if (previous is not null)
                {
                    diagnostics.Warning(DiagnosticCodes.DuplicateKey, path, entry.Line,
                        $"duplicate key '{key}' (lines {previous.Line} and {entry.Line}); Hugo keeps the last one");
                }
                frame.PendingKey = null;
                break;
        }
    }

    private static FrontMatterEntry? FindExact(FrontMatterMapping map, string key)
    {
        for (var i = map.Entries.Count - 1; i >= 0; i--)
        {
            if (string.Equals(map.Entries[i].Key, key, StringComparison.Ordinal))
            {
                return map.Entries[i];
            }
        }
        return null;
    }

    private static FrontMatterScalar Scalar(ref Utf8JsonReader reader, byte[] bytes, JsonLineMap lines)
    {
        var start = reader.TokenStartIndex;
        var raw = reader.TokenType == JsonTokenType.String ? QuotedRaw(ref reader, bytes) : Encoding.UTF8.GetString(reader.ValueSpan);
        FrontMatterScalar scalar = reader.TokenType switch
        {
            JsonTokenType.String => new FrontMatterScalar(JsonStringDecoder.Decode(ref reader), ScalarKind.String, ScalarStyle.DoubleQuoted, raw),
            JsonTokenType.Number => new FrontMatterScalar(raw, raw.AsSpan().IndexOfAny(".eE") >= 0 ? ScalarKind.Float : ScalarKind.Integer, ScalarStyle.Plain, raw),
            JsonTokenType.True or JsonTokenType.False => new FrontMatterScalar(raw, ScalarKind.Boolean, ScalarStyle.Plain, raw),
            _ => new FrontMatterScalar(raw, ScalarKind.Null, ScalarStyle.Plain, raw),
        };
        scalar.Start = lines.Position(start);
        return scalar;
    }

    /// <summary>The exact token text of a string or property name, quotes and escapes included.</summary>
    private static string QuotedRaw(ref Utf8JsonReader reader, byte[] bytes) =>
        Encoding.UTF8.GetString(bytes, (int)reader.TokenStartIndex, reader.ValueSpan.Length + 2);

    /// <summary>System.Text.Json appends its own 0-based position, relative to the front matter; ours is the file's.</summary>
    private static string StripPosition(string message)
    {
        if (message.Contains("trailing comma", StringComparison.OrdinalIgnoreCase))
        {
            return "trailing comma in JSON front matter (Hugo's JSON reader rejects it too)";
        }
        var i = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return i > 0 ? message[..i].TrimEnd() : message;
    }
}
