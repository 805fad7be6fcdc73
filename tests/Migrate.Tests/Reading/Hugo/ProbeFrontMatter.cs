using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Migrate.Core.Model.FrontMatter;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using ScalarStyle = Migrate.Core.Model.FrontMatter.ScalarStyle;

namespace Migrate.Tests.Reading.Hugo;

/// <summary>
/// TEST-ONLY, throwaway: turns the probe pages under <c>testdata/hugo-probes</c> into front-matter trees so the
/// Hugo view can be checked against the oracle's recordings. The real parsers are written in another work stream;
/// this is a rough stand-in (YAML via YamlDotNet events with a YAML 1.1 kind guess, TOML via Tomlyn's model,
/// JSON via System.Text.Json) and must not be used outside tests.
/// </summary>
internal static partial class ProbeFrontMatter
{
    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Migrate.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("repository root (Migrate.sln) not found");
    }

    public static string ProbePath(params string[] parts) =>
        Path.Combine([RepoRoot, "testdata", "hugo-probes", .. parts]);

    public static FrontMatterDocument Load(string file)
    {
        var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.StartsWith("---\n", StringComparison.Ordinal))
        {
            var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
            return new FrontMatterDocument(FrontMatterFormat.Yaml, Yaml(text[4..(end + 1)], lineOffset: 1));
        }
        if (text.StartsWith("+++\n", StringComparison.Ordinal))
        {
            var end = text.IndexOf("\n+++", 3, StringComparison.Ordinal);
            return new FrontMatterDocument(FrontMatterFormat.Toml, Toml(text[4..(end + 1)]));
        }
        using var json = JsonDocument.Parse(text);
        return new FrontMatterDocument(FrontMatterFormat.Json, (FrontMatterMapping)Json(json.RootElement));
    }

    // ---- YAML ----
    private static FrontMatterMapping Yaml(string text, int lineOffset)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, FrontMatterNode>();
        parser.Consume<StreamStart>();
        parser.Consume<DocumentStart>();
        var root = (FrontMatterMapping)YamlNode(parser, anchors, lineOffset);
        return root;
    }

    private static FrontMatterNode YamlNode(IParser parser, Dictionary<string, FrontMatterNode> anchors, int lineOffset)
    {
        var ev = parser.Current!;
        parser.MoveNext();
        FrontMatterNode node;
        switch (ev)
        {
            case AnchorAlias alias:
                return new FrontMatterAlias(alias.Value.Value, anchors.GetValueOrDefault(alias.Value.Value));
            case Scalar s:
                node = YamlScalar(s);
                Anchor(s.Anchor, node, anchors);
                break;
            case SequenceStart ss:
                var seq = new FrontMatterSequence { Style = ss.Style == SequenceStyle.Flow ? CollectionStyle.Flow : CollectionStyle.Block };
                Anchor(ss.Anchor, seq, anchors);
                while (parser.Current is not SequenceEnd)
                {
                    seq.Add(YamlNode(parser, anchors, lineOffset));
                }
                parser.MoveNext();
                node = seq;
                break;
            case MappingStart ms:
                var map = new FrontMatterMapping { Style = ms.Style == MappingStyle.Flow ? CollectionStyle.Flow : CollectionStyle.Block };
                Anchor(ms.Anchor, map, anchors);
                while (parser.Current is not MappingEnd)
                {
                    var keyEvent = (Scalar)parser.Current!;
                    var key = (FrontMatterScalar)YamlNode(parser, anchors, lineOffset);
                    var entry = map.Add(key.Value, YamlNode(parser, anchors, lineOffset));
                    entry.RawKey = keyEvent.Style == YamlDotNet.Core.ScalarStyle.Plain ? keyEvent.Value : key.Raw;
                    entry.Line = (int)keyEvent.Start.Line + lineOffset;
                }
                parser.MoveNext();
                node = map;
                break;
            default:
                throw new InvalidOperationException($"unexpected YAML event {ev}");
        }
        node.Start = new SourcePosition((int)ev.Start.Line + lineOffset, (int)ev.Start.Column);
        return node;
    }

    private static void Anchor(AnchorName anchor, FrontMatterNode node, Dictionary<string, FrontMatterNode> anchors)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
            node.Anchor = anchor.Value;
        }
    }

    private static FrontMatterScalar YamlScalar(Scalar s)
    {
        var style = s.Style switch
        {
            YamlDotNet.Core.ScalarStyle.SingleQuoted => ScalarStyle.SingleQuoted,
            YamlDotNet.Core.ScalarStyle.DoubleQuoted => ScalarStyle.DoubleQuoted,
            YamlDotNet.Core.ScalarStyle.Literal => ScalarStyle.Literal,
            YamlDotNet.Core.ScalarStyle.Folded => ScalarStyle.Folded,
            _ => ScalarStyle.Plain,
        };
        var kind = style == ScalarStyle.Plain ? Yaml11Kind(s.Value) : ScalarKind.String;
        return new FrontMatterScalar(s.Value, kind, style);
    }

    /// <summary>A YAML 1.1 resolution guess for plain scalars (good enough for the probe pages).</summary>
    public static ScalarKind Yaml11Kind(string v)
    {
        if (v is "" or "~" or "null" or "Null" or "NULL")
        {
            return ScalarKind.Null;
        }
        if (v is "y" or "Y" or "yes" or "Yes" or "YES" or "n" or "N" or "no" or "No" or "NO" or "true" or "True" or "TRUE"
            or "false" or "False" or "FALSE" or "on" or "On" or "ON" or "off" or "Off" or "OFF")
        {
            return ScalarKind.Boolean;
        }
        if (IntPattern().IsMatch(v))
        {
            return ScalarKind.Integer;
        }
        if (FloatPattern().IsMatch(v) || v is ".inf" or "-.inf" or "+.inf" or ".nan" or ".Inf" or ".NaN")
        {
            return ScalarKind.Float;
        }
        return TimestampPattern().IsMatch(v) ? ScalarKind.Timestamp : ScalarKind.String;
    }

    [GeneratedRegex(@"^[-+]?(0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}([Tt ]|$)")]
    private static partial Regex TimestampPattern();

    // ---- TOML ----
    private static FrontMatterMapping Toml(string text)
    {
        var table = TomlSerializer.Deserialize<TomlTable>(text)!;
        return (FrontMatterMapping)TomlValue(table);
    }

    private static FrontMatterNode TomlValue(object value) => value switch
    {
        TomlTable t => TomlTableNode(t),
        TomlTableArray a => TomlSequence(a.Cast<object>()),
        TomlArray a => TomlSequence(a.Cast<object>()),
        string s => FrontMatterScalar.String(s),
        bool b => new FrontMatterScalar(b ? "true" : "false", ScalarKind.Boolean),
        long l => new FrontMatterScalar(l.ToString(CultureInfo.InvariantCulture), ScalarKind.Integer),
        double d => new FrontMatterScalar(d.ToString("R", CultureInfo.InvariantCulture), ScalarKind.Float),
        TomlDateTime dt => new FrontMatterScalar(dt.ToString(), dt.Kind switch
        {
            TomlDateTimeKind.LocalDate => ScalarKind.LocalDate,
            TomlDateTimeKind.LocalDateTime => ScalarKind.LocalDateTime,
            TomlDateTimeKind.LocalTime => ScalarKind.LocalTime,
            _ => ScalarKind.Timestamp,
        }),
        _ => throw new InvalidOperationException($"unexpected TOML value {value.GetType()}"),
    };

    private static FrontMatterMapping TomlTableNode(TomlTable t)
    {
        var map = new FrontMatterMapping();
        foreach (var (k, v) in t)
        {
            map.Add(k, TomlValue(v!));
        }
        return map;
    }

    private static FrontMatterSequence TomlSequence(IEnumerable<object> items)
    {
        var seq = new FrontMatterSequence();
        foreach (var i in items)
        {
            seq.Add(TomlValue(i));
        }
        return seq;
    }

    // ---- JSON ----
    private static FrontMatterNode Json(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => JsonObjectNode(e),
        JsonValueKind.Array => JsonArrayNode(e),
        JsonValueKind.String => FrontMatterScalar.String(e.GetString()!),
        JsonValueKind.Number => new FrontMatterScalar(e.GetRawText(), e.GetRawText().Contains('.') || e.GetRawText().Contains('e') ? ScalarKind.Float : ScalarKind.Integer),
        JsonValueKind.True => new FrontMatterScalar("true", ScalarKind.Boolean),
        JsonValueKind.False => new FrontMatterScalar("false", ScalarKind.Boolean),
        _ => new FrontMatterScalar("null", ScalarKind.Null),
    };

    private static FrontMatterMapping JsonObjectNode(JsonElement e)
    {
        var map = new FrontMatterMapping { Style = CollectionStyle.Flow };
        foreach (var p in e.EnumerateObject())
        {
            map.Add(p.Name, Json(p.Value));
        }
        return map;
    }

    private static FrontMatterSequence JsonArrayNode(JsonElement e)
    {
        var seq = new FrontMatterSequence { Style = CollectionStyle.Flow };
        foreach (var i in e.EnumerateArray())
        {
            seq.Add(Json(i));
        }
        return seq;
    }
}
