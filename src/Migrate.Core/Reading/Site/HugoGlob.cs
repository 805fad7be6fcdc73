using System.Text;
using System.Text.RegularExpressions;

namespace Migrate.Core.Reading.Site;

/// <summary>
/// A mount's <c>excludeFiles</c>/<c>includeFiles</c> pattern as Hugo 0.111 matches it (gobwas/glob with '/' as
/// separator, both sides lower-cased, a leading '/' added to pattern and path): <c>*</c> and <c>?</c> stay within a
/// path segment, <c>**</c> crosses segments, <c>[...]</c>/<c>[!...]</c> classes, <c>{a,b}</c> alternatives.
/// </summary>
internal sealed class HugoGlob
{
    private readonly Regex? _regex;

    private HugoGlob(string pattern, Regex? regex)
    {
        Pattern = pattern;
        _regex = regex;
    }

    public string Pattern { get; }

    /// <summary>Whether the pattern compiled; a broken pattern matches nothing (Hugo would refuse to start).</summary>
    public bool IsValid => _regex is not null;

    public static HugoGlob Create(string pattern)
    {
        var p = pattern.Trim().Replace('\\', '/');
        if (!p.StartsWith('/'))
        {
            p = "/" + p;
        }
        var body = Translate(p.ToLowerInvariant());
        Regex? regex = null;
        if (body is not null)
        {
            try
            {
                regex = new Regex("^" + body + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException)
            {
                regex = null;
            }
        }
        return new HugoGlob(pattern, regex);
    }

    /// <summary><paramref name="relativePath"/> is relative to the mount source, with '/'.</summary>
    public bool IsMatch(string relativePath)
    {
        if (_regex is null)
        {
            return false;
        }
        var path = relativePath.StartsWith('/') ? relativePath : "/" + relativePath;
        try
        {
            return _regex.IsMatch(path.ToLowerInvariant());
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string? Translate(string glob)
    {
        var sb = new StringBuilder();
        var braceDepth = 0;
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*':
                    if (i + 1 < glob.Length && glob[i + 1] == '*')
                    {
                        sb.Append(".*");
                        i++;
                    }
                    else
                    {
                        sb.Append("[^/]*");
                    }
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '[':
                {
                    var close = glob.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        return null;
                    }
                    var inner = glob[(i + 1)..close];
                    var negate = inner.StartsWith('!');
                    if (negate)
                    {
                        inner = inner[1..];
                    }
                    sb.Append(negate ? "[^/" : "[");
                    foreach (var ch in inner)
                    {
                        sb.Append(ch is '\\' or ']' or '[' or '^' ? "\\" + ch : ch.ToString());
                    }
                    sb.Append(']');
                    i = close;
                    break;
                }
                case '{':
                    braceDepth++;
                    sb.Append("(?:");
                    break;
                case '}' when braceDepth > 0:
                    braceDepth--;
                    sb.Append(')');
                    break;
                case ',' when braceDepth > 0:
                    sb.Append('|');
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        return braceDepth == 0 ? sb.ToString() : null;
    }
}
