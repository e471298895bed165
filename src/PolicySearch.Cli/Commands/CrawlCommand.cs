using PolicySearch.Cli.Infrastructure;
using PolicySearch.Cli.Output;
using PolicySearch.Hosting.Crawls;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

/// <summary>`policysearch crawl SITE.json | --all`: crawls into the index with a progress bar, then prints the report.</summary>
public sealed class CrawlCommand : AsyncCommand<CrawlSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CrawlSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var environment = CliEnvironment.Create(settings.IndexPath, consoleLogging: false, crawler: true);
        var crawls = environment.Get<CrawlRunner>();
        var files = settings.All ? crawls.AllSiteFiles() : [settings.Site!];
        var sites = new List<Crawler.Configuration.SiteDefinition>();
        foreach (var file in files)
        {
            sites.Add(await crawls.LoadSiteAsync(file, cancellationToken));
        }

        var request = new Crawler.Crawling.CrawlRequest { MaxPages = settings.MaxPages, RevisitAll = settings.Full };
        foreach (var site in sites)
        {
            var report = await CrawlProgressView.RunAsync(
                AnsiConsole.Console,
                site.Name,
                progress => crawls.CrawlAsync(site, request, progress, cancellationToken));
            CrawlReportView.Write(AnsiConsole.Console, report, crawls.IndexPath, crawls.StateDirectory);
            if (report.Cancelled)
            {
                return ExitCodes.Interrupted;
            }
        }

        return ExitCodes.Success;
    }
}
