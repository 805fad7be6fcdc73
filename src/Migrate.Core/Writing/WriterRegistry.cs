using System.Diagnostics.CodeAnalysis;
using Migrate.Core.Writing.Json;

namespace Migrate.Core.Writing;

/// <summary>
/// Maps target names (<c>json</c>, <c>jekyll</c>, <c>zola</c>) to writer factories. A writer instance serves one
/// run, so the registry hands out a new one each time. Names the tool knows but cannot write yet resolve to a
/// clear error instead of "unknown target".
/// </summary>
public static class WriterRegistry
{
    private static readonly IReadOnlyDictionary<string, Func<IPublicationWriter>?> Factories =
        new Dictionary<string, Func<IPublicationWriter>?>(StringComparer.Ordinal)
        {
            ["json"] = () => new JsonSiteWriter(),
            ["jekyll"] = () => new Jekyll.JekyllWriter(),
            ["zola"] = () => new Zola.ZolaWriter(),
        };

    /// <summary>Every target name the command line accepts, in help order.</summary>
    public static IReadOnlyList<string> Names { get; } = new[] { "json", "jekyll", "zola" };

    /// <summary>
    /// A new writer for <paramref name="name"/>, or false with a one-line reason (unknown name, or a writer
    /// that is not implemented yet).
    /// </summary>
    public static bool TryCreate(string name, [NotNullWhen(true)] out IPublicationWriter? writer, [NotNullWhen(false)] out string? error) =>
        TryCreate(name, null, out writer, out error);

    /// <summary>Every flavour name <c>--flavor</c> accepts (Jekyll's), in help order.</summary>
    public static IReadOnlyList<string> Flavors { get; } = new[] { "plain", "academicpages", "al-folio" };

    /// <summary>
    /// As <see cref="TryCreate(string, out IPublicationWriter?, out string?)"/>, with a flavour (<c>--flavor</c>); only the
    /// jekyll writer has flavours, so a flavour for another target is an error.
    /// </summary>
    public static bool TryCreate(string name, string? flavor, [NotNullWhen(true)] out IPublicationWriter? writer, [NotNullWhen(false)] out string? error)
    {
        if (flavor is not null)
        {
            writer = null;
            var parsed = flavor switch
            {
                "plain" => Jekyll.JekyllFlavor.Plain,
                "academicpages" => Jekyll.JekyllFlavor.AcademicPages,
                "al-folio" => Jekyll.JekyllFlavor.AlFolio,
                _ => (Jekyll.JekyllFlavor?)null,
            };
            if (name != "jekyll" || parsed is null)
            {
                error = name != "jekyll"
                    ? $"--flavor applies to --to jekyll only (got --to {name})"
                    : $"unknown flavour '{flavor}' (expected one of: {string.Join(", ", Flavors)})";
                return false;
            }
            writer = new Jekyll.JekyllWriter(new Jekyll.JekyllWriterOptions { Flavor = parsed.Value });
            error = null;
            return true;
        }

        writer = null;
        if (!Factories.TryGetValue(name, out var factory))
        {
            error = $"unknown target '{name}' (expected one of: {string.Join(", ", Names)})";
            return false;
        }
        if (factory is null)
        {
            error = $"the '{name}' writer is not implemented yet (available: {string.Join(", ", Names.Where(n => Factories[n] is not null))})";
            return false;
        }
        writer = factory();
        error = null;
        return true;
    }
}
