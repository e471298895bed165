using System.ComponentModel;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

public sealed class ReextractSettings : IndexCommandSettings
{
    [CommandArgument(0, "<SITE>")]
    [Description("Site file, or a site name looked up in the configured folder.")]
    public string Site { get; init; } = string.Empty;
}
