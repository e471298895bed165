using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Benchmarks.Commands;

public sealed class PerfCompareSettings : CommandSettings
{
    [CommandOption("--ours <FILE>")]
    [Description("JSON written by `perf --json FILE`.")]
    public string? OursPath { get; init; }

    [CommandOption("--java <FILE>")]
    [Description("JSON written by the Java reference: tools/perf/java-reference/run.sh CORPUS --json FILE.")]
    public string? JavaPath { get; init; }

    public override ValidationResult Validate()
    {
        var error = Missing("--ours", OursPath) ?? Missing("--java", JavaPath);
        return error is null ? ValidationResult.Success() : ValidationResult.Error(error);
    }

    private static string? Missing(string option, string? path) => path switch
    {
        null => $"{option}: name the JSON file.",
        _ when !File.Exists(path) => $"{option}: '{path}' does not exist.",
        _ => null,
    };
}
