using System.ComponentModel;
using PolicySearch.Engine.Evaluation;
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

    [CommandOption("--system <SYSTEM>")]
    [Description("Ranking to measure: engine (default; questions understood), literal (every query as typed), baseline (Lucene's stock setup: SmartCn words, BM25, all words optional).")]
    [DefaultValue(RankingSystem.Engine)]
    public RankingSystem System { get; init; } = RankingSystem.Engine;

    [CommandOption("--pool <QUERIES>")]
    [Description("Instead of evaluating, print the documents to judge for QUERIES (kind<TAB>query[<TAB>note] lines): the union of every system's top --depth, as kind<TAB>query<TAB>docId<TAB>systems<TAB>best rank.")]
    public string? PoolFrom { get; init; }

    [CommandOption("--depth <N>")]
    [Description("With --pool: results per system pooled (default 15).")]
    [DefaultValue(15)]
    public int Depth { get; init; } = 15;

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
        if (new[] { JudgmentsPath, GenerateFrom, PoolFrom }.Count(path => path is not null) != 1)
        {
            return ValidationResult.Error("Give one of: a JUDGMENTS file to evaluate, --pool QUERIES or --generate-known-items ARCHIVE.");
        }

        if (PoolFrom is not null && !File.Exists(PoolFrom))
        {
            return ValidationResult.Error($"The file '{PoolFrom}' does not exist.");
        }

        if (Depth is < 1 or > 100)
        {
            return ValidationResult.Error($"--depth must be between 1 and 100; it was {Depth}.");
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
