using System.ComponentModel;
using PolicySearch.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Benchmarks.Commands;

public sealed class BenchSettings : IndexCommandSettings
{
    [CommandArgument(0, "<ARCHIVE>")]
    [Description("JSON Lines archives the index was built from; known-item queries are derived from them.")]
    public string[] Archives { get; init; } = [];

    [CommandOption("--per-kind <N>")]
    [Description("Queries per kind (title, short title, partial title, traditional title, 文号, quoted and plain phrase). Default 60.")]
    [DefaultValue(60)]
    public int PerKind { get; init; } = 60;

    [CommandOption("--seed <N>")]
    [Description("Seed for choosing documents and passages (default 20261125).")]
    [DefaultValue(20261125)]
    public int Seed { get; init; } = 20261125;

    [CommandOption("--misses")]
    [Description("List every query whose document did not rank first.")]
    public bool ShowMisses { get; init; }

    [CommandOption("--json <FILE>")]
    [Description("Also write the results as JSON to FILE.")]
    public string? JsonPath { get; init; }

    public override ValidationResult Validate()
    {
        var missing = Archives.FirstOrDefault(file => !File.Exists(file));
        if (missing is not null)
        {
            return ValidationResult.Error($"The file '{missing}' does not exist.");
        }

        return PerKind is < 1 or > 10_000
            ? ValidationResult.Error($"--per-kind must be between 1 and 10000; it was {PerKind}.")
            : ValidationResult.Success();
    }
}
