using System.ComponentModel;
using PolicySearch.Benchmarks.Perf;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Benchmarks.Commands;

public sealed class PerfSettings : CommandSettings
{
    [CommandOption("--corpus <PATH>")]
    [Description("A folder of *.jsonl(.gz) archives, or one archive (default: samples).")]
    [DefaultValue("samples")]
    public string Corpus { get; init; } = "samples";

    [CommandOption("--sections <LIST>")]
    [Description("Sections to run, separated by commas: analysis, import, search, http, startup, crawl, scale, or all (default: all but scale; --scale adds it).")]
    public string? Sections { get; init; }

    [CommandOption("--rounds <N>")]
    [Description("Rounds of the query mix per thread in the search benchmark (default 5).")]
    [DefaultValue(5)]
    public int Rounds { get; init; } = 5;

    [CommandOption("--scale <N>")]
    [Description("The scale section writes the corpus N times over (ids made unique) and imports, starts and searches it beside 1× (default 10; giving it selects the section).")]
    public int? Scale { get; init; }

    [CommandOption("--http-seconds <N>")]
    [Description("How long wrk loads the server in the http section (default 60).")]
    [DefaultValue(60)]
    public int HttpSeconds { get; init; } = 60;

    [CommandOption("--http-connections <N>")]
    [Description("Connections wrk keeps open (default 8).")]
    [DefaultValue(8)]
    public int HttpConnections { get; init; } = 8;

    [CommandOption("--http-threads <N>")]
    [Description("wrk threads (default 2).")]
    [DefaultValue(2)]
    public int HttpThreads { get; init; } = 2;

    [CommandOption("--http-cache")]
    [Description("Also load a server with the output cache on (the first run always has it off, so it measures search).")]
    public bool HttpCache { get; init; }

    [CommandOption("--index <DIR>")]
    [Description("An existing index of the corpus for the search, http and startup sections when import is not selected (default: build one in the work folder).")]
    public string? IndexPath { get; init; }

    [CommandOption("--work <DIR>")]
    [Description("Where the benchmark indexes are built (default: a new folder under the system temp folder; removed afterwards).")]
    public string? WorkDirectory { get; init; }

    [CommandOption("--json <FILE>")]
    [Description("Also write the results as JSON to FILE.")]
    public string? JsonPath { get; init; }

    internal PerfSections SelectedSections => PerfSectionParser.Parse(Sections, Scale is not null).Sections;

    internal int ScaleFactor => Scale ?? 10;

    public override ValidationResult Validate()
    {
        if (!File.Exists(Corpus) && !Directory.Exists(Corpus))
        {
            return ValidationResult.Error($"--corpus: '{Corpus}' is neither a file nor a folder.");
        }

        if (CorpusFiles().Count == 0)
        {
            return ValidationResult.Error($"--corpus: '{Corpus}' holds no *.jsonl or *.jsonl.gz archive.");
        }

        var error = PerfSectionParser.Parse(Sections, Scale is not null).Error
            ?? (IndexPath is not null && !Directory.Exists(IndexPath) ? $"--index: '{IndexPath}' is not a folder." : null)
            ?? Range("--rounds", Rounds, 1, 1000)
            ?? Range("--scale", ScaleFactor, 2, 1000)
            ?? Range("--http-seconds", HttpSeconds, 1, 3600)
            ?? Range("--http-connections", HttpConnections, 1, 10_000)
            ?? Range("--http-threads", HttpThreads, 1, 64)
            ?? (HttpThreads > HttpConnections ? $"--http-threads ({HttpThreads}) may not exceed --http-connections ({HttpConnections})." : null);
        return error is null ? ValidationResult.Success() : ValidationResult.Error(error);
    }

    public IReadOnlyList<string> CorpusFiles() => File.Exists(Corpus)
        ? [Corpus]
        : Directory.EnumerateFiles(Corpus)
            .Where(file => file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string? Range(string option, int value, int min, int max) =>
        value < min || value > max ? $"{option} must be between {min} and {max}; it was {value}." : null;
}
