namespace PolicySearch.Crawler.Configuration;

/// <summary>
/// One entry of a site file's <c>categories</c>: documents whose URL matches <see cref="UrlPattern"/>, or that were
/// found on a list page (or sitemap) matching <see cref="ListPattern"/>, get <see cref="Category"/>; a rule with
/// <see cref="Label"/> takes the value the page shows after that label (文种, 分类 …). The first rule that gives a
/// value wins; the site's <c>category</c> is the fallback.
/// </summary>
public sealed record CategoryRule
{
    /// <summary>Regular expression on the document's canonical URL (case-insensitive).</summary>
    public string? UrlPattern { get; init; }

    /// <summary>Regular expression on the canonical URL of the list page or sitemap that linked the document.</summary>
    public string? ListPattern { get; init; }

    /// <summary>A label of the page's metadata block whose value is the category.</summary>
    public string? Label { get; init; }

    /// <summary>The category given by a URL or list rule.</summary>
    public string? Category { get; init; }
}
