using System.ComponentModel;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

public sealed class StatsSettings : IndexCommandSettings
{
    [CommandOption("--json")]
    [Description("Print the statistics as JSON.")]
    public bool Json { get; init; }
}
