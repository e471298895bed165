using System.ComponentModel;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

public sealed class BackupSettings : IndexCommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("A new or empty directory to receive the copy and its manifest.json.")]
    public string Target { get; init; } = string.Empty;
}
