namespace Migrate.Core.Writing.Zola;

/// <summary>A scalar already spelled as TOML 1.0 (<c>"text"</c>, <c>42</c>, <c>2020-08-10</c>, <c>true</c>); see <see cref="TomlText"/>.</summary>
internal sealed class TomlOutScalar : TomlOutNode
{
    public TomlOutScalar(string text) => Text = text;

    public string Text { get; }

    public static TomlOutScalar String(string value, bool preferLiteral = false) => new(TomlText.String(value, preferLiteral));

    public static TomlOutScalar Bool(bool value) => new(value ? "true" : "false");

    public static TomlOutScalar Integer(long value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
