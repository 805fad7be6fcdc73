using Migrate.Core.Diagnostics;
using Migrate.Core.Model.Publications;

namespace Migrate.Core.Transforms.Body;

/// <summary>
/// Which bundle files travel and under which flat, portable names (<see cref="ResourcePolicy.Plan"/>).
/// <see cref="NameMap"/> maps each travelling file's <see cref="BundleResource.RelativePath"/> to its new name.
/// </summary>
public sealed class ResourcePlan
{
    private readonly Dictionary<string, string> _map;
    private readonly Dictionary<string, string?> _mapIgnoreCase = new(StringComparer.OrdinalIgnoreCase);

    internal ResourcePlan(List<ResourceAssignment> travelling, List<BundleResource> skipped, List<Diagnostic> diagnostics)
    {
        Travelling = travelling;
        Skipped = skipped;
        Diagnostics = diagnostics;
        _map = travelling.ToDictionary(a => a.Resource.RelativePath, a => a.NewName, StringComparer.Ordinal);
        foreach (var a in travelling)
        {
            // Hugo's resource lookup ignores case; two files differing only in case make the lookup ambiguous.
            _mapIgnoreCase[a.Resource.RelativePath] = _mapIgnoreCase.ContainsKey(a.Resource.RelativePath) ? null : a.NewName;
        }
    }

    public IReadOnlyList<ResourceAssignment> Travelling { get; }

    public IReadOnlyList<BundleResource> Skipped { get; }

    public IReadOnlyDictionary<string, string> NameMap => _map;

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The new name of a bundle file named as Hugo would (<c>files/a.pdf</c>), or null when it does not travel.</summary>
    public string? NewNameOf(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var key = relativePath.Replace('\\', '/');
        while (key.StartsWith("./", StringComparison.Ordinal))
        {
            key = key[2..];
        }
        if (_map.TryGetValue(key, out var name))
        {
            return name;
        }
        return _mapIgnoreCase.TryGetValue(key, out var folded) ? folded : null;
    }

    /// <summary>
    /// A <see cref="BodyConversionContext.ResourceUrl"/> mapper: <c>baseUrl/newName</c> for every travelling file
    /// (<paramref name="baseUrl"/> is where the writer puts this bundle's files, e.g. <c>/assets/publications/x</c>).
    /// </summary>
    public Func<string, string?> UrlMapper(string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var prefix = baseUrl.TrimEnd('/') + "/";
        return name => NewNameOf(name) is { } n ? prefix + n : null;
    }
}
