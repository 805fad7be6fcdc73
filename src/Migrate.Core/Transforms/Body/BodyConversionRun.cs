using System.Text.RegularExpressions;
using Migrate.Core.Diagnostics;

namespace Migrate.Core.Transforms.Body;

/// <summary>The state of one <see cref="BodyConverter.Convert"/> call: scan, parse, collect edits, splice.</summary>
internal sealed class BodyConversionRun
{
    private static readonly Regex GithubAlertMarker = new(
        @"^ {0,3}>[ \t]?(?<m>\[!(?<k>NOTE|TIP|IMPORTANT|WARNING|CAUTION)\])[ \t]*\r?$",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex QuoteLine = new(@"\G {0,3}>", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private SortedRanges _tags = new();
    private readonly LineIndex _lines;

    public BodyConversionRun(string body, BodyTarget target, BodyConversionContext context)
    {
        Body = body;
        Target = target;
        Context = context;
        NewLine = body.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        _lines = new LineIndex(body, context.BodyFirstLine);
        Scan = BodyScanner.Scan(body);
    }

    public string Body { get; }

    public BodyTarget Target { get; }

    public BodyConversionContext Context { get; }

    public string NewLine { get; }

    public BodyScan Scan { get; }

    public BodyEditList Edits { get; } = new();

    public List<Diagnostic> Diagnostics { get; } = new();

    public BodyConversionStats Stats { get; } = new();

    public bool IsJekyll => Target is BodyTarget.JekyllPlain or BodyTarget.JekyllAcademicPages or BodyTarget.JekyllAlFolio;

    public bool UsesGithubAlerts { get; private set; }

    public int LineOf(int offset) => _lines.LineOf(offset);

    public int ColumnOf(int offset) => _lines.ColumnOf(offset);

    public void Warn(string code, int offset, string message) =>
        Diagnostics.Add(Diagnostic.Warning(code, Context.SourcePath, LineOf(offset), message, ColumnOf(offset)));

    public void Info(string code, int offset, string message) =>
        Diagnostics.Add(Diagnostic.Info(code, Context.SourcePath, LineOf(offset), message, ColumnOf(offset)));

    public BodyConversionResult Run()
    {
        var parse = HugoShortcodeParser.Parse(Body, Context.SourcePath, Context.BodyFirstLine);
        Diagnostics.AddRange(parse.Diagnostics);
        _tags = new SortedRanges(parse.All.SelectMany(n => n.CloseTag is { } close ? new[] { n.OpenTag, close } : new[] { n.OpenTag }));

        foreach (var node in parse.All.OrderBy(n => n.OpenTag.Start).ThenByDescending(n => n.Whole.Length))
        {
            ConvertNode(node);
        }
        if (IsJekyll)
        {
            ConvertGithubAlerts();
        }
        else
        {
            UsesGithubAlerts = GithubAlertMarker.Matches(Body).Any(m => !Scan.IsInCode(m.Index));
        }
        RewriteLinks();
        if (IsJekyll)
        {
            ConvertInlineMath();
        }

        var zola = new ZolaShortcodeEscaper();
        var output = Edits.Apply(Body, (piece, offset) =>
        {
            if (IsJekyll)
            {
                var escaped = JekyllLiquidEscaper.Escape(piece);
                if (!ReferenceEquals(escaped, piece))
                {
                    Stats.TargetEscapes++;
                }
                return escaped;
            }
            var before = zola.Neutralised.Count;
            var beforeEscaped = zola.Escaped;
            var result = zola.Escape(piece);
            Stats.TargetEscapes += zola.Escaped - beforeEscaped;
            for (var i = before; i < zola.Neutralised.Count; i++)
            {
                var at = offset + Math.Min(zola.Neutralised[i], Math.Max(0, piece.Length - 1));
                Warn(DiagnosticCodes.TargetSyntaxNeutralised, Math.Min(at, Math.Max(0, Body.Length - 1)),
                    "literal Zola shortcode syntax with no escaped form (an unpaired or empty '{% … %}' body, or an already escaped form) " +
                    "was broken with a backslash after '{' so Zola does not fail; inside code the backslash shows");
                Stats.TargetEscapes++;
            }
            return result;
        });
        return new BodyConversionResult(output, Diagnostics, Stats, UsesGithubAlerts);
    }

    private void ConvertNode(ShortcodeNode node)
    {
        if (Edits.IsReplaced(node.OpenTag.Start))
        {
            // Inside a shortcode that was replaced as a whole (math for Zola): consumed by that translation.
            Stats.CountTranslated(node.Name);
            return;
        }
        switch (node.Kind)
        {
            case ShortcodeNodeKind.Malformed:
                Stats.CountInert(node.Name.Length > 0 ? node.Name : "(malformed)");
                return;
            case ShortcodeNodeKind.CommentEscape:
                Edits.TryAdd(node.OpenTag, node.Literal!, isLiteral: true);
                Stats.CountTranslated("/* */");
                return;
        }
        if (Scan.IsInCode(node.OpenTag.Start))
        {
            Stats.CountInert(node.Name);
            Info(DiagnosticCodes.ShortcodeInCode, node.OpenTag.Start,
                $"shortcode '{node.Name}' inside Markdown code is kept as written (an example), escaped for the target; Hugo itself would expand it");
            return;
        }
        ShortcodeTranslator.Translate(this, node);
    }

    private void ConvertGithubAlerts()
    {
        foreach (Match m in GithubAlertMarker.Matches(Body))
        {
            if (Scan.IsInCode(m.Index))
            {
                continue;
            }
            var kind = m.Groups["k"].Value.ToUpperInvariant();
            // The alert runs over the following lines that start with '>'.
            var lineEnd = EndOfLineContent(m.Index);
            var next = NextLineStart(m.Index);
            while (next < Body.Length && QuoteLine.IsMatch(Body, next))
            {
                lineEnd = EndOfLineContent(next);
                next = NextLineStart(next);
            }
            var label = kind[0] + kind[1..].ToLowerInvariant();
            var ial = Target switch
            {
                BodyTarget.JekyllAlFolio => "{: .block-" + AlFolioBlock(kind.ToLowerInvariant()) + " }",
                BodyTarget.JekyllAcademicPages => "{: .notice--" + AcademicPagesNotice(kind.ToLowerInvariant()) + " }",
                _ => "{: .callout .callout-" + kind.ToLowerInvariant() + " }",
            };
            var marker = m.Groups["m"];
            if (Edits.TryAdd(new SourceRange(marker.Index, marker.Length), "**" + label + "**")
                && Edits.TryAdd(new SourceRange(lineEnd, 0), NewLine + ial))
            {
                Stats.GithubAlertsConverted++;
            }
        }
    }

    internal static string AlFolioBlock(string type) => type switch
    {
        "warning" or "caution" => "warning",
        "danger" or "error" => "danger",
        _ => "tip",
    };

    internal static string AcademicPagesNotice(string type) => type switch
    {
        "tip" or "success" => "success",
        "warning" => "warning",
        "danger" or "caution" or "error" => "danger",
        "important" => "primary",
        _ => "info",
    };

    private int EndOfLineContent(int offset)
    {
        var nl = Body.IndexOf('\n', offset);
        if (nl < 0)
        {
            return Body.Length;
        }
        return nl > offset && Body[nl - 1] == '\r' ? nl - 1 : nl;
    }

    private int NextLineStart(int offset)
    {
        var nl = Body.IndexOf('\n', offset);
        return nl < 0 ? Body.Length : nl + 1;
    }

    private bool InShortcodeTag(int offset) => _tags.Contains(offset);

    private void RewriteLinks()
    {
        foreach (var link in Scan.Links)
        {
            var at = link.Range.Start;
            if (Scan.IsInCode(at) || InShortcodeTag(at) || Edits.IsReplaced(at))
            {
                continue;
            }
            var dest = link.Destination;
            if (dest.Length == 0 || dest[0] == '#' || UrlKind.IsExternal(dest))
            {
                continue;
            }
            var (path, suffix) = UrlKind.SplitSuffix(dest);
            string? mapped;
            if (dest[0] == '/' || path.StartsWith("../", StringComparison.Ordinal))
            {
                mapped = Context.PageUrl(path);
                if (mapped is null)
                {
                    if (UrlKind.LooksLikeSectionPage(path, Context.Section))
                    {
                        Warn(DiagnosticCodes.BrokenPageReference, at,
                            $"link to '{path}' names no converted page; left as written");
                    }
                    continue;
                }
            }
            else
            {
                mapped = ResolveResource(path);
                if (mapped is null)
                {
                    if (UrlKind.LooksLikeFile(path))
                    {
                        Warn(DiagnosticCodes.ReferencedResourceMissing, at,
                            $"link to '{path}' names no file of the page bundle; left as written");
                    }
                    continue;
                }
            }
            var replacement = HtmlText.Url(mapped) + suffix;
            if (replacement != dest && Edits.TryAdd(link.Range, replacement))
            {
                Stats.LinksRewritten++;
            }
        }
    }

    /// <summary>The new URL of a bundle file named as in the source (<c>./a b.png</c>, <c>a%20b.png</c>), or null.</summary>
    public string? ResolveResource(string reference)
    {
        var name = reference;
        while (name.StartsWith("./", StringComparison.Ordinal))
        {
            name = name[2..];
        }
        if (name.Length == 0)
        {
            return null;
        }
        var url = Context.ResourceUrl(name);
        if (url is null && name.Contains('%'))
        {
            string decoded;
            try
            {
                decoded = Uri.UnescapeDataString(name);
            }
            catch (UriFormatException)
            {
                decoded = name;
            }
            if (decoded != name)
            {
                url = Context.ResourceUrl(decoded);
            }
        }
        return url;
    }

    private void ConvertInlineMath()
    {
        foreach (var (open, close) in InlineMath.Find(Body))
        {
            if (Scan.IsInCode(open) || Scan.IsInCode(close) || Scan.IsInHtml(open) || InShortcodeTag(open) || InShortcodeTag(close)
                || Scan.CodeStartsBetween(open, close))
            {
                continue;
            }
            if (Edits.TryAdd(new SourceRange(open, 0), "$") && Edits.TryAdd(new SourceRange(close + 1, 0), "$"))
            {
                Stats.MathConverted++;
            }
        }
    }
}
