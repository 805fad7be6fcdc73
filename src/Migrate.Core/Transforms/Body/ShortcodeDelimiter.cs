namespace Migrate.Core.Transforms.Body;

/// <summary>Which Hugo shortcode delimiters a call uses.</summary>
public enum ShortcodeDelimiter
{
    /// <summary><c>{{&lt; name &gt;}}</c>: the output is inserted as is (HTML).</summary>
    Angle,

    /// <summary><c>{{% name %}}</c>: the output is rendered as Markdown.</summary>
    Percent,
}
