using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

public sealed class PerfSettings : CommandSettings
{
    [CommandOption("--corpus <PATH>")]
    [Description("A folder of *.jsonl(.gz) archives, or one archive (default: samples).")]
    [DefaultValue("samples")]
    public string Corpus { get; init; } = "samples";

    [CommandOption("--rounds <N>")]
    [Description("Rounds of the query mix per thread in the search benchmark (default 5).")]
    [DefaultValue(5)]
    public int Rounds { get; init; } = 5;

    [CommandOption("--work <DIR>")]
    [Description("Where the benchmark indexes are built (default: a new folder under the system temp folder; removed afterwards).")]
    public string? WorkDirectory { get; init; }

    [CommandOption("--json <FILE>")]
    [Description("Also write the results as JSON to FILE.")]
    public string? JsonPath { get; init; }

    public override ValidationResult Validate()
    {
        if (!File.Exists(Corpus) && !Directory.Exists(Corpus))
        {
            return ValidationResult.Error($"--corpus: '{Corpus}' is neither a file nor a folder.");
        }

        return Rounds is < 1 or > 1000 ? ValidationResult.Error($"--rounds must be between 1 and 1000; it was {Rounds}.") : ValidationResult.Success();
    }

    public IReadOnlyList<string> CorpusFiles() => File.Exists(Corpus)
        ? [Corpus]
        : Directory.EnumerateFiles(Corpus)
            .Where(file => file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
}
