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
            ["jekyll"] = null,
            ["zola"] = () => new Zola.ZolaWriter(),
        };

    /// <summary>Every target name the command line accepts, in help order.</summary>
    public static IReadOnlyList<string> Names { get; } = new[] { "json", "jekyll", "zola" };

    /// <summary>
    /// A new writer for <paramref name="name"/>, or false with a one-line reason (unknown name, or a writer
    /// that is not implemented yet).
    /// </summary>
    public static bool TryCreate(string name, [NotNullWhen(true)] out IPublicationWriter? writer, [NotNullWhen(false)] out string? error)
    {
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
