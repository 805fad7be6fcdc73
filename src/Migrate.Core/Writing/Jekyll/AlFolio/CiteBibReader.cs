using System.Text;

namespace Migrate.Core.Writing.Jekyll.AlFolio;

/// <summary>
/// Reads the entries of a bundle's <c>cite.bib</c> well enough to carry them into <c>papers.bib</c>: <c>@string</c>
/// macros are substituted (their definitions do not travel, and two bundles may define the same name differently),
/// <c>@comment</c> and <c>@preamble</c> blocks are skipped, values keep their raw BibTeX text. Anything it cannot read
/// (unbalanced braces, a missing key) is an error message, never an exception.
/// </summary>
internal static class CiteBibReader
{
    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
        { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

    public sealed record Result(List<BibTexEntry> Entries, List<string> Problems);

    public static Result Read(string text)
    {
        var entries = new List<BibTexEntry>();
        var problems = new List<string>();
        var strings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (true)
        {
            var at = text.IndexOf('@', i);
            if (at < 0)
            {
                break;
            }
            i = at + 1;
            var typeStart = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
            {
                i++;
            }
            var type = text[typeStart..i];
            SkipSpace(text, ref i);
            if (type.Length == 0 || i >= text.Length || (text[i] != '{' && text[i] != '('))
            {
                continue; // an '@' in free text (BibTeX ignores text between entries)
            }
            var close = text[i] == '{' ? '}' : ')';
            var bodyStart = i + 1;
            if (type.Equals("comment", StringComparison.OrdinalIgnoreCase) || type.Equals("preamble", StringComparison.OrdinalIgnoreCase))
            {
                if (!SkipBalanced(text, ref i))
                {
                    problems.Add($"@{type} at offset {at} is not closed");
                    break;
                }
                continue;
            }
            i = bodyStart;
            if (type.Equals("string", StringComparison.OrdinalIgnoreCase))
            {
                var fields = ReadFields(text, ref i, close, strings, problems);
                if (fields is null)
                {
                    break;
                }
                foreach (var (name, value) in fields)
                {
                    strings[name] = value;
                }
                continue;
            }
            SkipSpace(text, ref i);
            var keyStart = i;
            while (i < text.Length && text[i] != ',' && text[i] != close && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            var key = text[keyStart..i];
            SkipSpace(text, ref i);
            if (i >= text.Length)
            {
                problems.Add($"@{type}{{{key} is not closed");
                break;
            }
            if (text[i] == ',')
            {
                i++;
            }
            var entryFields = ReadFields(text, ref i, close, strings, problems);
            if (entryFields is null)
            {
                break;
            }
            entries.Add(new BibTexEntry(type, key, entryFields));
        }
        return new Result(entries, problems);
    }

    /// <summary>Reads <c>name = value, ...</c> up to and including <paramref name="close"/>; null when the text ends first.</summary>
    private static List<(string, string)>? ReadFields(string text, ref int i, char close, Dictionary<string, string> strings, List<string> problems)
    {
        var fields = new List<(string, string)>();
        while (true)
        {
            SkipSpace(text, ref i);
            if (i >= text.Length)
            {
                problems.Add("an entry is not closed");
                return null;
            }
            if (text[i] == close)
            {
                i++;
                return fields;
            }
            if (text[i] == ',')
            {
                i++;
                continue;
            }
            var nameStart = i;
            while (i < text.Length && text[i] != '=' && text[i] != close && text[i] != ',' && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            var name = text[nameStart..i];
            SkipSpace(text, ref i);
            if (i >= text.Length || text[i] != '=')
            {
                problems.Add($"field '{name}' has no '='");
                // Resynchronise at the next ',' or the end of the entry.
                while (i < text.Length && text[i] != ',' && text[i] != close)
                {
                    i++;
                }
                continue;
            }
            i++;
            var value = ReadValue(text, ref i, close, strings, problems);
            if (value is null)
            {
                return null;
            }
            if (name.Length > 0)
            {
                fields.Add((name, value));
            }
        }
    }

    /// <summary>A value: parts joined by <c>#</c>; a single part keeps its raw text, a macro is substituted or braced.</summary>
    private static string? ReadValue(string text, ref int i, char close, Dictionary<string, string> strings, List<string> problems)
    {
        var parts = new List<string>();
        while (true)
        {
            SkipSpace(text, ref i);
            if (i >= text.Length)
            {
                problems.Add("a value is not closed");
                return null;
            }
            var start = i;
            if (text[i] == '{')
            {
                if (!SkipBalanced(text, ref i))
                {
                    problems.Add("a braced value is not closed");
                    return null;
                }
                parts.Add(text[start..i]);
            }
            else if (text[i] == '"')
            {
                i++;
                var depth = 0;
                while (i < text.Length && !(text[i] == '"' && depth == 0))
                {
                    depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
                    i++;
                }
                if (i >= text.Length)
                {
                    problems.Add("a quoted value is not closed");
                    return null;
                }
                i++;
                parts.Add(text[start..i]);
            }
            else
            {
                while (i < text.Length && text[i] != ',' && text[i] != close && text[i] != '#' && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
                var token = text[start..i];
                if (token.Length == 0)
                {
                    problems.Add("a field has no value");
                    return "{}";
                }
                if (token.All(char.IsAsciiDigit) || Months.Contains(token))
                {
                    parts.Add(token);
                }
                else if (strings.TryGetValue(token, out var defined))
                {
                    parts.Add(defined);
                }
                else
                {
                    problems.Add($"the macro '{token}' is not defined; kept as text");
                    parts.Add("{" + token + "}");
                }
            }
            SkipSpace(text, ref i);
            if (i < text.Length && text[i] == '#')
            {
                i++;
                continue;
            }
            return parts.Count == 1 ? parts[0] : Join(parts);
        }
    }

    /// <summary>Concatenated parts as one braced value (a month macro among them is spelled as its name).</summary>
    private static string Join(List<string> parts)
    {
        var sb = new StringBuilder("{");
        foreach (var p in parts)
        {
            sb.Append(p.Length >= 2 && (p[0] == '{' || p[0] == '"') ? p[1..^1] : p);
        }
        return sb.Append('}').ToString();
    }

    /// <summary>Moves past the balanced group that starts at <paramref name="i"/> (<c>{</c> or <c>(</c>).</summary>
    private static bool SkipBalanced(string text, ref int i)
    {
        var open = text[i];
        var close = open == '{' ? '}' : ')';
        var depth = 0;
        for (; i < text.Length; i++)
        {
            if (text[i] == open)
            {
                depth++;
            }
            else if (text[i] == close && --depth == 0)
            {
                i++;
                return true;
            }
        }
        return false;
    }

    private static void SkipSpace(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }
}
