using System.Globalization;
using PolicySearch.Core.Metadata;
using PolicySearch.Core.Search;
using Spectre.Console;

namespace PolicySearch.Cli.Output;

/// <summary>Search results for the terminal: rank, title, metadata line, snippet with matches highlighted.</summary>
internal static class SearchResultView
{
    public static void Write(IAnsiConsole console, SearchResults results, bool showFacets = false)
    {
        var first = ((results.Page - 1) * results.Size) + 1;
        console.MarkupLine(string.Create(
            CultureInfo.InvariantCulture,
            $"[grey]{results.Total:N0} results for[/] {Markup.Escape(results.Query)} [grey]({results.TookMs:F1} ms), page {results.Page}[/]"));
        if (results.Understanding is { } understanding)
        {
            UnderstandingView.Write(console, understanding);
        }

        if (results.Notice is { } notice)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(notice)}[/]");
        }

        if (results.Explanation is { } explanation)
        {
            ExplanationView.Write(console, explanation);
        }

        if (showFacets)
        {
            FacetView.Write(console, results.Facets);
        }

        if (results.Hits.Count == 0)
        {
            console.MarkupLine("[yellow]No documents match. Try fewer or shorter words, or remove quotation marks.[/]");
            return;
        }

        for (var i = 0; i < results.Hits.Count; i++)
        {
            var hit = results.Hits[i];
            console.WriteLine();
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[bold]{first + i}. {Markup.Escape(hit.Title)}[/]  [grey]{hit.Score:F2}[/]"));
            console.MarkupLine($"   [grey]{Markup.Escape(MetadataLine(hit))}[/]");
            console.MarkupLine($"   {SnippetMarkup(hit.Snippet)}");
        }
    }

    private static string MetadataLine(SearchHit hit)
    {
        var parts = new string?[]
        {
            hit.Issuer,
            hit.DocumentNumber,
            hit.PublishedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ValidityParser.Label(hit.Validity),
            hit.Category,
            hit.Id,
        };
        return string.Join(" · ", parts.Where(part => !string.IsNullOrEmpty(part)));
    }

    /// <summary>The snippet's matches highlighted (plain text when the output is redirected: the console then has no colours).</summary>
    private static string SnippetMarkup(Snippet snippet) => string.Concat(snippet.Segments().Select(segment =>
        segment.IsHighlight ? $"[black on yellow]{Markup.Escape(segment.Text)}[/]" : Markup.Escape(segment.Text)));
}
