using Migrate.Core.Model.Publications;

namespace Migrate.Core.Transforms.Body;

/// <summary>A bundle file that travels, with the flat, portable file name the writers give it.</summary>
public sealed record ResourceAssignment(BundleResource Resource, string NewName)
{
    public bool Renamed => Resource.RelativePath != NewName;
}
