using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicySearch.Crawler;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Hosting.Composition;

namespace PolicySearch.Cli.Infrastructure;

/// <summary>The crawler services for one command, built from the command's configuration.</summary>
internal sealed class CrawlerSession : IDisposable
{
    private readonly ServiceProvider _provider;

    public CrawlerSession(CliEnvironment environment)
    {
        var services = new ServiceCollection();
        services.AddSingleton(environment.Loggers);
        services.AddPolicySearchCrawler(environment.Configuration);
        _provider = services.BuildServiceProvider();
        Options = _provider.GetRequiredService<CrawlerOptions>();
        Crawler = _provider.GetRequiredService<SiteCrawler>();
        StateDirectory = Options.ResolveStateDirectory(environment.IndexOptions.Path);
    }

    public CrawlerOptions Options { get; }

    public SiteCrawler Crawler { get; }

    public string StateDirectory { get; }

    /// <summary>A site file path, or a name found as CONFIG/NAME.json.</summary>
    public Task<SiteDefinition> LoadSiteAsync(string site, CancellationToken cancellationToken)
    {
        var isPlainName = site.Length > 0 && Path.GetFileName(site) == site && site is not ("." or "..") && site.IndexOfAny(['/', '\\']) < 0;
        var path = site.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? site
            : isPlainName
                ? Path.Combine(Options.ConfigDirectory, site + ".json")
                : throw new Core.Errors.PolicySearchException(
                    CrawlerErrorCodes.SiteNotFound,
                    $"'{site}' is not a site name: give NAME for {Path.Combine(Options.ConfigDirectory, "NAME.json")}, or the path of a .json site file.");
        return SiteFileLoader.LoadAsync(path, Environment.CurrentDirectory, cancellationToken);
    }

    public IReadOnlyList<string> AllSiteFiles() =>
        Directory.Exists(Options.ConfigDirectory)
            ? Directory.GetFiles(Options.ConfigDirectory, "*.json").Order(StringComparer.Ordinal).ToList()
            : throw new Core.Errors.PolicySearchException(CrawlerErrorCodes.SiteNotFound, $"The site folder '{Options.ConfigDirectory}' does not exist.");

    public void Dispose() => _provider.Dispose();
}
