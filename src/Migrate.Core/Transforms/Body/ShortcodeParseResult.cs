using Migrate.Core.Diagnostics;

namespace Migrate.Core.Transforms.Body;

/// <summary>
/// The shortcodes of one body: <see cref="Roots"/> as a tree (children are the calls inside a paired call's inner
/// text) and <see cref="All"/> as a flat list in source order (parents before their children). Problems are in
/// <see cref="Diagnostics"/>; the parser never throws on bad input.
/// </summary>
public sealed record ShortcodeParseResult(
    IReadOnlyList<ShortcodeNode> Roots,
    IReadOnlyList<ShortcodeNode> All,
    IReadOnlyList<Diagnostic> Diagnostics);
