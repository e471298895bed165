using System.Text;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Analysis;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// Builds a snippet from stored text by locating the query's terms in the folded text (folding is 1:1, so positions
/// carry over to the original): the window of text, and the spans of it that match. It writes no markup.
/// </summary>
internal static class SnippetBuilder
{
    public const int DefaultLength = 160;
    private const int LeadingContext = 24;
    private const int MaxOccurrencesPerTerm = 500;

    public static Snippet Build(string text, IReadOnlyList<string> foldedTerms, int length = DefaultLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Build(text, SearchFolding.Fold(text), foldedTerms, length);
    }

    /// <param name="folded"><paramref name="text"/> already folded, when the caller has it.</param>
    public static Snippet Build(string text, string folded, IReadOnlyList<string> foldedTerms, int length = DefaultLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(folded);
        var marks = FindMarks(folded, foldedTerms);
        var start = marks.Count == 0 ? 0 : WindowStart(text, marks, foldedTerms.Count, length);
        // Near the end of the text, show a full window rather than a short tail.
        start = Math.Max(0, Math.Min(start, text.Length - length));
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        start = MarkStartAround(marks, start);
        var end = Math.Min(text.Length, start + length);
        if (end < text.Length && end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        if (MarkStartAround(marks, end) is var cut && cut > start)
        {
            end = cut;
        }

        var shown = new StringBuilder(length + 2);
        var highlights = new List<TextSpan>();
        if (start > 0)
        {
            shown.Append('…');
        }

        var position = start;
        foreach (var (markStart, markEnd, _) in marks)
        {
            if (markEnd <= start || markStart >= end)
            {
                continue;
            }

            var from = Math.Max(markStart, start);
            var to = Math.Min(markEnd, end);
            AppendCollapsed(shown, text, position, from);
            var highlightStart = shown.Length;
            AppendCollapsed(shown, text, from, to);
            highlights.Add(new TextSpan(highlightStart, shown.Length - highlightStart));
            position = to;
        }

        AppendCollapsed(shown, text, position, end);
        if (end < text.Length)
        {
            shown.Append('…');
        }

        return Trimmed(shown.ToString(), highlights);
    }

    /// <summary>The text without whitespace at either end, its highlights moved with it (and dropped where nothing is left of them).</summary>
    private static Snippet Trimmed(string text, List<TextSpan> highlights)
    {
        var trimmed = text.Trim();
        var lead = text.Length - text.TrimStart().Length;
        var spans = highlights
            .Select(span => (Start: Math.Max(0, span.Start - lead), End: Math.Min(trimmed.Length, span.End - lead)))
            .Where(span => span.End > span.Start)
            .Select(span => new TextSpan(span.Start, span.End - span.Start))
            .ToList();
        return new Snippet(trimmed, spans);
    }

    /// <summary>Non-overlapping matches, in text order; longer terms win where matches overlap.</summary>
    private static List<(int Start, int End, int Term)> FindMarks(string folded, IReadOnlyList<string> terms)
    {
        var found = new List<(int Start, int End, int Term)>();
        for (var t = 0; t < terms.Count; t++)
        {
            var term = terms[t];
            if (term.Length == 0)
            {
                continue;
            }

            var count = 0;
            for (var at = folded.IndexOf(term, StringComparison.Ordinal);
                 at >= 0 && count < MaxOccurrencesPerTerm;
                 at = folded.IndexOf(term, at + term.Length, StringComparison.Ordinal), count++)
            {
                found.Add((at, at + term.Length, t));
            }
        }

        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (b.End - b.Start).CompareTo(a.End - a.Start));
        var marks = new List<(int Start, int End, int Term)>(found.Count);
        foreach (var mark in found)
        {
            if (marks.Count > 0 && mark.Start < marks[^1].End)
            {
                continue;
            }

            marks.Add(mark);
        }

        return marks;
    }

    /// <summary>
    /// The start of the mark a window edge falls inside, else the edge: the window shows a term whole or not
    /// at all, since a cut one reads as a shorter term marked on its own (…&lt;mark&gt;境&lt;/mark&gt; of 营商环境).
    /// </summary>
    private static int MarkStartAround(List<(int Start, int End, int Term)> marks, int edge)
    {
        foreach (var (start, end, _) in marks)
        {
            if (start >= edge)
            {
                break;
            }

            if (edge < end)
            {
                return start;
            }
        }

        return edge;
    }

    /// <summary>Starts the window where it covers the most distinct terms, a little before the first of them.</summary>
    private static int WindowStart(string text, List<(int Start, int End, int Term)> marks, int termCount, int length)
    {
        var bestStart = marks[0].Start;
        var bestScore = -1.0;
        var seen = new bool[termCount];
        var candidates = Math.Min(marks.Count, 200);
        for (var i = 0; i < candidates; i++)
        {
            Array.Clear(seen);
            var distinct = 0;
            var total = 0;
            for (var j = i; j < marks.Count && marks[j].End <= marks[i].Start + length - LeadingContext; j++)
            {
                total++;
                if (!seen[marks[j].Term])
                {
                    seen[marks[j].Term] = true;
                    distinct++;
                }
            }

            var score = distinct + (0.01 * total);
            if (score > bestScore)
            {
                bestScore = score;
                bestStart = marks[i].Start;
            }
        }

        return SentenceStartBefore(text, bestStart);
    }

    private static int SentenceStartBefore(string text, int matchStart)
    {
        var limit = Math.Max(0, matchStart - LeadingContext);
        for (var i = matchStart - 1; i >= limit; i--)
        {
            if (text[i] is '。' or '！' or '？' or '；' or '\n' or '.' or '!' or '?')
            {
                return i + 1;
            }
        }

        return limit;
    }

    /// <summary>Appends text[from..to] with runs of whitespace and markdown heading marks shown as one space.</summary>
    private static void AppendCollapsed(StringBuilder shown, string text, int from, int to)
    {
        var lastWasSpace = shown.Length > 0 && shown[^1] == ' ';
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            var isSpace = char.IsWhiteSpace(c) || (c == '#' && (i == 0 || text[i - 1] is '\n' or '#'));
            if (isSpace)
            {
                if (!lastWasSpace)
                {
                    shown.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            shown.Append(c);
            lastWasSpace = false;
        }
    }
}
