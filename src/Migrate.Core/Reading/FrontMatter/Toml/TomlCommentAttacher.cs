using Migrate.Core.Model.FrontMatter;
using Tomlyn.Syntax;

namespace Migrate.Core.Reading.FrontMatter.Toml;

/// <summary>
/// Moves every comment of a TOML front matter onto the node a reader expects it on, by position. Tomlyn keeps
/// comments as trivia wherever its grammar happens to end (an own-line comment above a key hangs off the previous
/// line's NewLine token, comments in an array off the Comma tokens), so the trivia owner is ignored and only the
/// comment's offset counts:
/// <list type="bullet">
/// <item>a comment alone on its line → LeadingComments of the next slot in the same container (the next key,
/// table header or array item), or the container's EndComments when nothing follows (before <c>]</c>, or at the
/// end of the document → <see cref="FrontMatterDocument.EndComments"/>). Since tables are flat in the text, comments
/// after the last key of a table land on the next header, which is where a reader of the file sees them;</item>
/// <item>a comment after code on the same line → TrailingComment of the slot ending on that line; after an
/// opening <c>[</c> / <c>{</c> it is the trailing comment of the key that opened it; if that is taken (<c>a = [ # x</c>
/// … <c>] # y</c>), the later one goes to the collection's EndComments.</item>
/// </list>
/// No comment is dropped: every one ends in exactly one list or property.
/// </summary>
internal static class TomlCommentAttacher
{
    public static void Attach(DocumentSyntax doc, string text, int firstLine, TomlLayout layout)
    {
        foreach (var comment in CollectComments(doc))
        {
            var offset = comment.Span.Start.Offset;
            var line = comment.Span.Start.Line;
            var commentLine = new CommentLine(comment.Text!.TrimEnd('\r', '\n'), firstLine + line);
            var container = Innermost(layout, offset);
            if (IsAloneOnLine(text, offset))
            {
                var next = FirstSlotAfter(container, offset);
                if (next is not null)
                {
                    next.LeadingComments.Add(commentLine);
                }
                else
                {
                    container.EndComments.Add(commentLine);
                }
                continue;
            }

            AttachTrailing(container, offset, line, commentLine);
        }
    }

    private static void AttachTrailing(TomlLayoutContainer container, int offset, int line, CommentLine comment)
    {
        TomlLayoutSlot? ending = null;
        foreach (var slot in container.Slots)
        {
            if (slot.StartOffset < offset && slot.EndLine == line)
            {
                ending = slot;
            }
        }
        if (ending is not null)
        {
            if (ending.TrailingComment is null)
            {
                ending.TrailingComment = comment;
            }
            else
            {
                (ending.OwnedContainer ?? container).EndComments.Add(comment);
            }
            return;
        }

        // Nothing of this container ends here: the comment follows an opening bracket (`tags = [ # note`).
        if (container.Owner is { } owner && owner.StartLine == line && owner.TrailingComment is null)
        {
            owner.TrailingComment = comment;
            return;
        }
        var next = FirstSlotAfter(container, offset);
        if (next is not null)
        {
            next.LeadingComments.Add(comment);
        }
        else
        {
            container.EndComments.Add(comment);
        }
    }

    private static TomlLayoutContainer Innermost(TomlLayout layout, int offset)
    {
        var best = layout.Root;
        foreach (var c in layout.Containers)
        {
            if (c.Id != 0 && c.Contains(offset) && c.OpenOffset > best.OpenOffset)
            {
                best = c;
            }
        }
        return best;
    }

    private static TomlLayoutSlot? FirstSlotAfter(TomlLayoutContainer container, int offset)
    {
        foreach (var slot in container.Slots)
        {
            if (slot.StartOffset > offset)
            {
                return slot;
            }
        }
        return null;
    }

    private static bool IsAloneOnLine(string text, int offset)
    {
        for (var i = offset - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c == '\n')
            {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>All comment trivia of the tree in text order (iterative walk: no recursion on input depth).</summary>
    private static List<SyntaxTrivia> CollectComments(DocumentSyntax doc)
    {
        var result = new List<SyntaxTrivia>();
        var stack = new Stack<SyntaxNode>();
        stack.Push(doc);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            AddComments(node.LeadingTrivia, result);
            AddComments(node.TrailingTrivia, result);
            for (var i = node.ChildrenCount - 1; i >= 0; i--)
            {
                if (node.GetChild(i) is { } child)
                {
                    stack.Push(child);
                }
            }
        }
        result.Sort((a, b) => a.Span.Start.Offset.CompareTo(b.Span.Start.Offset));
        return result;
    }

    private static void AddComments(List<SyntaxTrivia>? trivia, List<SyntaxTrivia> into)
    {
        if (trivia is null)
        {
            return;
        }
        foreach (var t in trivia)
        {
            if (t.Kind == TokenKind.Comment)
            {
                into.Add(t);
            }
        }
    }
}
