using System.Globalization;
using PolicySearch.Engine.Indexing.Import;
using Spectre.Console;

namespace PolicySearch.Cli.Output;

/// <summary>A live progress bar for an import: documents, docs/s, MB/s and ETA.</summary>
internal static class ImportProgressView
{
    public static async Task<ImportSummary> RunAsync(IAnsiConsole console, Func<IProgress<ImportProgress>, Task<ImportSummary>> import)
    {
        ImportSummary? summary = null;
        await console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Importing", maxValue: 1000);
                summary = await import(new SynchronousProgress(snapshot => Update(task, snapshot)));
                task.Value = task.MaxValue;
                task.StopTask();
            });
        return summary!;
    }

    public static string Describe(ImportProgress snapshot)
    {
        var remaining = snapshot.Compacting ? " · merging segments for faster search"
            : snapshot.Remaining is { } eta ? $" · ETA {eta:hh\\:mm\\:ss}" : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{snapshot.Documents:N0} docs · {snapshot.DocumentsPerSecond:N0} docs/s · {snapshot.MegabytesPerSecond:F1} MB/s{remaining}");
    }

    private static void Update(ProgressTask task, ImportProgress snapshot)
    {
        task.Description = Markup.Escape(Describe(snapshot));
        task.Value = snapshot.Fraction * task.MaxValue;
    }

    /// <summary>Reports on the caller's thread: Progress&lt;T&gt; would post to the thread pool and could update after the bar stops.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
