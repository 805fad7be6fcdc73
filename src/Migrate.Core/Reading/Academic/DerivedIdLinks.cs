namespace Migrate.Core.Reading.Academic;

/// <summary>
/// URL patterns for identifiers, as the 2025 link builder derives links from <c>hugoblox.ids</c> and from
/// <c>links</c> entries written as <c>{type, provider, id}</c> (<c>link_types.yaml</c> <c>derived:</c>).
/// doi and arXiv are the documented patterns; the others follow each service's canonical record URL.
/// </summary>
internal static class DerivedIdLinks
{
    private static readonly Dictionary<string, (string Type, string Pattern, string Label)> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["doi"] = ("doi", "https://doi.org/{id}", "DOI"),
        ["arxiv"] = ("preprint", "https://arxiv.org/abs/{id}", "arXiv"),
        ["openreview"] = ("preprint", "https://openreview.net/forum?id={id}", "OpenReview"),
        ["acl_id"] = ("canonical", "https://aclanthology.org/{id}", "ACL Anthology"),
        ["hal"] = ("preprint", "https://hal.science/{id}", "HAL"),
        ["dblp"] = ("canonical", "https://dblp.org/rec/{id}", "DBLP"),
        ["isbn"] = ("canonical", "https://openlibrary.org/isbn/{id}", "Open Library"),
        ["osf"] = ("preprint", "https://osf.io/{id}", "OSF"),
        ["zenodo"] = ("dataset", "https://zenodo.org/records/{id}", "Zenodo"),
        ["kaggle_dataset"] = ("dataset", "https://www.kaggle.com/datasets/{id}", "Kaggle"),
        ["kaggle_competition"] = ("event", "https://www.kaggle.com/competitions/{id}", "Kaggle"),
        ["openalex"] = ("canonical", "https://openalex.org/{id}", "OpenAlex"),
        ["semanticscholar"] = ("canonical", "https://www.semanticscholar.org/paper/{id}", "Semantic Scholar"),
        ["pwc"] = ("canonical", "https://paperswithcode.com/paper/{id}", "Papers with Code"),
        ["huggingface_model"] = ("model", "https://huggingface.co/{id}", "Hugging Face"),
        ["huggingface_dataset"] = ("dataset", "https://huggingface.co/datasets/{id}", "Hugging Face"),
        ["huggingface_space"] = ("demo", "https://huggingface.co/spaces/{id}", "Hugging Face"),
    };

    /// <summary>The link type, URL and label for an identifier kind, or null when the kind is unknown.</summary>
    public static (string Type, string Url, string Label)? For(string kind, string id)
    {
        if (!Table.TryGetValue(kind.Trim(), out var entry))
        {
            return null;
        }
        var value = id.Trim();
        if (kind.Equals("doi", StringComparison.OrdinalIgnoreCase))
        {
            value = DoiNormalizer.Strip(value).Doi;
        }
        else if (kind.Equals("arxiv", StringComparison.OrdinalIgnoreCase) && value.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase))
        {
            value = value["arXiv:".Length..];
        }
        return (entry.Type, entry.Pattern.Replace("{id}", value, StringComparison.Ordinal), entry.Label);
    }
}
