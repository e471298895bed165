namespace PolicySearch.Crawler.Extraction;

/// <summary>
/// Estimates how deep a page nests its elements, in one pass over the text and before parsing: the
/// HTML5 tree builder checks the stack of open elements for every tag, so a page nested hundreds of
/// thousands of levels deep costs minutes of CPU. Void elements, elements whose end tag may be left
/// out (p, li, td …), end tags and script/style text are accounted for; the estimate errs high only on
/// pages that leave many other elements unclosed.
/// </summary>
public static class HtmlNesting
{
    /// <summary>Deeper than any real government page; the crawler refuses pages past it.</summary>
    public const int MaxDepth = 2_000;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p", "li", "option", "td", "th", "tr",
    };

    public static bool Exceeds(string html, int maxDepth = MaxDepth)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        for (var at = html.IndexOf('<', StringComparison.Ordinal); at >= 0 && at + 1 < html.Length; at = html.IndexOf('<', at + 1))
        {
            var closing = html[at + 1] == '/';
            var nameStart = closing ? at + 2 : at + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                continue;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                // Script and style text is not markup: "i<n" in a loop is no tag.
                var end = html.IndexOf("</" + name.ToString(), nameEnd, StringComparison.OrdinalIgnoreCase);
                at = end < 0 ? html.Length : end;
                continue;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!IsVoid(name) && !SelfClosed(html, nameEnd) && ++depth > maxDepth)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVoid(ReadOnlySpan<char> name) => VoidElements.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    private static bool SelfClosed(string html, int from)
    {
        var end = html.IndexOf('>', from);
        return end > 0 && html[end - 1] == '/';
    }
}
