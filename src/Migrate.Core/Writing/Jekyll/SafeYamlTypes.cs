using System.Text.RegularExpressions;
using Migrate.Core.Model.FrontMatter;

namespace Migrate.Core.Writing.Jekyll;

/// <summary>
/// How Jekyll's YAML reader (SafeYAML over Psych, YAML 1.1) types an unquoted scalar. Used in one direction only:
/// to decide when a string must be quoted so Jekyll keeps it a string. The patterns are deliberately wider than
/// Psych's (quoting a string that would have stayed a string costs nothing; leaving <c>yes</c>, <c>0755</c>,
/// <c>1,000</c> or <c>2020-08-10</c> bare turns it into a bool, a number or a date).
/// </summary>
internal static partial class SafeYamlTypes
{
    // YAML 1.1 null and bool spellings in every case variant Psych/SafeYAML accept, plus y/n (YAML 1.1 lists them).
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n",
        ".inf", "-.inf", "+.inf", ".nan", "=", "<<",
    };

    // Anything number-shaped: decimal with _ or , separators, octal, hex, binary, floats, exponents, sexagesimal.
    [GeneratedRegex(@"^[-+]?(\.[0-9]|[0-9])[0-9a-fA-FxXoObB_,.:eE+-]*$")]
    private static partial Regex NumberLike();

    // Anything date-shaped (SafeYAML turns YYYY-MM-DD into a Date and timestamps into a Time).
    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}")]
    private static partial Regex DateLike();

    /// <summary>
    /// True when <paramref name="text"/>, written bare, would not come back from Jekyll as the same string
    /// (because SafeYAML would read a null, bool, number, date or symbol-like value).
    /// </summary>
    public static bool PlainWouldChangeType(string text) =>
        Reserved.Contains(text) || NumberLike().IsMatch(text) || DateLike().IsMatch(text) || text.StartsWith(':');

    /// <summary>
    /// The type Psych gives <paramref name="text"/> written bare, for the non-string kinds the writer needs to
    /// check (null, bool, integer, float, timestamp); <see cref="ScalarKind.String"/> otherwise.
    /// </summary>
    public static ScalarKind PlainKind(string text)
    {
        if (text is "" or "~" || text.Equals("null", StringComparison.OrdinalIgnoreCase))
        {
            return ScalarKind.Null;
        }
        if (BoolWords().IsMatch(text))
        {
            return ScalarKind.Boolean;
        }
        if (Integer().IsMatch(text))
        {
            return ScalarKind.Integer;
        }
        if (Float().IsMatch(text))
        {
            return ScalarKind.Float;
        }
        if (Timestamp().IsMatch(text))
        {
            return ScalarKind.Timestamp;
        }
        return ScalarKind.String;
    }

    [GeneratedRegex(@"^(yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex BoolWords();

    [GeneratedRegex(@"^[-+]?(0|[1-9][0-9_]*|0[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+)$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^([-+]?([0-9][0-9_]*)?\.[0-9]+([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex Float();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)?$")]
    private static partial Regex Timestamp();
}
