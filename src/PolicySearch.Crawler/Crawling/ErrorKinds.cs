using PolicySearch.Crawler.Fetching;

namespace PolicySearch.Crawler.Crawling;

/// <summary>The error kinds of the crawl report.</summary>
public static class ErrorKinds
{
    public static string Of(FetchOutcome outcome) => outcome switch
    {
        FetchOutcome.Gone => "not_found",
        FetchOutcome.HttpError => "http_error",
        FetchOutcome.AntiBot => "anti_bot",
        FetchOutcome.Timeout => "timeout",
        FetchOutcome.ConnectionError => "connection",
        FetchOutcome.TooLarge => "too_large",
        FetchOutcome.RedirectLoop => "redirect_loop",
        FetchOutcome.TooManyRedirects => "too_many_redirects",
        FetchOutcome.RobotsDisallowed => "robots_disallowed",
        FetchOutcome.AddressBlocked => "address_blocked",
        FetchOutcome.HostNotFound => "host_not_found",
        FetchOutcome.HostPaused => "host_paused",
        _ => "other",
    };
}
