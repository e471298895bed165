namespace PolicySearch.Crawler.Fetching;

/// <summary>What a fetch came to. Everything but <see cref="Ok"/> and <see cref="NotModified"/> is counted as an error kind.</summary>
public enum FetchOutcome
{
    Ok,
    NotModified,

    /// <summary>404 or 410: the page is gone.</summary>
    Gone,
    HttpError,

    /// <summary>412 or a challenge page: reported and backed off from, never retried in a loop.</summary>
    AntiBot,
    Timeout,
    ConnectionError,
    TooLarge,
    RedirectLoop,
    TooManyRedirects,

    /// <summary>robots.txt disallows the URL.</summary>
    RobotsDisallowed,

    /// <summary>The host resolves to a private, loopback or link-local address the site file does not allow.</summary>
    AddressBlocked,

    /// <summary>The host name does not resolve; it is refused rather than handed to the connection.</summary>
    HostNotFound,

    /// <summary>The host is paused after repeated failures or an anti-bot answer; the URL stays queued.</summary>
    HostPaused,
}
