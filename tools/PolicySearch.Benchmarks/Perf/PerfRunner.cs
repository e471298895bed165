using System.Diagnostics;
using Microsoft.Extensions.Logging;
using PolicySearch.Core.Import;
using PolicySearch.Benchmarks.Commands;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Benchmarks.InProcess;
using Spectre.Console;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>Runs the selected sections of `perf` in order and fills the report.</summary>
internal sealed partial class PerfRunner
{
    private readonly CliEnvironment _environment;
    private readonly PerfSettings _settings;
    private readonly PerfSections _sections;
    private readonly PerfWork _work;
    private readonly IReadOnlyList<string> _files;
    private readonly ILogger<PerfRunner> _logger;

    public PerfRunner(CliEnvironment environment, PerfSettings settings, PerfWork work)
    {
        _environment = environment;
        _settings = settings;
        _sections = settings.SelectedSections;
        _work = work;
        _files = settings.CorpusFiles();
        _logger = environment.Loggers.CreateLogger<PerfRunner>();
    }

    public async Task<PerfReport> RunAsync(CancellationToken cancellationToken)
    {
        var report = new PerfReport
        {
            Corpus = string.Join(", ", _files),
            Machine = MachineDescription(),
            Sections = PerfSectionParser.Describe(_sections),
            LoadAverageAtStart = LoadAverage.Read(),
        };
        var sections = string.Join(",", report.Sections);
        LogStarted(_logger, sections, report.Corpus, report.LoadAverageAtStart);
        if (Has(PerfSections.Analysis))
        {
            await Section("analysis", () => AnalysisAsync(report, cancellationToken));
        }

        string? index = null;
        if (Has(PerfSections.Import))
        {
            await Section("import", async () =>
            {
                foreach (var threads in InProcessSearch.ThreadCounts)
                {
                    index = _work.Combine($"index-{threads}");
                    var import = await ImportRun.RunAsync(_files, index, threads, _work, cancellationToken);
                    report.Imports.Add(import);
                    report.Documents = (int)import.Documents;
                }
            });
        }

        index ??= _settings.IndexPath is { } given ? Path.GetFullPath(given) : null;
        if (index is null && (_sections & (PerfSections.Search | PerfSections.Startup | PerfSections.Http)) != 0)
        {
            // Those sections need an index of the corpus; built as the import section would, but not reported.
            index = _work.Combine("index");
            await Section("index for search", async () => report.Documents = (int)(await ImportRun.RunAsync(_files, index, 2, _work, cancellationToken)).Documents);
        }

        if (Has(PerfSections.Search) || Has(PerfSections.Startup))
        {
            await Section("start-up and search in process", () => SearchAsync(report, index!));
        }

        if (Has(PerfSections.Http))
        {
            await Section("http", () => HttpAsync(report, index!, cancellationToken));
        }

        if (Has(PerfSections.Crawl))
        {
            await Section("crawl", () => CrawlAsync(report, cancellationToken));
        }

        if (Has(PerfSections.Scale))
        {
            await Section($"scale ×{_settings.ScaleFactor}", async () => report.Scale = await ScaleBenchmark.RunAsync(
                _environment, _files, _settings.ScaleFactor, _settings.Rounds, Has(PerfSections.Http), _work, cancellationToken));
        }

        using (var self = Process.GetCurrentProcess())
        {
            report.PeakWorkingSetMB = Math.Round(self.PeakWorkingSet64 / 1_048_576.0, 1);
        }

        report.LoadAverageAtEnd = LoadAverage.Read();
        return report;
    }

    private bool Has(PerfSections section) => _sections.HasFlag(section);

    private async Task Section(string name, Func<Task> run)
    {
        AnsiConsole.MarkupLine($"[grey]{Markup.Escape(name)}…[/]");
        var started = Stopwatch.GetTimestamp();
        await run();
        var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogSectionDone(_logger, name, elapsedMs);
    }

    private async Task AnalysisAsync(PerfReport report, CancellationToken cancellationToken)
    {
        var documents = await ArchiveDocuments.LoadAsync(_files, cancellationToken);
        var texts = documents.Select(document => document.Title + "\n" + document.Body).ToList();
        report.Documents = documents.Count;
        foreach (var threads in InProcessSearch.ThreadCounts)
        {
            report.Analysis.Add(AnalysisBenchmark.Run(texts, threads));
        }
    }

    private Task SearchAsync(PerfReport report, string index)
    {
        bool[] snippetModes = Has(PerfSections.Search) ? [true, false] : [];
        var (startupMs, searches, cpu) = InProcessSearch.Run(_environment, index, _settings.Rounds, snippetModes);
        report.StartupToFirstSearchMs = Has(PerfSections.Startup) ? startupMs : null;
        report.Searches.AddRange(searches);
        report.SearchCpu.AddRange(cpu);
        return Task.CompletedTask;
    }

    private async Task HttpAsync(PerfReport report, string index, CancellationToken cancellationToken)
    {
        if (WrkLocator.Find() is not { } wrk)
        {
            report.HttpSkipped = WrkLocator.Missing;
            AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(WrkLocator.Missing)}[/]");
            using var serve = await ServeProcess.StartAsync(index, outputCache: false, _work, cancellationToken);
            (report.ServeStartupToFirstSearchMs, report.ServeStartupToReadyMs) = (serve.StartupToFirstSearchMs, serve.StartupToReadyMs);
            return;
        }

        var load = new HttpLoad(_settings.HttpConnections, _settings.HttpThreads, _settings.HttpSeconds);
        foreach (var cache in _settings.HttpCache ? new[] { false, true } : [false])
        {
            report.Http.Add(await HttpBenchmark.RunAsync(wrk, index, load, cache, _work, cancellationToken));
        }

        (report.ServeStartupToFirstSearchMs, report.ServeStartupToReadyMs) = (report.Http[0].StartupToFirstSearchMs, report.Http[0].StartupToReadyMs);
    }

    private async Task CrawlAsync(PerfReport report, CancellationToken cancellationToken)
    {
        report.CrawlSkipped = CrawlBenchmark.Unavailable();
        if (report.CrawlSkipped is null)
        {
            report.Crawl = await CrawlBenchmark.RunAsync(_environment, _work, cancellationToken);
        }
        else
        {
            AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(report.CrawlSkipped)}[/]");
        }
    }

    private static string MachineDescription() =>
        $"{Environment.ProcessorCount} cores, {Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1_073_741_824.0)} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Perf run started: sections {Sections} on {Corpus}, load average {LoadAverage}")]
    private static partial void LogStarted(ILogger logger, string sections, string corpus, string? loadAverage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Perf section {Section} done in {ElapsedMs:F0} ms")]
    private static partial void LogSectionDone(ILogger logger, string section, double elapsedMs);
}
