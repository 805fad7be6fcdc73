namespace Migrate.Core.Writing.Jekyll;

/// <summary>Options of <see cref="JekyllWriter"/>.</summary>
public sealed record JekyllWriterOptions
{
    public JekyllFlavor Flavor { get; init; } = JekyllFlavor.Plain;

    /// <summary>Name of the config fragment written at the output root (merged by the user or passed to <c>--config</c>).</summary>
    public string ConfigFragmentName { get; init; } = "_config.publications.yml";

    /// <summary>Folder (relative to the output root) that receives each bundle's files, one sub-folder per publication.</summary>
    public string AssetsFolder { get; init; } = "assets/publications";
}
