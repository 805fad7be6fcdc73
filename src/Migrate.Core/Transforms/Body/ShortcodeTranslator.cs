using System.Text;
using Migrate.Core.Diagnostics;

namespace Migrate.Core.Transforms.Body;

/// <summary>
/// Turns one Hugo shortcode call into edits for the run's target (the table in README, "Body conversion").
/// Paired calls get one edit for the opening and one for the closing tag, so the inner text stays in place and
/// is converted like the rest of the body.
/// </summary>
internal static class ShortcodeTranslator
{
    private const string AlFolioMediaClass = "img-fluid rounded z-depth-1";

    /// <summary>Blox / Academic / Hugo shortcodes with no equivalent in any target: kept inert with a warning.</summary>
    private static readonly HashSet<string> Untranslatable = new(StringComparer.Ordinal)
    {
        "gallery", "chart", "diagram", "gdocs", "slide", "fragment", "speaker_note", "list_categories", "list_tags",
        "list_children", "cta", "button", "card", "cards", "embed", "include", "notebook", "steps", "table", "audio",
        "bilibili", "emoji_list", "param", "x", "twitter", "tweet", "instagram", "qr",
    };

    public static void Translate(BodyConversionRun run, ShortcodeNode node)
    {
        var ok = node.Name switch
        {
            "figure" => Figure(run, node),
            "callout" or "alert" => Callout(run, node),
            "youtube" => Embed(run, node, "https://www.youtube-nocookie.com/embed/", "https://www.youtube.com/embed/", "YouTube video"),
            "vimeo" => Embed(run, node, "https://player.vimeo.com/video/", "https://player.vimeo.com/video/", "Vimeo video"),
            "video" => Video(run, node),
            "gist" => Gist(run, node),
            "cite" => Cite(run, node),
            "ref" or "relref" => Ref(run, node),
            "staticref" => StaticRef(run, node),
            "math" => MathBlock(run, node),
            "highlight" => Highlight(run, node),
            "spoiler" or "details" => Details(run, node),
            "hl" => Wrap(run, node, "<mark>", "</mark>"),
            "icon" => Icon(run, node),
            "toc" => Toc(run, node),
            "mention" => Mention(run, node),
            _ => (bool?)null,
        };
        if (ok is null)
        {
            run.Stats.CountInert(node.Name);
            if (Untranslatable.Contains(node.Name))
            {
                run.Warn(DiagnosticCodes.ShortcodeNotTranslated, node.OpenTag.Start,
                    $"shortcode '{node.Name}' has no equivalent for {run.Target}; kept as written (inert)");
            }
            else
            {
                run.Warn(DiagnosticCodes.UnknownShortcode, node.OpenTag.Start,
                    $"unknown shortcode '{node.Name}' (site-specific?); kept as written (inert) for {run.Target}");
            }
            return;
        }
        if (ok.Value)
        {
            run.Stats.CountTranslated(node.Name);
        }
        else
        {
            run.Stats.CountInert(node.Name);
        }
    }

    private static bool NotTranslated(BodyConversionRun run, ShortcodeNode node, string why)
    {
        run.Warn(DiagnosticCodes.ShortcodeNotTranslated, node.OpenTag.Start, $"shortcode '{node.Name}' {why}; kept as written (inert)");
        return false;
    }

    private static bool Replace(BodyConversionRun run, ShortcodeNode node, string text)
    {
        // A standalone call that was given a closing tag anyway: drop the closing tag, keep the inner text.
        if (!run.Edits.TryAdd(node.OpenTag, text))
        {
            return false;
        }
        if (node.CloseTag is { } close)
        {
            run.Edits.TryAdd(close, "");
        }
        return true;
    }

    private static bool Wrap(BodyConversionRun run, ShortcodeNode node, string open, string close)
    {
        if (node.CloseTag is not { } closeTag)
        {
            return NotTranslated(run, node, "needs a closing tag");
        }
        return run.Edits.TryAdd(node.OpenTag, open) && run.Edits.TryAdd(closeTag, close);
    }

    /// <summary>Opening/closing text around a block whose inner text must be read as Markdown.</summary>
    private static bool WrapBlock(BodyConversionRun run, ShortcodeNode node, string openTag, string closeTag)
    {
        if (node.Inner is not { } inner)
        {
            return NotTranslated(run, node, "needs a closing tag");
        }
        var nl = run.NewLine;
        var text = run.Body.Substring(inner.Start, inner.Length);
        if (run.IsJekyll)
        {
            // kramdown reads the inside of an HTML block as Markdown when markdown="1" is set.
            return Wrap(run, node, openTag, closeTag);
        }
        // pulldown-cmark (Zola) ends an HTML block at a blank line, so the inner text is Markdown between blank lines.
        var open = openTag + nl + (text.StartsWith(nl, StringComparison.Ordinal) ? "" : nl);
        var close = (text.EndsWith(nl, StringComparison.Ordinal) ? "" : nl) + nl + closeTag;
        return Wrap(run, node, open, close);
    }

    private static string? Resource(BodyConversionRun run, ShortcodeNode node, string reference)
    {
        if (reference.Length == 0 || UrlKind.IsExternal(reference) || reference[0] == '/')
        {
            return reference;
        }
        var (path, suffix) = UrlKind.SplitSuffix(reference);
        if (run.ResolveResource(path) is { } url)
        {
            return url + suffix;
        }
        run.Warn(DiagnosticCodes.ReferencedResourceMissing, node.OpenTag.Start,
            $"shortcode '{node.Name}' names '{reference}', which is not a file of the page bundle (Academic also looks in assets/media/); left as written");
        return reference;
    }

    private static bool Figure(BodyConversionRun run, ShortcodeNode node)
    {
        var src = node.Get("src", 0);
        if (string.IsNullOrEmpty(src))
        {
            return NotTranslated(run, node, "has no src");
        }
        var url = Resource(run, node, src)!;
        var caption = node.Named("caption");
        var title = node.Named("title");
        var alt = node.Named("alt") ?? caption ?? title ?? "";
        var link = node.Named("link");
        var width = node.Named("width");
        var height = node.Named("height");
        var cssClass = node.Named("class");
        var id = node.Named("id");
        var captionText = (title, caption) switch
        {
            (not null, not null) => title + " " + caption,
            (not null, null) => title,
            _ => caption,
        };

        if (run.Target == BodyTarget.JekyllAlFolio)
        {
            var sb = new StringBuilder("{% include figure.liquid path=").Append(HtmlText.LiquidString(url));
            sb.Append(" class=").Append(HtmlText.LiquidString(cssClass ?? AlFolioMediaClass));
            if (alt.Length > 0)
            {
                sb.Append(" alt=").Append(HtmlText.LiquidString(alt));
            }
            if (captionText is not null)
            {
                sb.Append(" caption=").Append(HtmlText.LiquidString(captionText));
            }
            if (width is not null)
            {
                sb.Append(" width=").Append(HtmlText.LiquidString(width));
            }
            if (height is not null)
            {
                sb.Append(" height=").Append(HtmlText.LiquidString(height));
            }
            sb.Append(" zoomable=true %}");
            return Replace(run, node, sb.ToString());
        }

        if (captionText is null && link is null && width is null && height is null && cssClass is null && id is null)
        {
            return Replace(run, node, "![" + HtmlText.MarkdownBracketText(alt) + "](" + HtmlText.Url(url) + ")");
        }
        var html = new StringBuilder("<figure");
        if (id is not null)
        {
            html.Append(" id=\"").Append(HtmlText.Escape(id)).Append('"');
        }
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(HtmlText.Escape(cssClass)).Append('"');
        }
        html.Append('>');
        if (link is not null)
        {
            html.Append("<a href=\"").Append(HtmlText.Url(link)).Append("\">");
        }
        html.Append("<img src=\"").Append(HtmlText.Url(url)).Append("\" alt=\"").Append(HtmlText.Escape(alt)).Append('"');
        if (width is not null)
        {
            html.Append(" width=\"").Append(HtmlText.Escape(width)).Append('"');
        }
        if (height is not null)
        {
            html.Append(" height=\"").Append(HtmlText.Escape(height)).Append('"');
        }
        html.Append('>');
        if (link is not null)
        {
            html.Append("</a>");
        }
        if (captionText is not null)
        {
            // Hugo markdownifies the caption; kramdown can do the same inside the tag with markdown="span".
            html.Append(run.IsJekyll ? "<figcaption markdown=\"span\">" : "<figcaption>")
                .Append(HtmlText.Content(captionText)).Append("</figcaption>");
        }
        html.Append("</figure>");
        return Replace(run, node, html.ToString());
    }

    private static bool Callout(BodyConversionRun run, ShortcodeNode node)
    {
        var type = Word(node.Get("type", 0) ?? "note");
        return run.Target switch
        {
            BodyTarget.JekyllAlFolio => WrapBlock(run, node,
                "<blockquote class=\"block-" + BodyConversionRun.AlFolioBlock(type) + "\" markdown=\"1\">", "</blockquote>"),
            BodyTarget.JekyllAcademicPages => WrapBlock(run, node,
                "<div class=\"notice--" + BodyConversionRun.AcademicPagesNotice(type) + "\" markdown=\"1\">", "</div>"),
            BodyTarget.JekyllPlain => WrapBlock(run, node, "<div class=\"callout callout-" + type + "\" markdown=\"1\">", "</div>"),
            _ => WrapBlock(run, node, "<div class=\"callout callout-" + type + "\">", "</div>"),
        };
    }

    private static bool Embed(BodyConversionRun run, ShortcodeNode node, string embedBase, string alFolioBase, string defaultTitle)
    {
        var id = node.Get("id", 0);
        if (string.IsNullOrEmpty(id))
        {
            return NotTranslated(run, node, "has no video id");
        }
        if (run.Target == BodyTarget.JekyllAlFolio)
        {
            return Replace(run, node, "{% include video.liquid path=" + HtmlText.LiquidString(alFolioBase + id)
                + " class=\"" + AlFolioMediaClass + "\" %}");
        }
        var title = node.Named("title") ?? defaultTitle;
        var autoplay = node.Named("autoplay") is "true" or "1" ? "?autoplay=1" : "";
        return Replace(run, node,
            "<div style=\"position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;\">"
            + "<iframe src=\"" + HtmlText.Url(embedBase + id + autoplay) + "\""
            + " style=\"position: absolute; top: 0; left: 0; width: 100%; height: 100%; border: 0;\""
            + " allowfullscreen title=\"" + HtmlText.Escape(title) + "\"></iframe></div>");
    }

    private static bool Video(BodyConversionRun run, ShortcodeNode node)
    {
        var src = node.Get("src", 0);
        if (string.IsNullOrEmpty(src))
        {
            return NotTranslated(run, node, "has no src");
        }
        var url = Resource(run, node, src)!;
        var controls = node.Named("controls") is not ("no" or "false");
        if (run.Target == BodyTarget.JekyllAlFolio)
        {
            return Replace(run, node, "{% include video.liquid path=" + HtmlText.LiquidString(url)
                + " class=\"" + AlFolioMediaClass + "\"" + (controls ? " controls=true" : "") + " %}");
        }
        var sb = new StringBuilder("<video src=\"").Append(HtmlText.Url(url)).Append('"');
        if (controls)
        {
            sb.Append(" controls");
        }
        foreach (var flag in new[] { "autoplay", "loop", "muted" })
        {
            if (node.Named(flag) is "true" or "yes")
            {
                sb.Append(' ').Append(flag);
            }
        }
        if (node.Named("poster") is { } poster)
        {
            sb.Append(" poster=\"").Append(HtmlText.Url(Resource(run, node, poster)!)).Append('"');
        }
        sb.Append(" style=\"max-width: 100%;\"></video>");
        return Replace(run, node, sb.ToString());
    }

    private static bool Gist(BodyConversionRun run, ShortcodeNode node)
    {
        var user = node.Positional(0);
        var id = node.Positional(1);
        if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(id))
        {
            return NotTranslated(run, node, "needs a user and a gist id");
        }
        var file = node.Positional(2) is { } f ? "?file=" + f : "";
        return Replace(run, node, "<script src=\"" + HtmlText.Url("https://gist.github.com/" + user + "/" + id + ".js" + file) + "\"></script>");
    }

    private static bool Cite(BodyConversionRun run, ShortcodeNode node)
    {
        var page = node.Named("page") ?? (node.HasNamedParameters ? null : node.Positional(0));
        if (string.IsNullOrEmpty(page))
        {
            return NotTranslated(run, node, "has no page");
        }
        var label = page.TrimEnd('/');
        label = label[(label.LastIndexOf('/') + 1)..];
        var url = run.Context.PageUrl(page);
        if (url is null)
        {
            run.Warn(DiagnosticCodes.BrokenPageReference, node.OpenTag.Start,
                $"cite names '{page}', which is not a converted page; written as plain text");
            return Replace(run, node, HtmlText.MarkdownBracketText(label));
        }
        return Replace(run, node, "[" + HtmlText.MarkdownBracketText(label) + "](" + HtmlText.Url(url) + ")");
    }

    private static bool Ref(BodyConversionRun run, ShortcodeNode node)
    {
        var target = node.Get("path", 0);
        if (string.IsNullOrEmpty(target))
        {
            return NotTranslated(run, node, "has no target page");
        }
        var hash = target.IndexOf('#');
        var path = hash < 0 ? target : target[..hash];
        var anchor = hash < 0 ? "" : target[hash..];
        if (path.Length == 0)
        {
            return Replace(run, node, HtmlText.Url(anchor));
        }
        var url = run.Context.PageUrl(path);
        if (url is null)
        {
            run.Warn(DiagnosticCodes.BrokenPageReference, node.OpenTag.Start,
                $"{node.Name} names '{path}', which is not a converted page; the path is written as the link target");
            url = path;
        }
        return Replace(run, node, HtmlText.Url(url + anchor));
    }

    private static bool StaticRef(BodyConversionRun run, ShortcodeNode node)
    {
        var path = node.Get("path", 0);
        if (string.IsNullOrEmpty(path))
        {
            return NotTranslated(run, node, "has no path");
        }
        var href = UrlKind.IsExternal(path) || path.StartsWith('/') ? path : "/" + path;
        var newTab = node.Positional(1) == "newtab" ? " target=\"_blank\" rel=\"noopener\"" : "";
        var open = "<a href=\"" + HtmlText.Url(href) + "\"" + newTab + ">";
        if (node.CloseTag is null)
        {
            return Replace(run, node, open + HtmlText.Escape(path) + "</a>");
        }
        return Wrap(run, node, open, "</a>");
    }

    private static bool MathBlock(BodyConversionRun run, ShortcodeNode node)
    {
        if (node.Inner is not { } inner)
        {
            return NotTranslated(run, node, "needs a closing tag");
        }
        if (run.IsJekyll)
        {
            // kramdown protects $$…$$ itself; single-dollar math inside is converted with the rest of the body.
            return Wrap(run, node, "", "");
        }
        // Zola has no math: escape every ASCII punctuation mark so pulldown-cmark hands the TeX to the page verbatim.
        var tex = run.Body.Substring(inner.Start, inner.Length);
        var sb = new StringBuilder(tex.Length * 2);
        foreach (var c in tex)
        {
            if (char.IsAsciiLetterOrDigit(c) || !char.IsAscii(c) || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('\\').Append(c);
            }
        }
        return run.Edits.TryAdd(node.Whole, sb.ToString());
    }

    private static bool Highlight(BodyConversionRun run, ShortcodeNode node)
    {
        if (node.Inner is not { } inner)
        {
            return NotTranslated(run, node, "needs a closing tag");
        }
        var nl = run.NewLine;
        var lang = Word(node.Positional(0) ?? "");
        var code = run.Body.Substring(inner.Start, inner.Length);
        var fence = code.Contains("```", StringComparison.Ordinal) ? "~~~~" : "```";
        var open = fence + lang + (code.StartsWith(nl, StringComparison.Ordinal) || code.StartsWith('\n') ? "" : nl);
        var close = (code.EndsWith('\n') ? "" : nl) + fence;
        return Wrap(run, node, open, close);
    }

    private static bool Details(BodyConversionRun run, ShortcodeNode node)
    {
        var summary = node.Named(node.Name == "spoiler" ? "text" : "summary") ?? node.Positional(0) ?? "Details";
        var open = run.IsJekyll
            ? "<details markdown=\"1\"><summary>" + HtmlText.Content(summary) + "</summary>"
            : "<details><summary>" + HtmlText.Content(summary) + "</summary>";
        return WrapBlock(run, node, open, "</details>");
    }

    private static bool Icon(BodyConversionRun run, ShortcodeNode node)
    {
        var name = Word(node.Get("name", 0) ?? "");
        var pack = Word(node.Named("pack") ?? "fas");
        if (name.Length == 0)
        {
            return NotTranslated(run, node, "has no name");
        }
        var html = pack switch
        {
            "emoji" => ":" + name + ":",
            "ai" => "<i class=\"ai ai-" + name + "\"></i>",
            "fab" or "fas" or "far" or "fa" => "<i class=\"" + pack + " fa-" + name + "\"></i>",
            _ => null,
        };
        return html is null ? NotTranslated(run, node, $"uses the icon pack '{pack}', which has no standard CSS") : Replace(run, node, html);
    }

    private static bool Toc(BodyConversionRun run, ShortcodeNode node)
    {
        if (run.IsJekyll)
        {
            var nl = run.NewLine;
            return Replace(run, node, "* TOC" + nl + "{:toc}");
        }
        run.Warn(DiagnosticCodes.ShortcodeNotTranslated, node.OpenTag.Start,
            "shortcode 'toc' has no Markdown equivalent in Zola (a template can use page.toc); removed");
        return Replace(run, node, "");
    }

    private static bool Mention(BodyConversionRun run, ShortcodeNode node)
    {
        var user = node.Positional(0);
        if (string.IsNullOrEmpty(user))
        {
            return NotTranslated(run, node, "has no user");
        }
        run.Warn(DiagnosticCodes.ShortcodeNotTranslated, node.OpenTag.Start,
            $"shortcode 'mention' linked to the author page of '{user}', which the target does not have; written as plain text");
        return Replace(run, node, HtmlText.Content("@" + user));
    }

    /// <summary>Keeps letters, digits, '-' and '_' (class names, languages, icon names).</summary>
    private static string Word(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }
        return sb.ToString();
    }
}
