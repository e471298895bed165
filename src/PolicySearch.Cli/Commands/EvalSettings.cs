using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

public sealed class EvalSettings : IndexCommandSettings
{
    [CommandArgument(0, "[JUDGMENTS]")]
    [Description("Judgments file: kind<TAB>query<TAB>docId<TAB>grade (0-3) per line; # starts a comment. See docs/relevance.md.")]
    public string? JudgmentsPath { get; init; }

    [CommandOption("--json <FILE>")]
    [Description("Also write the scores and every query's outcome as JSON to FILE.")]
    public string? JsonPath { get; init; }

    [CommandOption("--per-query")]
    [Description("Print one line per query: kind, reciprocal rank, nDCG@10, first relevant rank, query.")]
    public bool PerQuery { get; init; }

    [CommandOption("--generate-known-items <ARCHIVE>")]
    [Description("Instead of evaluating, print known-item judgment lines derived from ARCHIVE (seeded, reproducible).")]
    public string? GenerateFrom { get; init; }

    [CommandOption("--per-kind <N>")]
    [Description("With --generate-known-items: queries per kind (default 20).")]
    [DefaultValue(20)]
    public int PerKind { get; init; } = 20;

    [CommandOption("--seed <N>")]
    [Description("With --generate-known-items: seed for choosing documents and passages (default 20261125).")]
    [DefaultValue(20261125)]
    public int Seed { get; init; } = 20261125;

    public override ValidationResult Validate()
    {
        if ((JudgmentsPath is null) == (GenerateFrom is null))
        {
            return ValidationResult.Error("Give either a JUDGMENTS file to evaluate or --generate-known-items ARCHIVE, not both or neither.");
        }

        if (GenerateFrom is not null && !File.Exists(GenerateFrom))
        {
            return ValidationResult.Error($"The file '{GenerateFrom}' does not exist.");
        }

        return PerKind is < 1 or > 10_000
            ? ValidationResult.Error($"--per-kind must be between 1 and 10000; it was {PerKind}.")
            : ValidationResult.Success();
    }
}
