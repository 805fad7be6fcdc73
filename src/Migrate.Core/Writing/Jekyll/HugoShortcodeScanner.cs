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
    [GeneratedRegex(@"\{\{(?:<(?<body>[\s\S]*?)>\}\}|%(?<body>[\s\S]*?)%\}\})")]
    private static partial Regex Call();

    [GeneratedRegex(@"^\s*(/\*)?\s*(/)?\s*([A-Za-z0-9_./-]+)?")]
    private static partial Regex Head();

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
            var head = Head().Match(m.Groups["body"].Value);
            var name = head.Groups[1].Success ? "(escaped)" : head.Groups[3].Success ? head.Groups[3].Value : "(unnamed)";
            found.Add(new HugoShortcode(name, line, m.Value, head.Groups[2].Success));
        }
        return found;
    }
}
