using PolicySearch.Core.Search;
using Spectre.Console;

namespace PolicySearch.Cli.Output;

/// <summary>How a question was read, as the page shows it: words searched, words ignored, the formal term, and how to search literally.</summary>
internal static class UnderstandingView
{
    public static void Write(IAnsiConsole console, QueryUnderstanding understanding)
    {
        var words = understanding.Searched.Select(word =>
            understanding.Mapped.FirstOrDefault(entry => entry.Everyday == word) is { } mapped
                ? $"{Markup.Escape(word)}（{Markup.Escape(mapped.Terms[0])}）"
                : Markup.Escape(word));
        var searched = understanding.Searched.Count > 0 ? $"按 {string.Join(' ', words)} 检索" : string.Empty;
        var separator = searched.Length > 0 && understanding.Ignored.Count > 0 ? "；" : string.Empty;
        var ignored = understanding.Ignored.Count > 0 ? $"已忽略：{Markup.Escape(string.Join(' ', understanding.Ignored))}" : string.Empty;
        console.MarkupLine($"[cyan]{searched}{separator}{ignored}[/]");
        if (understanding.Suggestion is { } suggestion)
        {
            console.MarkupLine($"[cyan]您是不是要找：{Markup.Escape(suggestion)}[/]");
        }

        console.MarkupLine("[grey]--literal searches the words exactly as typed.[/]");
    }
}
