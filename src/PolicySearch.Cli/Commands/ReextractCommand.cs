using System.Globalization;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Hosting.Crawls;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

/// <summary>`policysearch reextract SITE`: re-runs extraction over the stored raw pages, without fetching.</summary>
public sealed class ReextractCommand : AsyncCommand<ReextractSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ReextractSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var environment = CliEnvironment.Create(settings.IndexPath, consoleLogging: false, crawler: true);
        var crawls = environment.Get<CrawlRunner>();
        var site = await crawls.LoadSiteAsync(settings.Site, cancellationToken);
        var report = await crawls.ReextractAsync(site, cancellationToken);
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Re-extracted [bold]{report.Documents}[/] stored pages of {Markup.Escape(site.Name)} into {Markup.Escape(crawls.IndexPath)}; {report.AttachmentsRead} attachments read."));
        if (report.AttachmentsAwaitingFetch > 0)
        {
            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{report.AttachmentsAwaitingFetch} attachments were never fetched (their format was not read when the site was crawled); the next [bold]policysearch crawl {Markup.Escape(site.Name)}[/] fetches and reads them."));
        }
        return ExitCodes.Success;
    }
}
