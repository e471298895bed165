using System.Globalization;
using System.Text.Json;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Search;
using Spectre.Console;

namespace PolicySearch.Cli.Output;

/// <summary>One line per suggestion: titles with validity, date and id; issuers with their document count.</summary>
internal static class SuggestionView
{
    public static void Write(IAnsiConsole console, Suggestions suggestions)
    {
        if (suggestions.Items.Count == 0)
        {
            console.MarkupLine($"[grey]Nothing completes '{Markup.Escape(suggestions.Query)}'.[/]");
            return;
        }

        foreach (var suggestion in suggestions.Items)
        {
            console.MarkupLine(suggestion.Kind == SuggestionKind.Title ? TitleLine(suggestion) : IssuerLine(suggestion));
        }
    }

    private static string TitleLine(Suggestion title)
    {
        var date = title.PublishedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
        var validity = title.Validity is { } value and not Validity.Unknown ? $" · {JsonNamingPolicy.CamelCase.ConvertName(value.ToString())}" : string.Empty;
        return $"{Markup.Escape(title.Text)} [grey]({Markup.Escape($"{date}{validity} · {title.Id}")})[/]";
    }

    private static string IssuerLine(Suggestion issuer) =>
        string.Create(CultureInfo.InvariantCulture, $"[blue]issuer[/] {Markup.Escape(issuer.Text)} [grey]({issuer.Count} documents)[/]");
}
