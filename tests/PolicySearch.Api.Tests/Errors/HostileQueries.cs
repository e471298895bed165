using System.Globalization;
using System.Text;

namespace PolicySearch.Api.Tests.Errors;

/// <summary>
/// Deterministic hostile query strings, already percent-encoded: random Unicode (with lone surrogates
/// sent as raw invalid UTF-8, control characters, astral characters), quotes, brackets, operators,
/// malformed escapes, very long values, and odd page, size and extra parameters.
/// </summary>
public static class HostileQueries
{
    private static readonly string[] Fixed =
    [
        "\"", "\"\"", "“”", "-", "--", "- -", "-\"法治\"", "《》", "<>", "*:*", "AND OR NOT", "title:法治", "法治~2", "(法治",
        "[法治 TO 政府]", "\\", "%", "\0", "\u0085", "\u2028", "\uFEFF", "\uFFFD", "\u3000", "𠀀𠀁", "🙂", "法\u0301治",
        "<script>alert(1)</script>", "'; DROP TABLE documents; --", "国发〔2021〕1号", "000014349/2021-00001", "\"法治 政府",
    ];

    private static readonly string[] Pieces =
    [
        "\"", "“", "”", "《", "》", "(", ")", "[", "]", "{", "}", "<", ">", "-", "*", "?", "~", "^", ":", "\\", "/", "!", "&", "|", "'", "#", "%", " ", "\u3000", "\t",
    ];

    private static readonly string[] RawBytes = ["%ED%A0%80", "%ED%BF%BF", "%FF", "%C0%80", "%E6%B3", "%", "%G1", "%%", "%00", "+", "#"];

    public static IEnumerable<string> Generate(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var query = i < Fixed.Length ? Encode(Fixed[i]) : RandomQuery(random);
            yield return "q=" + query + RandomExtras(random);
        }
    }

    private static string RandomQuery(Random random)
    {
        var length = random.Next(4) switch
        {
            0 => random.Next(1, 4),
            1 => random.Next(4, 40),
            2 => random.Next(200, 1001),
            _ => random.Next(1001, 4000),
        };
        var encoded = new StringBuilder();
        var written = 0;
        while (written < length)
        {
            switch (random.Next(10))
            {
                case 0:
                    encoded.Append(RawBytes[random.Next(RawBytes.Length)]);
                    break;
                case 1:
                    encoded.Append(Encode(Pieces[random.Next(Pieces.Length)]));
                    break;
                case 2:
                    encoded.Append(Encode(((char)random.Next(0, 0x20)).ToString()));
                    break;
                case 3:
                    encoded.Append(Encode(char.ConvertFromUtf32(random.Next(0x20000, 0x2A6DF))));
                    break;
                case 4:
                    encoded.Append(Encode(((char)random.Next(0x20, 0x7F)).ToString()));
                    break;
                case 5:
                    encoded.Append(Encode(char.ConvertFromUtf32(random.Next(0x80, 0xD800))));
                    break;
                default:
                    encoded.Append(Encode(((char)random.Next(0x4E00, 0x9FA6)).ToString()));
                    break;
            }

            written++;
        }

        return encoded.ToString();
    }

    private static string RandomExtras(Random random) => random.Next(12) switch
    {
        0 => "&page=" + Encode(RandomNumberText(random)),
        1 => "&size=" + Encode(RandomNumberText(random)),
        2 => "&page=2&size=" + random.Next(1, 101).ToString(CultureInfo.InvariantCulture),
        3 => "&" + Encode(((char)random.Next(0x4E00, 0x9FA6)).ToString()) + "=1",
        4 => "&q=" + Encode("第二个"),
        _ => string.Empty,
    };

    private static string RandomNumberText(Random random) => random.Next(6) switch
    {
        0 => "-" + random.Next().ToString(CultureInfo.InvariantCulture),
        1 => random.NextInt64().ToString(CultureInfo.InvariantCulture) + "0",
        2 => "1e3",
        3 => " 5",
        4 => "٣",
        _ => random.Next(0, 2000).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Percent-encodes every UTF-8 byte (a lone surrogate becomes U+FFFD here; raw invalid bytes come from <see cref="RawBytes"/>).</summary>
    private static string Encode(string text)
    {
        var builder = new StringBuilder();
        foreach (var value in Encoding.UTF8.GetBytes(text))
        {
            builder.Append('%').Append(value.ToString("X2", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
