using Migrate.Core.Model.Publications;
using Migrate.Core.Model.Site;
using Migrate.Core.Planning;
using Migrate.Core.Diagnostics;

namespace Migrate.Core.Writing;

/// <summary>
/// A target format. The pipeline calls <see cref="Write"/> once per publication, in a deterministic order,
/// then <see cref="Complete"/> once for site-level files (config fragments, a single JSON document). Writers
/// return planned files and never touch the disk. One writer instance serves one run.
/// </summary>
public interface IPublicationWriter
{
    /// <summary>Lower-case name used on the command line (<c>json</c>, <c>jekyll</c>, <c>zola</c>).</summary>
    string Name { get; }

    IEnumerable<PlannedFile> Write(Publication publication, DiagnosticBag diagnostics);

    IEnumerable<PlannedFile> Complete(SiteContext site, DiagnosticBag diagnostics);
}
