using System.Reflection;

namespace PolicySearch.Engine.Analysis;

/// <summary>
/// Folds text one UTF-16 unit at a time, so offsets never move: Traditional → Simplified (CLDR,
/// 1:1 mappings only), full-width ASCII → ASCII, ASCII upper → lower case. Applied before every
/// analyzer and to every string compared with indexed text (keys, snippets).
/// </summary>
public static class SearchFolding
{
    private const string MapResource = "PolicySearch.Engine.Analysis.TraditionalToSimplified.tsv";
    private static readonly char[] Table = BuildTable();
    private static readonly Lazy<char[]> Inverse = new(BuildInverse);

    public static char Fold(char c) => Table[c];

    /// <summary>One Traditional form of each Simplified character the map knows: for making Traditional-script test queries.</summary>
    public static string ToTraditional(string simplified)
    {
        ArgumentNullException.ThrowIfNull(simplified);
        return string.Create(simplified.Length, simplified, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Inverse.Value[source[i]];
            }
        });
    }

    /// <summary>The folded text; the same instance when nothing in it folds (most Simplified text), so no copy is made.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstFolding(text);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            var (source, start) = state;
            source.AsSpan(0, start).CopyTo(span);
            for (var i = start; i < source.Length; i++)
            {
                span[i] = Table[source[i]];
            }
        });
    }

    private static int FirstFolding(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Table[text[i]] != text[i])
            {
                return i;
            }
        }

        return -1;
    }

    public static void FoldInPlace(Span<char> buffer)
    {
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = Table[buffer[i]];
        }
    }

    private static char[] BuildInverse()
    {
        var inverse = new char[char.MaxValue + 1];
        for (var i = 0; i < inverse.Length; i++)
        {
            inverse[i] = (char)i;
        }

        // Only CJK mappings: ASCII and width folding are not script differences.
        for (var c = 0x3400; c <= 0xFAFF; c++)
        {
            var simplified = Table[c];
            if (simplified != c && inverse[simplified] == simplified)
            {
                inverse[simplified] = (char)c;
            }
        }

        return inverse;
    }

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = (char)i;
        }

        for (var c = 'A'; c <= 'Z'; c++)
        {
            table[c] = (char)(c + 32);
        }

        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
        {
            var ascii = (char)(c - 0xFEE0);
            table[c] = ascii is >= 'A' and <= 'Z' ? (char)(ascii + 32) : ascii;
        }

        table['\u3000'] = ' ';
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(MapResource)
            ?? throw new InvalidOperationException($"Embedded resource {MapResource} is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 3 && line[1] == '\t')
            {
                table[line[0]] = line[2];
            }
        }

        return table;
    }
}
