using System.Text;

namespace Migrate.Core.Writing.Zola;

/// <summary>
/// Writes a <see cref="TomlOutTable"/> as TOML 1.0 text. Within each table the plain keys come first, in order,
/// then the sub-tables and arrays of tables, in order (TOML puts every key after a header into that header's
/// table, so this is the only order that keeps the structure). Comments are written where their key or item is:
/// leading comments on the lines above, a trailing comment on the same line (after the value, after a header,
/// or after the <c>[</c> of a multi-line array). Comments inside a value that must be written inline (a table
/// inside an array) are moved onto the lines just above that value, so none is lost.
/// </summary>
internal static class TomlOutRenderer
{
    public static string Render(TomlOutTable root) => Render(root, new StringBuilder());

    /// <summary>Appends <paramref name="root"/> to <paramref name="sb"/> (a document written in parts) and returns the whole text.</summary>
    public static string Render(TomlOutTable root, StringBuilder sb)
    {
        WriteBody(sb, root, System.Array.Empty<string>());
        foreach (var c in root.EndComments)
        {
            Line(sb, c);
        }
        return sb.ToString();
    }

    private static bool IsHeader(TomlOutNode? value) =>
        value is TomlOutTable { Inline: false } || value is TomlOutArray { AsTableArray: true, Items.Count: > 0 } a
            && a.Items.TrueForAll(i => i.Value is TomlOutTable);

    private static void WriteBody(StringBuilder sb, TomlOutTable table, IReadOnlyList<string> path)
    {
        var first = true;
        foreach (var e in table.Entries.Where(e => !IsHeader(e.Value)))
        {
            if (e.BlankLineBefore && !first)
            {
                sb.Append('\n');
            }
            first = false;
            foreach (var c in e.LeadingComments)
            {
                Line(sb, c);
            }
            if (e.Value is null)
            {
                // A note may span several comment lines (a commented-out value); the trailing comment ends its first line.
                var noteLines = (e.Note ?? "").Split('\n').Where(l => l.Length > 0).ToList();
                if (e.TrailingComment is not null)
                {
                    if (noteLines.Count == 0)
                    {
                        noteLines.Add(e.TrailingComment);
                    }
                    else
                    {
                        noteLines[0] += " " + e.TrailingComment;
                    }
                }
                foreach (var l in noteLines)
                {
                    Line(sb, l);
                }
                continue;
            }
            var hoisted = new List<string>();
            var text = Value(e.Value, hoisted);
            foreach (var h in hoisted)
            {
                Line(sb, h);
            }
            if (e.TrailingComment is not null)
            {
                text = text.StartsWith("[\n", StringComparison.Ordinal)
                    ? "[ " + e.TrailingComment + text[1..]
                    : text + " " + e.TrailingComment;
            }
            Line(sb, TomlText.Key(e.Key) + " = " + text);
        }

        foreach (var e in table.Entries.Where(e => IsHeader(e.Value)))
        {
            var childPath = path.Append(e.Key).ToList();
            var header = TomlText.Path(childPath);
            if (e.Value is TomlOutTable child)
            {
                // A table holding only sub-tables and no comments needs no header of its own: TOML creates it
                // implicitly. This lets a document be written in parts ([extra.migrate] after the end comments).
                var implicitTable = child.Entries.Count > 0 && child.Entries.TrueForAll(c => IsHeader(c.Value))
                    && e.LeadingComments.Count == 0 && e.TrailingComment is null && child.EndComments.Count == 0;
                if (implicitTable)
                {
                    WriteBody(sb, child, childPath);
                    continue;
                }
                Blank(sb);
                foreach (var c in e.LeadingComments)
                {
                    Line(sb, c);
                }
                Line(sb, "[" + header + "]" + (e.TrailingComment is null ? "" : " " + e.TrailingComment));
                WriteBody(sb, child, childPath);
                foreach (var c in child.EndComments)
                {
                    Line(sb, c);
                }
                continue;
            }

            var array = (TomlOutArray)e.Value!;
            Blank(sb);
            foreach (var c in e.LeadingComments)
            {
                Line(sb, c);
            }
            for (var i = 0; i < array.Items.Count; i++)
            {
                var item = array.Items[i];
                if (i > 0)
                {
                    Blank(sb);
                }
                foreach (var c in item.LeadingComments)
                {
                    Line(sb, c);
                }
                var trailing = string.Join(" ", new[] { i == 0 ? e.TrailingComment : null, item.TrailingComment }.OfType<string>());
                Line(sb, "[[" + header + "]]" + (trailing.Length == 0 ? "" : " " + trailing));
                var itemTable = (TomlOutTable)item.Value!;
                WriteBody(sb, itemTable, childPath);
                foreach (var c in itemTable.EndComments)
                {
                    Line(sb, c);
                }
            }
            foreach (var c in array.EndComments)
            {
                Line(sb, c);
            }
        }
    }

    /// <summary>The inline text of a value; comments that cannot stay inside it are added to <paramref name="hoisted"/>.</summary>
    private static string Value(TomlOutNode node, List<string> hoisted)
    {
        switch (node)
        {
            case TomlOutScalar s:
                return s.Text;
            case TomlOutTable t:
                return InlineTable(t, hoisted);
            case TomlOutArray a:
                return InlineArray(a, hoisted);
            default:
                throw new InvalidOperationException("unknown TOML node " + node.GetType().Name);
        }
    }

    private static string InlineTable(TomlOutTable table, List<string> hoisted)
    {
        var parts = new List<string>();
        foreach (var e in table.Entries)
        {
            hoisted.AddRange(e.LeadingComments);
            if (e.Value is null)
            {
                if (e.Note is not null)
                {
                    hoisted.AddRange(e.Note.Split('\n'));
                }
                if (e.TrailingComment is not null)
                {
                    hoisted.Add(e.TrailingComment);
                }
                continue;
            }
            parts.Add(TomlText.Key(e.Key) + " = " + Value(e.Value, hoisted));
            if (e.TrailingComment is not null)
            {
                hoisted.Add(e.TrailingComment);
            }
        }
        hoisted.AddRange(table.EndComments);
        return parts.Count == 0 ? "{}" : "{ " + string.Join(", ", parts) + " }";
    }

    private static string InlineArray(TomlOutArray array, List<string> hoisted)
    {
        var texts = new List<string?>();
        var inner = new List<List<string>>();
        var multiLine = array.EndComments.Count > 0;
        foreach (var item in array.Items)
        {
            var h = new List<string>();
            texts.Add(item.Value is null ? null : Value(item.Value, h));
            inner.Add(h);
            multiLine |= h.Count > 0 || item.LeadingComments.Count > 0 || item.TrailingComment is not null || item.Value is null;
        }
        if (!multiLine)
        {
            return "[" + string.Join(", ", texts) + "]";
        }

        var sb = new StringBuilder("[\n");
        for (var i = 0; i < array.Items.Count; i++)
        {
            var item = array.Items[i];
            foreach (var c in item.LeadingComments.Concat(inner[i]))
            {
                sb.Append("  ").Append(c).Append('\n');
            }
            var noteLines = texts[i] is null && item.Note is not null ? item.Note.Split('\n') : System.Array.Empty<string>();
            for (var n = 0; n < noteLines.Length - 1; n++)
            {
                sb.Append("  ").Append(noteLines[n]).Append('\n');
            }
            var line = texts[i] is { } t ? t + "," : noteLines.Length > 0 ? noteLines[^1] : "";
            if (item.TrailingComment is not null)
            {
                line = line.Length == 0 ? item.TrailingComment : line + " " + item.TrailingComment;
            }
            if (line.Length > 0)
            {
                sb.Append("  ").Append(line).Append('\n');
            }
        }
        foreach (var c in array.EndComments)
        {
            sb.Append("  ").Append(c).Append('\n');
        }
        sb.Append(']');
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string text) => sb.Append(text).Append('\n');

    private static void Blank(StringBuilder sb)
    {
        if (sb.Length > 0 && !(sb.Length >= 2 && sb[^1] == '\n' && sb[^2] == '\n'))
        {
            sb.Append('\n');
        }
    }
}
