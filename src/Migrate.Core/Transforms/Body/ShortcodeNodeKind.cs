namespace Migrate.Core.Transforms.Body;

/// <summary>What a <see cref="ShortcodeNode"/> is.</summary>
public enum ShortcodeNodeKind
{
    /// <summary>A shortcode call (standalone, self-closing, or paired with a closing tag).</summary>
    Call,

    /// <summary>Hugo's comment escape <c>{{&lt;/* name */&gt;}}</c>, which outputs the literal shortcode.</summary>
    CommentEscape,

    /// <summary>Text that starts like a shortcode but breaks Hugo's grammar (Hugo would fail the page).</summary>
    Malformed,
}
