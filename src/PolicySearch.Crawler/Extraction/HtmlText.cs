using System.Text;
using AngleSharp.Dom;

namespace PolicySearch.Crawler.Extraction;

/// <summary>
/// Text of an element with block boundaries kept as newlines (AngleSharp's TextContent drops them): one line per
/// paragraph, list item, row and &lt;br&gt;; scripts and styles skipped; blank lines dropped.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "blockquote", "pre", "form",
        "center", "address", "figure", "figcaption", "hr", "title", "ucapcontent",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "select", "option", "svg", "button", "textarea",
    };

    /// <summary>The line <see cref="Lines"/> gives for a table cell or dd with no text, so a label's empty value stays empty.</summary>
    public const string EmptyCell = "\uE000";

    /// <param name="cellsOnOwnLine">True puts every table cell on its own line (label scanning); false joins a row's cells with spaces.</param>
    public static string Of(INode? node, bool cellsOnOwnLine = false) => Of(node, cellsOnOwnLine, markEmptyCells: false);

    /// <summary>The lines of the node's text; with <paramref name="markEmptyCells"/>, an empty td, th or dd is an <see cref="EmptyCell"/> line.</summary>
    public static IReadOnlyList<string> Lines(INode? node, bool cellsOnOwnLine = true, bool markEmptyCells = false) =>
        Of(node, cellsOnOwnLine, markEmptyCells).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static string Of(INode? node, bool cellsOnOwnLine, bool markEmptyCells)
    {
        if (node is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        Walk(node, builder, cellsOnOwnLine, markEmptyCells);
        return Tidy(builder);
    }

    private static void Walk(INode node, StringBuilder builder, bool cellsOnOwnLine, bool markEmptyCells)
    {
        if (node is IText text)
        {
            AppendCollapsed(builder, text.Data);
            return;
        }

        if (node is IComment)
        {
            return;
        }

        var element = node as IElement;
        var name = element?.LocalName ?? string.Empty;
        if (Skipped.Contains(name))
        {
            return;
        }

        if (name == "br")
        {
            builder.Append('\n');
            return;
        }

        var isCell = name is "td" or "th";
        var boundary = Blocks.Contains(name) || (isCell && cellsOnOwnLine) ? "\n" : isCell ? " " : null;
        builder.Append(boundary);
        var start = builder.Length;
        foreach (var child in node.ChildNodes)
        {
            Walk(child, builder, cellsOnOwnLine, markEmptyCells);
        }

        if (markEmptyCells && (isCell || name == "dd") && IsBlank(builder, start))
        {
            builder.Append("\n" + EmptyCell + "\n");
        }

        builder.Append(boundary);
    }

    private static bool IsBlank(StringBuilder builder, int start)
    {
        for (var i = start; i < builder.Length; i++)
        {
            if (!char.IsWhiteSpace(builder[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendCollapsed(StringBuilder builder, string data)
    {
        var pendingSpace = false;
        foreach (var c in data)
        {
            if (c is ' ' or '\t' or '\r' or '\n' or '\f' or '\u00A0')
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        if (pendingSpace)
        {
            builder.Append(' ');
        }
    }

    private static string Tidy(StringBuilder builder)
    {
        var lines = builder.ToString().Split('\n')
            .Select(line => line.Trim(' ', '\u3000', '\u00A0', '\t'))
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }
}
