namespace PolicySearch.Core.Search;

/// <summary>
/// A passage of a hit's text around the query's matches, as plain text (runs of whitespace shown as one space, … where
/// the passage is cut) with the spans that match. It holds no markup: each host renders it (HTML with &lt;mark&gt; in
/// the API and the page, plain text in the Atom feed, colours in the terminal).
/// </summary>
/// <param name="Highlights">Matches in <paramref name="Text"/>, in order, never overlapping.</param>
public sealed record Snippet(string Text, IReadOnlyList<TextSpan> Highlights)
{
    /// <summary>No snippet: the request asked for none.</summary>
    public static Snippet Empty { get; } = new(string.Empty, []);

    /// <summary>The article (第十二条) the passage comes from, for laws and regulations; null otherwise.</summary>
    public string? Article { get; init; }

    /// <summary>The text in order, cut at the highlights: each piece once, with whether it is a match.</summary>
    public IEnumerable<(string Text, bool IsHighlight)> Segments()
    {
        var position = 0;
        foreach (var span in Highlights)
        {
            if (span.Start > position)
            {
                yield return (Text[position..span.Start], false);
            }

            yield return (Text.Substring(span.Start, span.Length), true);
            position = span.End;
        }

        if (position < Text.Length)
        {
            yield return (Text[position..], false);
        }
    }
}
