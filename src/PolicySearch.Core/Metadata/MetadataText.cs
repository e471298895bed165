using System.Text;

namespace PolicySearch.Core.Metadata;

/// <summary>Whitespace and width normalization for short metadata values (issuer, category, topic, source).</summary>
public static class MetadataText
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;

    /// <summary>
    /// Folds full-width ASCII forms to ASCII, turns every Unicode whitespace (U+3000, NBSP, …) into a space,
    /// collapses runs of whitespace, drops zero-width characters and trims. Returns null when nothing is left.
    /// </summary>
    public static string? Clean(string? text) => Collapse(text, foldWidth: true);

    /// <summary>
    /// Keeps the characters a page shows (full-width brackets and digits, the ideographic space inside a value) and
    /// only tidies layout: zero-width characters dropped, every other run of whitespace made one space, ends trimmed
    /// (U+3000 included). For displayed values such as titles and topics; matching keys use <see cref="Clean"/>.
    /// Returns null when nothing is left.
    /// </summary>
    public static string? Tidy(string? text) => Collapse(text, foldWidth: false);

    /// <summary>Drops zero-width characters, makes each run of whitespace but U+3000 one space and trims the ends; folds width when asked.</summary>
    private static string? Collapse(string? text, bool foldWidth)
    {
        if (text is null)
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            if (IsZeroWidth(raw))
            {
                continue;
            }

            var c = foldWidth ? FoldWidth(raw) : raw;
            if (c != '\u3000' && char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        var collapsed = builder.ToString().Trim(' ', '\u3000');
        return collapsed.Length == 0 ? null : collapsed;
    }

    /// <summary>Maps a full-width ASCII form (U+FF01–U+FF5E) and the ideographic space to ASCII; other characters are returned unchanged.</summary>
    public static char FoldWidth(char c)
    {
        if (c is >= FullWidthFirst and <= FullWidthLast)
        {
            return (char)(c - FullWidthOffset);
        }

        return c == '\u3000' ? ' ' : c;
    }

    /// <summary>
    /// Folds width and removes whitespace and zero-width characters altogether; used for identifiers
    /// (文号, 索引号, dates) in which spacing carries no meaning.
    /// </summary>
    internal static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = FoldWidth(raw);
            if (!char.IsWhiteSpace(c) && !IsZeroWidth(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // ZERO WIDTH SPACE / (NON-)JOINER and the BOM are not whitespace to char.IsWhiteSpace but show up in copied text.
    private static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
}
