using Migrate.Core.Diagnostics;
using Migrate.Core.Model.FrontMatter;
using Migrate.Core.Model.Publications;

namespace Migrate.Core.Reading.Hugo;

/// <summary>Computes what Hugo reads from a front matter (page variables and .Params) (owner: helper "hugo").</summary>
public static class HugoPageViewBuilder
{
    public static HugoPageView Build(FrontMatterDocument document, TimeZoneInfo zone, string path, DiagnosticBag diagnostics) =>
        throw new NotImplementedException();
}
