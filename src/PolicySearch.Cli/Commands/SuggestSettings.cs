using System.ComponentModel;
using PolicySearch.Core.Search;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

public sealed class SuggestSettings : IndexCommandSettings
{
    [CommandArgument(0, "<PREFIX>")]
    [Description("What the user has typed so far (1 to 100 characters): the start of a title, with or without 中华人民共和国 / 国务院关于 / 关于, or of an issuer.")]
    public string Prefix { get; init; } = string.Empty;

    [CommandOption("--size <N>")]
    [Description("Suggestions wanted, 1 to 20 (default 8).")]
    [DefaultValue(Suggestions.DefaultSize)]
    public int Size { get; init; } = Suggestions.DefaultSize;

    [CommandOption("--json")]
    [Description("Print the same JSON as GET /api/suggest.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() => Size is < 1 or > Suggestions.MaxSize
        ? ValidationResult.Error($"--size must be between 1 and {Suggestions.MaxSize}; it was {Size}.")
        : ValidationResult.Success();
}
