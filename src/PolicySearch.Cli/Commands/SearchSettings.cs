using System.ComponentModel;
using PolicySearch.Core.Search;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

public sealed class SearchSettings : IndexCommandSettings
{
    [CommandArgument(0, "<QUERY>")]
    [Description("Words are ANDed; \"quoted phrases\" match exactly; -word excludes. A 文号 or exact title ranks its document first.")]
    public string[] QueryWords { get; init; } = [];

    [CommandOption("--top <N>")]
    [Description("Results per page, 1 to 100 (default 10).")]
    [DefaultValue(10)]
    public int Top { get; init; } = 10;

    [CommandOption("--page <N>")]
    [Description("Page of results, from 1 (default 1).")]
    [DefaultValue(1)]
    public int Page { get; init; } = 1;

    [CommandOption("--json")]
    [Description("Print the same JSON as GET /api/search.")]
    public bool Json { get; init; }

    public string Query => string.Join(' ', QueryWords);

    public override ValidationResult Validate()
    {
        if (Top is < 1 or > SearchRequest.MaxSize)
        {
            return ValidationResult.Error($"--top must be between 1 and {SearchRequest.MaxSize}; it was {Top}.");
        }

        return Page is < 1 or > SearchRequest.MaxPage
            ? ValidationResult.Error($"--page must be between 1 and {SearchRequest.MaxPage}; it was {Page}.")
            : ValidationResult.Success();
    }
}
