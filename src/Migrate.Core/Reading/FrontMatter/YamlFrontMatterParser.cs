using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Reading.FrontMatter.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Migrate.Core.Reading.FrontMatter;

/// <summary>
/// Reads YAML front matter into the lossless tree (owner: helper "yaml"). Three passes over the (small) text:
/// the structure from YamlDotNet's <see cref="Parser"/> with comments skipped (its comment-keeping mode throws on
/// valid input such as <c>tags: [a, b] # c</c>), with the nesting depth counted on the events so deep input is
/// refused before anything is built; then a <see cref="Scanner"/> pass that keeps comments, block-sequence dashes
/// and exact scalar starts; then the tree, with comments attached by position. Scalar kinds follow Hugo's YAML
/// library (yaml.v2, YAML 1.1), see <see cref="YamlScalarResolver"/>.
/// Hugo quirks: Hugo accepts <c>date:&lt;TAB&gt;2018-07-27</c>; YamlDotNet 18.1 accepts a tab after the colon as
/// well (tested), so that needs nothing. Hugo also accepts unindented continuation lines in quoted scalars, which
/// YamlDotNet refuses; <see cref="YamlTextShift"/> handles those.
/// </summary>
public static class YamlFrontMatterParser
{
    /// <summary>Deepest nesting of mappings and sequences accepted (the root mapping counts as 1).</summary>
    public const int MaxDepth = FrontMatterLimits.MaxDepth;

    /// <summary>
    /// Parses <paramref name="content"/> (the text between the delimiters). <paramref name="firstLine"/> is the
    /// 1-based file line of its first line, so positions and diagnostics name file lines. Returns null (after
    /// adding an error naming file and line) when the YAML cannot be read.
    /// </summary>
    public static FrontMatterDocument? Parse(string content, string path, int firstLine, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var shift = new YamlTextShift(content);
        var events = ReadEvents(shift, path, firstLine, diagnostics);
        if (events is null)
        {
            return null;
        }

        var scan = YamlScanIndex.Build(shift);
        var lines = new YamlSourceLines(content);
        var builder = new YamlTreeBuilder(content, path, firstLine, diagnostics, scan, lines);
        builder.Build(events);

        FrontMatterMapping root;
        if (builder.Root is null || builder.Root is FrontMatterScalar { IsNull: true })
        {
            root = new FrontMatterMapping();
        }
        else if (builder.Root is FrontMatterMapping mapping)
        {
            root = mapping;
        }
        else
        {
            var at = builder.Root.Start;
            diagnostics.Error(DiagnosticCodes.FrontMatterNotMapping, path, at?.Line ?? firstLine,
                $"the front matter is a {Describe(builder.Root)}, not a mapping of keys to values", at?.Column);
            return null;
        }

        var document = new FrontMatterDocument(FrontMatterFormat.Yaml, root) { RawText = content };
        YamlCommentAttacher.Attach(content, firstLine, scan, builder.Slots, document);
        foreach (var slot in builder.Slots)
        {
            if (slot.Entry is { } entry)
            {
                var top = slot.StartLine;
                if (entry.LeadingComments.Count > 0)
                {
                    top = Math.Min(top, entry.LeadingComments[0].Line - firstLine + 1);
                }
                entry.BlankLinesBefore = lines.BlankLinesAbove(top);
            }
        }
        document.TrailingBlankLines = lines.TrailingBlankLines();
        return document;
    }

    /// <summary>
    /// Reads all parser events with their positions mapped to the source, refusing syntax errors and nesting deeper
    /// than <see cref="MaxDepth"/>. Unindented continuation lines of quoted scalars, which Hugo accepts, are
    /// indented for YamlDotNet and the text is read again (see <see cref="YamlTextShift"/>).
    /// </summary>
    private static List<(ParsingEvent, Mark, Mark)>? ReadEvents(YamlTextShift shift, string path, int firstLine, DiagnosticBag diagnostics)
    {
        for (var attempt = 0; ; attempt++)
        {
            var events = new List<(ParsingEvent, Mark, Mark)>();
            var depth = 0;
            try
            {
                var parser = new Parser(new StringReader(shift.Text));
                while (parser.MoveNext())
                {
                    var e = parser.Current!;
                    var start = shift.ToSource(e.Start);
                    switch (e)
                    {
                        case MappingStart or SequenceStart:
                            if (++depth > MaxDepth)
                            {
                                diagnostics.Error(DiagnosticCodes.NestingTooDeep, path, firstLine + (int)start.Line - 1,
                                    $"the front matter nests mappings and lists more than {MaxDepth} levels deep", (int)start.Column);
                                return null;
                            }
                            break;
                        case MappingEnd or SequenceEnd:
                            depth--;
                            break;
                    }
                    events.Add((e, start, shift.ToSource(e.End)));
                }
                return events;
            }
            catch (YamlException ex) when (attempt < 1000 && shift.CanRepair(ex) && shift.Repair(ex.Start.Index))
            {
                // read again with the continuation lines indented
            }
            catch (YamlException ex)
            {
                // YamlDotNet's Start is where the offending token starts; its End is where the scanner noticed the
                // problem (a tab on the next line, say), which is worth naming when it is elsewhere.
                var at = shift.ToSource(ex.Start);
                var noticed = shift.ToSource(ex.End);
                var where = noticed.Line != at.Line && noticed.Index < shift.Text.Length
                    ? $" (noticed at line {firstLine + (int)noticed.Line - 1}, column {noticed.Column})"
                    : "";
                diagnostics.Error(DiagnosticCodes.YamlSyntaxError, path, firstLine + (int)at.Line - 1,
                    $"YAML syntax error: {ex.Message}{where}", (int)at.Column);
                return null;
            }
        }
    }

    private static string Describe(FrontMatterNode node) => node switch
    {
        FrontMatterSequence => "list",
        FrontMatterAlias => "alias",
        _ => "single value",
    };
}
