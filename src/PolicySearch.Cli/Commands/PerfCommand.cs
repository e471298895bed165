using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Cli.Output;
using PolicySearch.Core.Import;
using PolicySearch.Core.Search;
using PolicySearch.Core.Serialization;
using PolicySearch.Engine;
using PolicySearch.Engine.Benchmarking;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Searching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

/// <summary>
/// `policysearch perf --corpus DIR`: analysis throughput, import throughput and index size, start-up to
/// the first answered search, and search latency and QPS on 1 and 2 threads, with and without snippets.
/// </summary>
public sealed class PerfCommand : AsyncCommand<PerfSettings>
{
    private static readonly int[] ThreadCounts = [1, 2];

    public override async Task<int> ExecuteAsync(CommandContext context, PerfSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var environment = CliEnvironment.Create(null, consoleLogging: false);
        var files = settings.CorpusFiles();
        var work = settings.WorkDirectory ?? Path.Combine(Path.GetTempPath(), "policysearch-perf-" + Guid.NewGuid().ToString("N")[..8]);
        var report = new PerfReport { Corpus = string.Join(", ", files), Machine = MachineDescription() };
        try
        {
            var documents = await ArchiveDocuments.LoadAsync(files, cancellationToken);
            var texts = documents.Select(document => document.Title + "\n" + document.Body).ToList();
            report.Documents = documents.Count;
            foreach (var threads in ThreadCounts)
            {
                Status($"analysis, {threads} thread(s)");
                report.Analysis.Add(AnalysisBenchmark.Run(texts, threads));
            }

            string? lastIndex = null;
            foreach (var threads in ThreadCounts)
            {
                Status($"import, {threads} thread(s)");
                lastIndex = Path.Combine(work, $"index-{threads}");
                report.Imports.Add(await ImportAsync(environment, files, lastIndex, threads, cancellationToken));
            }

            Status("start-up and search");
            var options = new IndexOptions { Path = lastIndex!, RefreshInterval = TimeSpan.FromHours(1) };
            var clock = Stopwatch.StartNew();
            using var reader = PolicyIndexReader.Open(options, environment.Loggers.CreateLogger<PolicyIndexReader>(), environment.SearchOptions);
            reader.Search(new SearchRequest("行政复议"));
            report.StartupToFirstSearchMs = Math.Round(clock.Elapsed.TotalMilliseconds, 1);
            foreach (var withSnippets in new[] { true, false })
            {
                foreach (var threads in ThreadCounts)
                {
                    report.Searches.AddRange(SearchBenchmark.Run(reader, threads, settings.Rounds, withSnippets));
                }
            }

            report.PeakWorkingSetMB = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576.0, 1);
        }
        finally
        {
            if (settings.WorkDirectory is null && Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }

        PerfReportView.Write(AnsiConsole.Console, report);
        if (settings.JsonPath is { } jsonPath)
        {
            await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(report, PolicyJson.Indented), cancellationToken);
        }

        return ExitCodes.Success;
    }

    private static async Task<ImportResult> ImportAsync(CliEnvironment environment, IReadOnlyList<string> files, string path, int threads, CancellationToken cancellationToken)
    {
        var options = new IndexOptions { Path = path };
        ImportSummary summary;
        using (var writer = PolicyIndexWriter.Open(options, environment.Loggers.CreateLogger<PolicyIndexWriter>()))
        {
            var importer = new ArchiveImporter(writer, new ImportOptions { IndexingThreads = threads }, environment.Loggers.CreateLogger<ArchiveImporter>());
            summary = await importer.ImportAsync(files, cancellationToken: cancellationToken);
        }

        var size = new DirectoryInfo(path).EnumerateFiles().Sum(file => file.Length);
        return new ImportResult(threads, summary.Documents, summary.TextBytes, summary.Elapsed, summary.DocumentsPerSecond, summary.MegabytesPerSecond, Math.Round(size / 1_048_576.0, 1));
    }

    private static void Status(string step) => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(step)}…[/]");

    private static string MachineDescription() =>
        $"{Environment.ProcessorCount} cores, {Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1_073_741_824.0)} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
}
