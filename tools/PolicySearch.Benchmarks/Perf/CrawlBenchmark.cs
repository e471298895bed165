using PolicySearch.Cli.Infrastructure;
using PolicySearch.Crawler;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Engine;
using PolicySearch.Hosting.Crawls;
using PolicySearch.Hosting.Indexing;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>
/// In process: serves samples/site on 127.0.0.1, crawls it with its site file
/// (crawler-config/sample-site.json, seed moved to the loopback address, delay 0) into a fresh index and state.
/// </summary>
internal static class CrawlBenchmark
{
    public const string SiteFile = "crawler-config/sample-site.json";
    public const string SiteFolder = "samples/site";

    /// <returns>Why the section cannot run here, or null.</returns>
    public static string? Unavailable() =>
        File.Exists(SiteFile) && Directory.Exists(SiteFolder)
            ? null
            : $"The crawl section needs {SiteFile} and {SiteFolder}/ under the working folder; run perf from the repository root.";

    public static async Task<CrawlResult> RunAsync(CliEnvironment environment, PerfWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(work);
        var sampleSite = await SiteFileLoader.LoadAsync(SiteFile, Environment.CurrentDirectory, cancellationToken);
        await using var server = await StaticSiteServer.StartAsync(SiteFolder, cancellationToken);
        var site = sampleSite with
        {
            Name = "perf-sample-site",
            Seeds = [new Uri(server.Address, "index.html").ToString()],
            AllowPrivateHosts = [server.Address.Host],
            DelayMs = 0,
        };
        var indexPath = work.Combine("crawl-index");
        var indexOptions = new IndexOptions { Path = indexPath };
        var crawls = new CrawlRunner(
            environment.Get<SiteCrawler>(),
            new CrawlerOptions { StateDirectory = work.Combine("crawl-state") },
            indexOptions,
            new IndexWriterLease(indexOptions, environment.Loggers));
        var report = await crawls.CrawlAsync(site, new CrawlRequest(), null, cancellationToken);

        var documents = report.NewDocuments + report.ChangedDocuments;
        return new CrawlResult(
            SiteFile,
            site.Concurrency,
            report.PagesFetched,
            documents,
            report.ErrorsByKind.Values.Sum(),
            Math.Round(report.Elapsed.TotalSeconds, 2),
            Math.Round(report.PagesPerSecond, 1),
            Math.Round(documents / Math.Max(report.Elapsed.TotalSeconds, 1e-9), 1),
            PerfWork.DirectorySizeMB(indexPath));
    }
}
