using PolicySearch.Core.Errors;
using PolicySearch.Crawler;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Engine;
using PolicySearch.Hosting.Indexing;

namespace PolicySearch.Hosting.Crawls;

/// <summary>
/// Runs one crawl or re-extraction of a site into the configured index: takes the writer lease for the run and keeps
/// the crawl state beside the index. <c>policysearch crawl</c>, <c>reextract</c> and the service's queue all go through here.
/// </summary>
public sealed class CrawlRunner
{
    private readonly SiteCrawler _crawler;
    private readonly CrawlerOptions _crawlerOptions;
    private readonly IndexOptions _indexOptions;
    private readonly IndexWriterLease _writers;

    public CrawlRunner(SiteCrawler crawler, CrawlerOptions crawlerOptions, IndexOptions indexOptions, IndexWriterLease writers)
    {
        _crawler = crawler;
        _crawlerOptions = crawlerOptions;
        _indexOptions = indexOptions;
        _writers = writers;
    }

    public string IndexPath => _indexOptions.Path;

    /// <summary>Crawl state databases, shared by every index in the index's folder unless Crawler:StateDirectory says otherwise.</summary>
    public string StateDirectory => _crawlerOptions.ResolveStateDirectory(_indexOptions.Path);

    /// <summary>A site file path, or a name found as CONFIG/NAME.json.</summary>
    /// <exception cref="PolicySearchException">crawler.site_not_found or crawler.site_invalid.</exception>
    public Task<SiteDefinition> LoadSiteAsync(string site, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        var isPlainName = site.Length > 0 && Path.GetFileName(site) == site && site is not ("." or "..") && site.IndexOfAny(['/', '\\']) < 0;
        var path = site.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? site
            : isPlainName
                ? Path.Combine(_crawlerOptions.ConfigDirectory, site + ".json")
                : throw new PolicySearchException(
                    CrawlerErrorCodes.SiteNotFound,
                    $"'{site}' is not a site name: give NAME for {Path.Combine(_crawlerOptions.ConfigDirectory, "NAME.json")}, or the path of a .json site file.");
        return SiteFileLoader.LoadAsync(path, Environment.CurrentDirectory, cancellationToken);
    }

    /// <summary>Every site file of the configuration folder, in order.</summary>
    public IReadOnlyList<string> AllSiteFiles() =>
        Directory.Exists(_crawlerOptions.ConfigDirectory)
            ? Directory.GetFiles(_crawlerOptions.ConfigDirectory, "*.json").Order(StringComparer.Ordinal).ToList()
            : throw new PolicySearchException(CrawlerErrorCodes.SiteNotFound, $"The site folder '{_crawlerOptions.ConfigDirectory}' does not exist.");

    /// <exception cref="PolicySearchException">index.locked while another process writes the index, and the crawler's own faults.</exception>
    public async Task<CrawlReport> CrawlAsync(SiteDefinition site, CrawlRequest request, IProgress<CrawlProgress>? progress, CancellationToken cancellationToken)
    {
        var stateDirectory = StateDirectory;
        Directory.CreateDirectory(stateDirectory);
        using var writer = _writers.Acquire();
        return await _crawler.CrawlAsync(site, writer, stateDirectory, request, progress, cancellationToken);
    }

    public async Task<ReextractReport> ReextractAsync(SiteDefinition site, CancellationToken cancellationToken)
    {
        using var writer = _writers.Acquire();
        return await _crawler.ReextractAsync(site, writer, StateDirectory, cancellationToken);
    }
}
