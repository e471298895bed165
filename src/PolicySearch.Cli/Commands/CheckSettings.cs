using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

public sealed class CheckSettings : IndexCommandSettings
{
    [CommandOption("--fix")]
    [Description("Drop broken segments, losing their documents. Refused while a writer holds the index.")]
    public bool Fix { get; init; }

    [CommandOption("--yes")]
    [Description("With --fix: do not ask for confirmation (for scripts).")]
    public bool Yes { get; init; }

    [CommandOption("--json")]
    [Description("Print the report as JSON.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() => Yes && !Fix
        ? ValidationResult.Error("--yes only makes sense with --fix.")
        : ValidationResult.Success();
}
