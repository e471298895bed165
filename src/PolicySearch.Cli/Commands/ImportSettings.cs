using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

public sealed class ImportSettings : IndexCommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("JSON Lines archives, plain or gzip-compressed.")]
    public string[] Files { get; init; } = [];

    [CommandOption("--threads <N>")]
    [Description("Indexing threads (default: one per core).")]
    public int? Threads { get; init; }

    [CommandOption("--json")]
    [Description("Print the summary as JSON (documents, bytes, elapsed, docs/s, MB/s, peak working set) instead of the progress bar and table.")]
    public bool Json { get; init; }

    public override ValidationResult Validate()
    {
        var missing = Files.FirstOrDefault(file => !File.Exists(file));
        if (missing is not null)
        {
            return ValidationResult.Error($"The file '{missing}' does not exist.");
        }

        return Threads is < 1 or > 64
            ? ValidationResult.Error($"--threads must be between 1 and 64; it was {Threads}.")
            : ValidationResult.Success();
    }
}
