using System.ComponentModel;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

public sealed class RestoreSettings : IndexCommandSettings
{
    [CommandArgument(0, "<BACKUP_DIR>")]
    [Description("A directory written by 'policysearch backup'.")]
    public string Backup { get; init; } = string.Empty;

    [CommandOption("--force")]
    [Description("Replace the index already in the target directory.")]
    public bool Force { get; init; }
}
