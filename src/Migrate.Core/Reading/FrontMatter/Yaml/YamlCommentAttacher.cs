using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Reading.FrontMatter.Yaml;

/// <summary>
/// Places every comment the scanner found onto the tree, by position. Each comment lands in exactly one list or
/// slot, so none is lost or doubled:
/// <list type="bullet">
/// <item>A comment sharing its line with content is the trailing comment of the outermost entry or item whose text
/// ends on that line (<c>tags: [a, b] # c</c> → <c>tags</c>; <c>- name: x # c</c> → <c>name</c>), or of the entry
/// whose nested block value or block-scalar header follows (<c>authors:  # c</c>, <c>abstract: | # c</c>).</item>
/// <item>A comment on its own line leads the next entry or item, unless it sits after the last child of a
/// collection that ends there and is indented at least as far as that collection and further than the next entry
/// (then it is that collection's end comment), or sits before the <c>]</c>/<c>}</c> of a flow collection. After the last top-level entry it is
/// one of the document's end comments.</item>
/// </list>
/// </summary>
internal static class YamlCommentAttacher
{
    public static void Attach(string text, int firstLine, YamlScanIndex scan, List<YamlSlot> slots, FrontMatterDocument document)
    {
        if (scan.Comments.Count == 0)
        {
            return;
        }
        slots.Sort((a, b) => a.StartIndex.CompareTo(b.StartIndex));
        var starts = slots.ConvertAll(s => s.StartIndex).ToArray();
        var byLine = new Dictionary<int, List<YamlSlot>>();
        foreach (var slot in slots)
        {
            AddLine(byLine, slot.StartLine, slot);
            if (slot.ValueStartLine != slot.StartLine)
            {
                AddLine(byLine, slot.ValueStartLine, slot);
            }
            if (slot.ValueEndLine != slot.StartLine && slot.ValueEndLine != slot.ValueStartLine)
            {
                AddLine(byLine, slot.ValueEndLine, slot);
            }
        }

        foreach (var c in scan.Comments)
        {
            var comment = new CommentLine(text[(int)c.Start..(int)c.End].TrimEnd('\r'), firstLine + c.Line - 1);
            if (c.IsInline && AttachInline(c, comment, byLine))
            {
                continue;
            }
            AttachOwnLine(c, comment, slots, starts, document);
        }
    }

    private static void AddLine(Dictionary<int, List<YamlSlot>> byLine, int line, YamlSlot slot)
    {
        if (!byLine.TryGetValue(line, out var list))
        {
            byLine[line] = list = new List<YamlSlot>();
        }
        list.Add(slot);
    }

    private static bool AttachInline(ScannedComment c, CommentLine comment, Dictionary<int, List<YamlSlot>> byLine)
    {
        if (!byLine.TryGetValue(c.Line, out var onLine))
        {
            return false;
        }
        YamlSlot? best = null;
        YamlSlot? fallback = null;
        foreach (var slot in onLine)
        {
            if (slot.StartIndex >= c.Start || slot.TrailingComment is not null)
            {
                continue;
            }
            if (fallback is null || slot.StartIndex < fallback.StartIndex)
            {
                fallback = slot;
            }
            var owns = slot.Shape switch
            {
                YamlValueShape.Inline or YamlValueShape.FlowCollection => slot.ValueEndLine == c.Line && slot.ValueEndIndex <= c.Start,
                YamlValueShape.BlockCollection => slot.StartLine == c.Line && slot.ValueStartIndex > c.Start,
                YamlValueShape.BlockScalar => slot.ValueStartIndex < c.Start && c.Start < slot.ValueEndIndex,
                _ => false,
            };
            if (owns && (best is null || slot.StartIndex < best.StartIndex))
            {
                best = slot;
            }
        }
        // Inside a flow collection that is still open (`k: [ # c`), the entry on that line takes it.
        var target = best ?? fallback;
        if (target is null)
        {
            return false;
        }
        target.TrailingComment = comment;
        return true;
    }

    private static void AttachOwnLine(ScannedComment c, CommentLine comment, List<YamlSlot> slots, long[] starts, FrontMatterDocument document)
    {
        var i = Array.BinarySearch(starts, c.Start);
        var nextIndex = i >= 0 ? i : ~i;
        var next = nextIndex < slots.Count ? slots[nextIndex] : null;
        var prev = nextIndex > 0 ? slots[nextIndex - 1] : null;
        if (prev is null)
        {
            (next?.LeadingComments ?? document.EndComments).Add(comment);
            return;
        }

        // Containers that end between the comment and the next slot, innermost first.
        var nextChain = new HashSet<YamlContainer>();
        for (var k = next?.Parent; k is not null; k = k.Parent)
        {
            nextChain.Add(k);
        }
        var closing = new List<YamlContainer>();
        if (prev.ValueContainer is { } own && !nextChain.Contains(own))
        {
            closing.Add(own);
        }
        for (var k = prev.Parent; k is not null && !nextChain.Contains(k); k = k.Parent)
        {
            closing.Add(k);
        }

        foreach (var k in closing)
        {
            if (k.Style == CollectionStyle.Flow && k.StartIndex < c.Start && c.Start < k.EndIndex)
            {
                EndCommentsOf(k, document).Add(comment);
                return;
            }
        }
        // Indented at least as far as a collection that ends here, and further than what comes next (an
        // unindented list `tags:\n- a` sits at its key's column, so a comment there leads the next key).
        foreach (var k in closing)
        {
            if (k.Style != CollectionStyle.Flow && k.Column > 0 && k.Column <= c.Column && (next is null || c.Column > next.StartColumn))
            {
                EndCommentsOf(k, document).Add(comment);
                return;
            }
        }
        (next?.LeadingComments ?? document.EndComments).Add(comment);
    }

    private static List<CommentLine> EndCommentsOf(YamlContainer container, FrontMatterDocument document) =>
        container.IsRoot ? document.EndComments : container.EndComments;
}
