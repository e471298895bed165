using System.ComponentModel;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

/// <summary>The option every command takes.</summary>
public class IndexCommandSettings : CommandSettings
{
    [CommandOption("--index <DIR>")]
    [Description("Index directory (default: ./index, or Index:Path in configuration).")]
    public string? IndexPath { get; init; }
}
