namespace Migrate.Core.Writing.Jekyll;

/// <summary>The shape of the Jekyll output (<c>--flavor</c>).</summary>
public enum JekyllFlavor
{
    /// <summary>A <c>publications</c> collection, one flat document per publication, every source key kept.</summary>
    Plain,
    /// <summary>academicpages' <c>_publications/YYYY-MM-DD-slug.md</c> with its own field names and <c>category</c>.</summary>
    AcademicPages,
    /// <summary>al-folio's <c>_bibliography/papers.bib</c>: one BibTeX entry per publication with al-folio's fields (<see cref="AlFolio.AlFolioEntry"/>).</summary>
    AlFolio,
}
