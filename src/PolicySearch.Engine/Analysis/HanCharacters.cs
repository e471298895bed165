using System.Globalization;

namespace PolicySearch.Engine.Analysis;

/// <summary>
/// The characters <see cref="BigramTokenizer"/> handles without Lucene's StandardTokenizer, chosen so
/// that its output cannot differ: StandardTokenizer (UAX#29, Unicode 6.3) makes every Han ideograph a
/// token of its own, joined only by Extend/Format characters right after it, and nothing else can
/// continue into or out of one. Tests check each set against StandardTokenizer itself.
/// </summary>
internal static class HanCharacters
{
    /// <summary>
    /// Unified ideographs assigned in Unicode 6.3: Extension A, the basic block up to U+9FCC, and
    /// Extensions B, C and D. Compatibility ideographs and later additions take the stock path.
    /// </summary>
    public static bool IsIdeograph(int codePoint) =>
        codePoint is (>= 0x4E00 and <= 0x9FCC) or (>= 0x3400 and <= 0x4DB5)
            or (>= 0x20000 and <= 0x2A6D6) or (>= 0x2A700 and <= 0x2B734) or (>= 0x2B740 and <= 0x2B81D);

    /// <summary>
    /// True when the code point at <paramref name="index"/> cannot be absorbed into the token of the
    /// ideograph before it: not a mark, format or modifier character (over-cautious on purpose).
    /// </summary>
    public static bool CannotExtend(ReadOnlySpan<char> text, int index)
    {
        if (index >= text.Length)
        {
            return true;
        }

        var c = text[index];
        if (c < 0x300)
        {
            return c != '\u00AD'; // SOFT HYPHEN is Format
        }

        if (c is >= '\u4E00' and <= '\u9FCC')
        {
            return true;
        }

        // Spacing marks (Extend) in Unicode 6.3 that later versions, and so .NET, call letters.
        if (c is (>= '\u19B0' and <= '\u19C0') or '\u19C8' or '\u19C9' or '\u1CF2' or '\u1CF3')
        {
            return false;
        }

        var category = char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[index + 1]))
            : CharUnicodeInfo.GetUnicodeCategory(c);
        return category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.ModifierLetter);
    }

    /// <summary>
    /// White space and punctuation that StandardTokenizer neither indexes nor joins to a neighbour
    /// (unlike <c>. , : ; ' " _ ·</c> and the curly single quotes, which can sit inside a token).
    /// A stretch made only of these between two ideographs yields no token.
    /// </summary>
    public static bool IsSeparator(char c) => c switch
    {
        ' ' or '\t' or '\n' or '\r' or '\u3000' or '\u00A0' => true,
        '!' or '?' or '(' or ')' or '[' or ']' or '{' or '}' or '<' or '>' or '/' or '\\' or '|' or '-' or '+' or '='
            or '*' or '&' or '%' or '#' or '@' or '$' or '^' or '~' or '`' => true,
        >= '\u3001' and <= '\u3003' => true,   // 、。〃
        >= '\u3008' and <= '\u3011' => true,   // 〈〉《》「」『』【】
        >= '\u3014' and <= '\u301F' => true,   // 〔〕〖〗〘〙〚〛〜〝〞〟
        '\u2014' or '\u2015' or '\u2026' or '\u201C' or '\u201D' or '\u2030' or '\u203B' => true, // —―…“”‰※
        '\u00B0' or '\u00D7' or '\u00F7' or '\u00A7' => true, // °×÷§
        _ => false,
    };
}
