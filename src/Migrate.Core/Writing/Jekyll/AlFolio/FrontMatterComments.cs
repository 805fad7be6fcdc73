using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Writing.Jekyll.AlFolio;

/// <summary>Every comment line of a front-matter tree in source order (leading, trailing, end comments, nested too).</summary>
internal static class FrontMatterComments
{
    public static IEnumerable<CommentLine> Of(FrontMatterDocument doc) =>
        Of(doc.Root, 0).Concat(doc.EndComments).OrderBy(c => c.Line);

    private static IEnumerable<CommentLine> Of(FrontMatterNode node, int depth)
    {
        if (depth > 64)
        {
            yield break; // the readers already cap nesting; this only keeps the walk bounded
        }
        switch (node)
        {
            case FrontMatterMapping m:
                foreach (var e in m.Entries)
                {
                    foreach (var c in e.LeadingComments)
                    {
                        yield return c;
                    }
                    if (e.TrailingComment is not null)
                    {
                        yield return e.TrailingComment;
                    }
                    foreach (var c in Of(e.Value, depth + 1))
                    {
                        yield return c;
                    }
                }
                foreach (var c in m.EndComments)
                {
                    yield return c;
                }
                break;
            case FrontMatterSequence s:
                foreach (var i in s.Items)
                {
                    foreach (var c in i.LeadingComments)
                    {
                        yield return c;
                    }
                    if (i.TrailingComment is not null)
                    {
                        yield return i.TrailingComment;
                    }
                    foreach (var c in Of(i.Value, depth + 1))
                    {
                        yield return c;
                    }
                }
                foreach (var c in s.EndComments)
                {
                    yield return c;
                }
                break;
        }
    }
}
