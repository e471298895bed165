using PolicySearch.Core.Search;
using Spectre.Console;

namespace PolicySearch.Cli.Output;

internal static class ExplanationView
{
    public static void Write(IAnsiConsole console, QueryExplanation explanation)
    {
        foreach (var clause in explanation.Clauses)
        {
            var field = clause.Field is null ? "title or body" : clause.Field;
            console.MarkupLine(Markup.Escape($"  {clause.Occur} {clause.Kind} in {field}: {string.Join(" | ", clause.Words)}"));
        }

        foreach (var filter in explanation.Filters)
        {
            console.MarkupLine(Markup.Escape($"  filter: {filter}"));
        }

        console.MarkupLine($"  [grey]{Markup.Escape(explanation.EngineQuery)}[/]");
    }
}
