using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Crawler.State;

namespace PolicySearch.Crawler.Fetching;

/// <summary>
/// Fetches the pages of one site: robots.txt obeyed (with Crawl-delay), per-host politeness, failing hosts paused,
/// anti-bot answers backed off from; http(s) and file: alike.
/// </summary>
public sealed partial class SiteFetcher : IDisposable
{
    private readonly CrawlerOptions _options;
    private readonly SiteDefinition _site;
    private readonly SiteScope _scope;
    private readonly HttpPageClient _http;
    private readonly AddressGuard _guard;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsRules>>> _robots = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HostBlock> _blocks = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="time">The clock of host pauses and blocks; the system clock when null.</param>
    public SiteFetcher(HttpClient client, CrawlerOptions options, SiteDefinition site, SiteScope scope, ILogger logger, IHostResolver? resolver = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(site);
        _options = options;
        _site = site;
        _scope = scope;
        _logger = logger;
        UserAgent = site.UserAgent ?? options.UserAgent;
        Gate = new HostGate(site.Concurrency, TimeSpan.FromMilliseconds(site.DelayMs), time);
        _guard = new AddressGuard(site.AllowPrivateHosts, resolver);
        _http = new HttpPageClient(client, options, UserAgent, _guard);
    }

    public string UserAgent { get; }

    public HostGate Gate { get; }

    public SiteScope Scope => _scope;

    /// <summary>The anti-bot blocks met in this run or restored from earlier ones, by host.</summary>
    public IReadOnlyCollection<HostBlock> Blocks => _blocks.Values.ToList();

    /// <summary>Keeps backing off from hosts that blocked an earlier run, until their pause ends.</summary>
    public void Restore(IEnumerable<HostBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        foreach (var block in blocks)
        {
            Gate.PauseUntil(block.Host, block.Until);
            _blocks[block.Host] = block;
        }
    }

    /// <summary>The block that pauses the URL's host now, if any.</summary>
    public HostBlock? BlockOf(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = HostKey(url);
        return Gate.IsPaused(host, out _) && _blocks.TryGetValue(host, out var block) ? block : null;
    }

    /// <summary>Whether the URL's host is paused now (blocked, or after repeated failures).</summary>
    public bool IsPaused(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Gate.IsPaused(HostKey(url), out _);
    }

    public async Task<FetchResult> FetchAsync(Uri url, FetchValidators? validators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = HostKey(url);
        if (Gate.IsPaused(host, out var until))
        {
            return FetchResult.Failed(url, FetchOutcome.HostPaused, "host paused until " + until.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!url.IsFile && await _guard.CheckAsync(url.Host, url.Port, cancellationToken) is { Allowed: false } verdict)
        {
            return FetchResult.Failed(url, verdict.Refusal!.Value, verdict.Reason!);
        }

        if (_site.ObeyRobots)
        {
            var rules = await RobotsAsync(url, cancellationToken);
            if (!rules.IsAllowed(_scope.RobotsPath(url)))
            {
                return FetchResult.Failed(url, FetchOutcome.RobotsDisallowed, "disallowed by robots.txt");
            }
        }

        var result = await FetchUncheckedAsync(url, validators, cancellationToken);
        Account(host, result);
        return result;
    }

    /// <summary>The robots.txt rules of the URL's root (fetched once per root; Sitemap lines included).</summary>
    public Task<RobotsRules> RobotsAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var root = _scope.RootOf(url);
        return _robots.GetOrAdd(root.AbsoluteUri, _ => new Lazy<Task<RobotsRules>>(() => LoadRobotsAsync(root, cancellationToken))).Value;
    }

    public void Dispose() => Gate.Dispose();

    private Task<FetchResult> FetchUncheckedAsync(Uri url, FetchValidators? validators, CancellationToken cancellationToken) =>
        url.IsFile
            ? FileFetcher.FetchAsync(url, validators, _options.MaxResponseBytes, cancellationToken)
            : _http.FetchAsync(url, validators, (target, token) => Gate.EnterAsync(HostKey(target), token), cancellationToken);

    private async Task<RobotsRules> LoadRobotsAsync(Uri root, CancellationToken cancellationToken)
    {
        var result = await FetchUncheckedAsync(new Uri(root, "robots.txt"), null, cancellationToken);
        RobotsRules rules;
        if (result.Outcome == FetchOutcome.Ok && result.Body is not null)
        {
            rules = RobotsRules.Parse(CharsetDecoder.Decode(result.Body, result.ContentType), UserAgent);
        }
        else
        {
            // 4xx (none published) allows everything; an unreachable or failing robots.txt allows nothing for now.
            rules = result.Outcome == FetchOutcome.Gone || result.StatusCode is >= 400 and < 500 ? RobotsRules.AllowAll : RobotsRules.DisallowAll;
        }

        if (rules.CrawlDelay is { } delay)
        {
            Gate.SetMinimumDelay(HostKey(root), delay);
        }

        LogRobots(_logger, root.AbsoluteUri, result.StatusCode, rules.CrawlDelay?.TotalMilliseconds ?? 0, rules.Sitemaps.Count);
        return rules;
    }

    private void Account(string host, FetchResult result)
    {
        switch (result.Outcome)
        {
            case FetchOutcome.AntiBot:
                _blocks[host] = new HostBlock(host, Gate.Pause(host, _options.AntiBotPause), result.Url.AbsoluteUri, result.Error ?? "anti-bot answer");
                LogAntiBot(_logger, result.Url.AbsoluteUri, result.StatusCode, result.Error ?? string.Empty, _options.AntiBotPause.TotalMinutes);
                break;
            case FetchOutcome.Timeout or FetchOutcome.ConnectionError or FetchOutcome.HttpError when result.StatusCode is 0 or >= 500:
                if (Gate.RecordFailure(host, _options.FailuresBeforePause))
                {
                    Gate.Pause(host, _options.HostPause);
                    LogHostPaused(_logger, host, _options.FailuresBeforePause, _options.HostPause.TotalMinutes);
                }

                break;
            case FetchOutcome.Ok or FetchOutcome.NotModified or FetchOutcome.Gone:
                Gate.RecordSuccess(host);
                break;
        }
    }

    public static string HostKey(Uri url) => url.IsFile ? "file" : url.Authority;

    [LoggerMessage(Level = LogLevel.Information, Message = "robots.txt of {Root}: HTTP {StatusCode}, crawl delay {CrawlDelayMs} ms, {SitemapCount} sitemaps")]
    private static partial void LogRobots(ILogger logger, string root, int statusCode, double crawlDelayMs, int sitemapCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Anti-bot answer from {Url} (HTTP {StatusCode}, {Reason}); host paused for {PauseMinutes} min, not retried")]
    private static partial void LogAntiBot(ILogger logger, string url, int statusCode, string reason, double pauseMinutes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Host {Host} failed {FailureCount} times in a row; paused for {PauseMinutes} min")]
    private static partial void LogHostPaused(ILogger logger, string host, int failureCount, double pauseMinutes);
}
