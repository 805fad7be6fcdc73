namespace Migrate.Core.Writing.Jekyll.AlFolio;

/// <summary>
/// One BibTeX entry: its type as written (<c>article</c>, <c>InProceedings</c>), its key, and its fields in order,
/// each value as raw BibTeX (<c>{...}</c>, <c>"..."</c>, a number, or a month macro).
/// </summary>
internal sealed record BibTexEntry(string Type, string Key, List<(string Name, string Value)> Fields)
{
    public bool Has(string name) => Fields.Exists(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
