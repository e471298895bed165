using System.Globalization;
using PolicySearch.Core.Search;
using Spectre.Console;

namespace PolicySearch.Cli.Output;

internal static class FacetView
{
    public static void Write(IAnsiConsole console, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> facets)
    {
        foreach (var (field, values) in facets.Where(facet => facet.Value.Count > 0))
        {
            var counts = values.Select(value => string.Create(CultureInfo.InvariantCulture, $"{value.Value} ({value.Count})"));
            console.MarkupLine($"[grey]{Markup.Escape(field)}:[/] {Markup.Escape(string.Join(" · ", counts))}");
        }
    }
}
