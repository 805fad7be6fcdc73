namespace Migrate.Core.Model.FrontMatter;

/// <summary>
/// One comment exactly as written, including its marker (<c># Legend: 0 = …</c>, <c>#url_code: ''</c>),
/// without the line break and without the indentation before it. <see cref="Line"/> is the 1-based line in the
/// source file (not in the front matter). Commented-out keys are comments too, and travel as such.
/// </summary>
public sealed record CommentLine(string Text, int Line)
{
    /// <summary>The comment text without the leading <c>#</c> (spacing after it kept), for writers that add their own marker.</summary>
    public string Body => Text.StartsWith('#') ? Text[1..] : Text;
}
