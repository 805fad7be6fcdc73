using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Writing.Jekyll;

/// <summary>
/// Deep copy of a front-matter tree, so a writer can rename and rewrite entries without touching the
/// publication's own tree (other writers in the same run read it). Aliases are re-pointed at the copied anchors.
/// </summary>
internal sealed class FrontMatterTreeCopier
{
    private readonly Dictionary<FrontMatterNode, FrontMatterNode> _copies = new(ReferenceEqualityComparer.Instance);

    public static FrontMatterMapping Copy(FrontMatterMapping root) => (FrontMatterMapping)new FrontMatterTreeCopier().Node(root, 0);

    private FrontMatterNode Node(FrontMatterNode node, int depth)
    {
        if (depth > JekyllYamlEmitter.MaxDepth)
        {
            // The emitter reports the cut; an empty mapping keeps the shape.
            return new FrontMatterScalar("", ScalarKind.Null) { Start = node.Start };
        }
        FrontMatterNode copy;
        switch (node)
        {
            case FrontMatterScalar s:
                copy = new FrontMatterScalar(s.Value, s.Kind, s.Style, s.Raw);
                break;
            case FrontMatterAlias a:
                copy = new FrontMatterAlias(a.Name, a.Target is not null && _copies.TryGetValue(a.Target, out var t) ? t : a.Target);
                break;
            case FrontMatterSequence seq:
            {
                var c = new FrontMatterSequence { Style = seq.Style };
                foreach (var item in seq.Items)
                {
                    var i = new FrontMatterSequenceItem(Node(item.Value, depth + 1)) { TrailingComment = item.TrailingComment };
                    i.LeadingComments.AddRange(item.LeadingComments);
                    c.Items.Add(i);
                }
                c.EndComments.AddRange(seq.EndComments);
                copy = c;
                break;
            }
            case FrontMatterMapping map:
            {
                var c = new FrontMatterMapping { Style = map.Style };
                foreach (var entry in map.Entries)
                {
                    c.Entries.Add(CopyEntry(entry, depth));
                }
                c.EndComments.AddRange(map.EndComments);
                copy = c;
                break;
            }
            default:
                throw new InvalidOperationException("unknown front-matter node " + node.GetType().Name);
        }
        copy.Start = node.Start;
        copy.Anchor = node.Anchor;
        copy.Tag = node.Tag;
        _copies[node] = copy;
        return copy;
    }

    private FrontMatterEntry CopyEntry(FrontMatterEntry entry, int depth)
    {
        var e = new FrontMatterEntry(entry.Key, Node(entry.Value, depth + 1))
        {
            RawKey = entry.RawKey,
            TrailingComment = entry.TrailingComment,
            BlankLinesBefore = entry.BlankLinesBefore,
            Line = entry.Line,
        };
        e.LeadingComments.AddRange(entry.LeadingComments);
        return e;
    }
}
