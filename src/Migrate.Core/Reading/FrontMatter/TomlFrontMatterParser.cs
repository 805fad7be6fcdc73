using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Reading.FrontMatter.Toml;
using Tomlyn;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Migrate.Core.Reading.FrontMatter;

/// <summary>
/// Reads TOML front matter (between <c>+++</c> lines) into the lossless tree, with every comment attached
/// (owner: helper "toml-json"). Uses Tomlyn's lossless syntax tree; see <see cref="TomlTreeBuilder"/> for the shape,
/// <see cref="TomlCommentAttacher"/> for where comments go, <see cref="TomlFractionPatch"/> and
/// <see cref="TomlHugoCompatibility"/> for where Tomlyn and Hugo's go-toml disagree.
/// </summary>
public static class TomlFrontMatterParser
{
    /// <summary>
    /// Tomlyn's own nesting limit, set above ours (<see cref="TomlTreeBuilder.MaxDepth"/>) so that nesting between
    /// the two is reported by the builder with its line; beyond this Tomlyn throws (cleanly, without recursing further).
    /// </summary>
    private const int ParserDepthLimit = 200;

    private const int MaxReportedErrors = 10;

    /// <summary>Same contract as <see cref="YamlFrontMatterParser.Parse"/>.</summary>
    public static FrontMatterDocument? Parse(string content, string path, int firstLine, DiagnosticBag diagnostics)
    {
        content ??= "";
        try
        {
            var originals = new Dictionary<int, string>();
            // Tomlyn 2.10.2 crashes (ArgumentOutOfRangeException in its lexer) on a backslash at the very end of the
            // input inside a basic string (`a = "\`). A final line break is TOML trivia and moves no offset, so
            // adding one turns that case into the ordinary "invalid newline in a string" error.
            var text = content.EndsWith('\n') ? content : content + "\n";
            var doc = ParseSyntax(text, path);
            if (doc.HasErrors && TomlFractionPatch.TryPatch(text, doc, originals) is { } patched)
            {
                text = patched;
                doc = ParseSyntax(text, path);
            }
            if (doc.HasErrors)
            {
                ReportTomlynErrors(doc, path, firstLine, diagnostics);
                return null;
            }
            var problems = TomlHugoCompatibility.Check(doc);
            if (problems.Count > 0)
            {
                foreach (var (offset, message) in problems.Take(MaxReportedErrors))
                {
                    var (line, column) = LineColumn(text, offset);
                    diagnostics.Error(DiagnosticCodes.TomlSyntaxError, path, firstLine + line, message, column + 1);
                }
                return null;
            }

            var builder = new TomlTreeBuilder(text, firstLine, originals);
            builder.Build(doc);
            var document = builder.Document;
            TomlCommentAttacher.Attach(doc, text, firstLine, builder.Layout);
            TomlBlankLines.Apply(text, firstLine, builder.Layout, document);
            document.RawText = content;
            CaseVariantKeys.Warn(document.Root, path, diagnostics);
            return document;
        }
        catch (TomlNestingException e)
        {
            diagnostics.Error(DiagnosticCodes.NestingTooDeep, path, firstLine + e.Line,
                $"TOML front matter nests deeper than {TomlTreeBuilder.MaxDepth} levels", e.Column + 1);
            return null;
        }
        catch (TomlException e) when (e.Message.Contains("maximum depth", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(DiagnosticCodes.NestingTooDeep, path, firstLine,
                $"TOML front matter nests deeper than {TomlTreeBuilder.MaxDepth} levels");
            return null;
        }
        catch (TomlException e)
        {
            diagnostics.Error(DiagnosticCodes.TomlSyntaxError, path, firstLine, e.Message);
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // A defect inside the third-party parser on malformed input must not take the run down.
            diagnostics.Error(DiagnosticCodes.TomlSyntaxError, path, firstLine, $"the TOML front matter could not be read ({e.GetType().Name}: {e.Message})");
            return null;
        }
    }

    private static DocumentSyntax ParseSyntax(string text, string path) =>
        SyntaxParser.Parse(text, new TomlSerializerOptions { MaxDepth = ParserDepthLimit }, path, validate: true);

    private static void ReportTomlynErrors(DocumentSyntax doc, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var reported = 0;
        foreach (var d in doc.Diagnostics)
        {
            if (d.Kind != DiagnosticMessageKind.Error)
            {
                continue;
            }
            if (reported++ == MaxReportedErrors)
            {
                break;
            }
            diagnostics.Error(DiagnosticCodes.TomlSyntaxError, path, firstLine + d.Span.Start.Line, d.Message, d.Span.Start.Column + 1);
        }
    }

    /// <summary>0-based line and column of an offset.</summary>
    private static (int Line, int Column) LineColumn(string text, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart);
    }
}
