namespace PolicySearch.Crawler;

/// <summary>Stable codes of the crawler's user faults; hosts map them to exit codes.</summary>
public static class CrawlerErrorCodes
{
    /// <summary>A site file is missing, unreadable or fails validation (the message names file, field and reason).</summary>
    public const string SiteInvalid = "crawler.site_invalid";

    /// <summary>No site file or crawl state exists for the name given.</summary>
    public const string SiteNotFound = "crawler.site_not_found";
}
