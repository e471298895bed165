using System.Globalization;
using PolicySearch.Crawler.Crawling;
using Spectre.Console;

namespace PolicySearch.Cli.Output;

/// <summary>A live progress bar for a crawl: pages against the page limit, queue, documents, errors, pages/s.</summary>
internal static class CrawlProgressView
{
    public static async Task<CrawlReport> RunAsync(IAnsiConsole console, string site, Func<IProgress<CrawlProgress>, Task<CrawlReport>> crawl)
    {
        CrawlReport? report = null;
        await console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(site), maxValue: 1);
                report = await crawl(new SynchronousProgress(snapshot =>
                {
                    task.MaxValue = Math.Max(1, Math.Min(snapshot.MaxPages, snapshot.PagesFetched + snapshot.Queued));
                    task.Value = snapshot.PagesFetched;
                    task.Description = Markup.Escape(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{site}: {snapshot.PagesFetched:N0} pages · {snapshot.Queued:N0} queued · {snapshot.Documents:N0} docs · {snapshot.Errors:N0} errors · {snapshot.PagesPerSecond:N1} pages/s"));
                }));
                task.Value = task.MaxValue;
                task.StopTask();
            });
        return report!;
    }

    private sealed class SynchronousProgress(Action<CrawlProgress> report) : IProgress<CrawlProgress>
    {
        public void Report(CrawlProgress value) => report(value);
    }
}
