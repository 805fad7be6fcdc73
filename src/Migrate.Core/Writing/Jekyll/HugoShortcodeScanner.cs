using System.Text.RegularExpressions;

namespace Migrate.Core.Writing.Jekyll;

/// <summary>One Hugo shortcode call found in a body: its name, 1-based line within the body, and the text.</summary>
public sealed record HugoShortcode(string Name, int BodyLine, string Text, bool IsClosing);

/// <summary>
/// Finds Hugo shortcode calls (<c>{{&lt; name … &gt;}}</c>, <c>{{% name … %}}</c>, closing forms, and the
/// <c>{{&lt;/* … */&gt;}}</c> escape) so writers can report each one until the body converter translates them.
/// </summary>
public static partial class HugoShortcodeScanner
{
    [GeneratedRegex(@"\{\{([<%])\s*(/\*)?\s*(/)?\s*([A-Za-z0-9_./-]+)?[\s\S]*?\1\}\}")]
    private static partial Regex Call();

    public static IReadOnlyList<HugoShortcode> Scan(string body)
    {
        var found = new List<HugoShortcode>();
        var line = 1;
        var counted = 0;
        foreach (Match m in Call().Matches(body))
        {
            for (; counted < m.Index; counted++)
            {
                if (body[counted] == '\n')
                {
                    line++;
                }
            }
            var name = m.Groups[2].Success ? "(escaped)" : m.Groups[4].Success ? m.Groups[4].Value : "(unnamed)";
            found.Add(new HugoShortcode(name, line, m.Value, m.Groups[3].Success));
        }
        return found;
    }
}
