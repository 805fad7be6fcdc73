using Migrate.Core.Model.FrontMatter;

namespace Migrate.Tests.TestSupport;

/// <summary>
/// Every comment a front-matter tree holds (entries' leading and trailing comments, sequence items' comments,
/// mapping/sequence end comments, the document's end comments), for the "no comment is lost" checks of the readers
/// and writers. Order is not meaningful; callers compare sets or sorted lists. Iterative: trees can be deep.
/// </summary>
public static class FrontMatterComments
{
    public static List<CommentLine> All(FrontMatterDocument doc)
    {
        var all = new List<CommentLine>(doc.EndComments);
        var stack = new Stack<FrontMatterNode>();
        stack.Push(doc.Root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case FrontMatterMapping m:
                    all.AddRange(m.EndComments);
                    foreach (var e in m.Entries)
                    {
                        all.AddRange(e.LeadingComments);
                        if (e.TrailingComment is { } t)
                        {
                            all.Add(t);
                        }
                        stack.Push(e.Value);
                    }
                    break;
                case FrontMatterSequence s:
                    all.AddRange(s.EndComments);
                    foreach (var i in s.Items)
                    {
                        all.AddRange(i.LeadingComments);
                        if (i.TrailingComment is { } t)
                        {
                            all.Add(t);
                        }
                        stack.Push(i.Value);
                    }
                    break;
            }
        }
        return all;
    }
}
