using PolicySearch.Core.Metadata;

namespace PolicySearch.Core.Citations;

/// <summary>
/// Finds titles in 《》. Brackets nest: in 《关于印发〈政府网站发展指引〉的通知》 the outer title runs to its own 》,
/// and the inner 〈…〉 (or 《…》, or the ASCII and full-width &lt;…&gt; some sources type) is reported too, after the outer one. A bracket that is not closed within
/// <see cref="MaxTitleLength"/> characters, is closed by the wrong kind, or meets the end of a sentence (。；！？)
/// starts no title. Line breaks inside a title (text extracted from PDF) are dropped.
/// </summary>
internal static class TitleScanner
{
    public const int MaxTitleLength = 120;

    /// <summary>Each title with the offset of its opening bracket, printed with 《》 around it.</summary>
    public static List<(int Position, string Title)> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(int Position, string Title)>();
        ScanRange(text, 0, text.Length, nested: false, found);
        return found;
    }

    private static void ScanRange(string text, int start, int end, bool nested, List<(int Position, string Title)> found)
    {
        var i = start;
        while (i < end)
        {
            if (IsOpening(text[i], nested) && FindClose(text, i, end) is { } close)
            {
                if (Clean(text[(i + 1)..close]) is { } title)
                {
                    found.Add((i, $"《{title}》"));
                }

                ScanRange(text, i + 1, close, nested: true, found);
                i = close + 1;
            }
            else
            {
                i++;
            }
        }
    }

    // 〈〉 and <> mark a title only inside another one; on their own they are used for other things.
    private static bool IsOpening(char c, bool nested) => c == '《' || (nested && IsNestedOpening(c));

    private static bool IsNestedOpening(char c) => c is '〈' or '<' or '＜';

    private static int? FindClose(string text, int open, int end)
    {
        var expected = new Stack<char>();
        expected.Push(CloserOf(text[open]));
        var last = Math.Min(end, open + MaxTitleLength + 2);
        for (var k = open + 1; k < last; k++)
        {
            var c = text[k];
            if (c == '《' || IsNestedOpening(c))
            {
                expected.Push(CloserOf(c));
            }
            else if (c is '》' or '〉' or '>' or '＞')
            {
                if (expected.Pop() != c)
                {
                    return null;
                }

                if (expected.Count == 0)
                {
                    return k;
                }
            }
            else if (c is '。' or '；' or '！' or '？')
            {
                return null;
            }
        }

        return null;
    }

    private static char CloserOf(char opening) => opening switch
    {
        '《' => '》',
        '<' => '>',
        '＜' => '＞',
        _ => '〉',
    };

    private static string? Clean(string inner) => MetadataText.Clean(inner.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal));
}
