using System.Text;

namespace PolicySearch.Engine.Tests.Hostile;

/// <summary>Seeded hostile query text for the query language: each family builds queries from its own pieces.</summary>
internal sealed class HostileQueryGenerator
{
    private static readonly string[] Words = ["法治", "政府", "国务院", "安全", "教育", "通知", "law", "Policy", "香港", "數據", "2021", "1号", "国发〔2021〕1号"];

    private static readonly string[] Quotes = ["\"", "“", "”", "\"\"", "“”", "\"\"\"\""];

    private static readonly string[] Operators = ["-", "--", "- -", "OR", "OR OR OR", "or", "AND", "NOT", "+", "|", "||", "&&", "!", "*", "?", "~", "^2", "\\"];

    private static readonly string[] Fields =
    [
        "title:", "标题:", "标题：", "文号:", "文号：", "docno:", "published:", "发布日期：", "written:", "validity:", "有效性：", "issuer:",
        "topic:", "category:", "unknown:", "foo:", "TITLE:", "Published:", ":", "：", "::", "title::", "http:", "title:\"",
    ];

    private static readonly string[] FieldValues =
    [
        "", " ", "法治", "\"法治 政府\"", "valid", "repealed", "有效", "废止", "99999999..", "..99999999", "99999999..99999999", "2021..2020",
        "2021-01-01..2021-12-31", "2021-13-45", "0000-00-00..", "..", "...", "-1..-5", "2147483648", "9223372036854775808..",
        "2021-02-30", "1..", "20210101..20211231", "2021..", "..2021", "abc..def", "2021...2022", "〔2021〕", "*", "(", ")",
    ];

    private static readonly string[] Nesting = ["(", ")", "((((", "))))", "[", "]", "{", "}", "《", "》", "\"\"\"\"", "<", ">", "【", "】"];

    private readonly Random _random;

    public HostileQueryGenerator(int seed)
    {
        _random = new Random(seed);
    }

    public Random Random => _random;

    /// <summary>Quotes, minus signs, OR chains and nesting around ordinary words.</summary>
    public string Structure() => Join(_random.Next(1, 12), () => _random.Next(5) switch
    {
        0 => Pick(Quotes),
        1 => Pick(Operators),
        2 => Pick(Nesting),
        3 => Repeat(Pick(["(", "\"", "-", "OR ", "“", ")"]), _random.Next(1, 60)),
        _ => Pick(Words),
    });

    /// <summary>Field prefixes, known and unknown, with and without values, and date ranges out of every range.</summary>
    public string FieldClauses() => Join(_random.Next(1, 6), () => _random.Next(4) switch
    {
        0 => Pick(Fields),
        1 => Pick(Operators) + Pick(Fields) + Pick(FieldValues),
        2 => Pick(Words),
        _ => Pick(Fields) + Pick(FieldValues),
    });

    /// <summary>Control characters, lone surrogates, supplementary characters and mixed scripts.</summary>
    public string Characters()
    {
        var text = new StringBuilder();
        var length = _random.Next(1, 80);
        while (text.Length < length)
        {
            switch (_random.Next(9))
            {
                case 0:
                    text.Append((char)_random.Next(0, 0x20));
                    break;
                case 1:
                    text.Append((char)_random.Next(0xD800, 0xE000));
                    break;
                case 2:
                    text.Append(char.ConvertFromUtf32(_random.Next(0x10000, 0x110000)));
                    break;
                case 3:
                    text.Append((char)_random.Next(0x7F, 0xA0));
                    break;
                case 4:
                    text.Append(Pick(["\u200B", "\u200D", "\u202E", "\uFEFF", "\uFFFD", "\uFFFF", "\u3000", "\u2028", "\u0301", "\u00A0"]));
                    break;
                case 5:
                    text.Append(Pick(["Ελλάδα", "русский", "العربية", "עברית", "हिन्दी", "한국어", "日本語の", "ﾊﾝｶｸ", "ＦＵＬＬ", "ǅ", "ß", "İ"]));
                    break;
                case 6:
                    text.Append((char)_random.Next(0x20, 0x7F));
                    break;
                case 7:
                    text.Append(Pick(Fields));
                    break;
                default:
                    text.Append(Pick(Words));
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Long strings around and past the length limit (a mixed chunk repeated), and long runs of one character.</summary>
    public string Long()
    {
        var length = _random.Next(4) switch
        {
            0 => 10_000,
            1 => _random.Next(990, 1010),
            2 => _random.Next(100, 1000),
            _ => _random.Next(1000, 12_000),
        };
        if (_random.Next(2) == 0)
        {
            var unit = Pick(["法", "a", "-", "\"", "(", " ", "OR ", "𠀀", "\u0000", "\uD800", "title:", "文号：", "*", "“", "国发〔2021〕1号 "]);
            return Repeat(unit, Math.Max(1, length / unit.Length));
        }

        var chunk = new StringBuilder();
        while (chunk.Length < Math.Min(length, 400))
        {
            chunk.Append(_random.Next(3) switch
            {
                0 => Structure(),
                1 => FieldClauses(),
                _ => Characters(),
            }).Append(' ');
        }

        var text = new StringBuilder(length + chunk.Length);
        while (text.Length < length)
        {
            text.Append(chunk);
        }

        return text.ToString(0, length);
    }

    /// <summary>A page, mostly valid, sometimes out of range.</summary>
    public int Page() => _random.Next(10) switch
    {
        0 => Pick([0, -1, int.MinValue, int.MaxValue, 1001, 1000]),
        < 4 => _random.Next(1, 1001),
        _ => 1,
    };

    /// <summary>A page size, mostly valid, sometimes out of range.</summary>
    public int Size() => _random.Next(10) switch
    {
        0 => Pick([0, -1, int.MinValue, int.MaxValue, 101, 100, 1000, 1001]),
        < 4 => _random.Next(1, 101),
        _ => 10,
    };

    private string Join(int count, Func<string> next)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(next());
            if (_random.Next(3) != 0)
            {
                text.Append(_random.Next(4) == 0 ? "\u3000" : " ");
            }
        }

        return text.ToString();
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();
}
