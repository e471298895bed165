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

    /// <param name="cellsOnOwnLine">True puts every table cell on its own line (label scanning); false joins a row's cells with spaces.</param>
    public static string Of(INode? node, bool cellsOnOwnLine = false)
    {
        if (node is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        Walk(node, builder, cellsOnOwnLine);
        return Tidy(builder);
    }

    public static IReadOnlyList<string> Lines(INode? node, bool cellsOnOwnLine = true) =>
        Of(node, cellsOnOwnLine).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static void Walk(INode node, StringBuilder builder, bool cellsOnOwnLine)
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
        foreach (var child in node.ChildNodes)
        {
            Walk(child, builder, cellsOnOwnLine);
        }

        builder.Append(boundary);
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
