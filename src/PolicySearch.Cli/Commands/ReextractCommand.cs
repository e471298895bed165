using System.Globalization;
using Microsoft.Extensions.Logging;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Engine.Indexing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

/// <summary>`policysearch reextract SITE`: re-runs extraction over the stored raw pages, without fetching.</summary>
public sealed class ReextractCommand : AsyncCommand<ReextractSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ReextractSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var environment = CliEnvironment.Create(settings.IndexPath, consoleLogging: false);
        using var session = new CrawlerSession(environment);
        var site = await session.LoadSiteAsync(settings.Site, cancellationToken);
        using var writer = PolicyIndexWriter.Open(environment.IndexOptions, environment.Loggers.CreateLogger<PolicyIndexWriter>());
        var report = await session.Crawler.ReextractAsync(site, writer, session.StateDirectory, cancellationToken);
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Re-extracted [bold]{report.Documents}[/] stored pages of {Markup.Escape(site.Name)} into {Markup.Escape(environment.IndexOptions.Path)}; {report.AttachmentsRead} attachments read."));
        if (report.AttachmentsAwaitingFetch > 0)
        {
            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{report.AttachmentsAwaitingFetch} attachments were never fetched (their format was not read when the site was crawled); the next [bold]policysearch crawl {Markup.Escape(site.Name)}[/] fetches and reads them."));
        }
        return ExitCodes.Success;
    }
}
