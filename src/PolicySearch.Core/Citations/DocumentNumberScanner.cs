using System.Text.RegularExpressions;
using PolicySearch.Core.Metadata;

namespace PolicySearch.Core.Citations;

/// <summary>
/// Finds 文号 in running text: an issuer abbreviation, a bracketed year and a number (国办发〔2018〕108号, any
/// bracket style), or an order number with 第 (国务院令第393号, 主席令第七十三号). The text before the number runs
/// into the sentence (根据国办发…, 1991年3月4日中华人民共和国国务院令…), so the issuer part is cut after the last
/// word that cannot belong to one (根据, 印发, 的, 日, 号 …), after 中华人民共和国 and after a leading 原.
/// </summary>
internal static partial class DocumentNumberScanner
{
    private const int MinPrefixLength = 2;
    private const int MaxBracketPrefix = 20;
    private const int MaxOrderPrefix = 30;
    private const char FormerMarker = '原';

    private static readonly string[] _leadWords =
    [
        "印发", "转发", "发布", "贯彻", "落实", "执行", "根据", "依据", "按照", "依照", "参照", "对照",
        "的", "和", "与", "及", "或", "等", "见", "即", "称", "以", "按", "据", "照", "号", "年", "月", "日",
    ];

    /// <summary>Each 文号 with its offset, as printed from the start of its issuer part.</summary>
    public static IEnumerable<(int Position, string Number)> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Matches(text, BracketTail(), MaxBracketPrefix, includeTailStart: false, IsBracketPrefixChar)
            .Concat(Matches(text, OrderTail(), MaxOrderPrefix, includeTailStart: true, Ideographs.Is));
    }

    // The regexes match only the part after the issuer (a bracketed year and number, or 令第…号); the issuer is read
    // backwards from there. A regex that starts with the issuer would retry it at every character of the text.
    private static IEnumerable<(int Position, string Number)> Matches(
        string text, Regex tail, int maxPrefix, bool includeTailStart, Func<char, bool> isPrefixChar)
    {
        foreach (Match match in tail.Matches(text))
        {
            var prefixEnd = includeTailStart ? match.Index + 1 : match.Index;
            var start = match.Index;
            while (start > 0 && match.Index - start < maxPrefix && isPrefixChar(text[start - 1]))
            {
                start--;
            }

            var issuer = TrimPrefix(text[start..prefixEnd]);
            var position = prefixEnd - issuer.Length;
            var number = text[position..(match.Index + match.Length)];
            if (issuer.Length >= MinPrefixLength && DocumentNumbers.LooksLikeDocumentNumber(number))
            {
                yield return (position, number);
            }
        }
    }

    private static bool IsBracketPrefixChar(char c) => Ideographs.Is(c) || char.IsAsciiLetter(c) || c is >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ';

    private static string TrimPrefix(string prefix)
    {
        var country = prefix.LastIndexOf(TitleKeys.CountryPrefix, StringComparison.Ordinal);
        var cut = country < 0 ? 0 : country + TitleKeys.CountryPrefix.Length;
        foreach (var word in _leadWords)
        {
            var at = prefix.LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                cut = Math.Max(cut, at + word.Length);
            }
        }

        // 原 marks a former issuer (原国家质量监督检验检疫总局令), not a part of its name.
        var issuer = prefix[cut..];
        return issuer.StartsWith(FormerMarker) && issuer.Length > MinPrefixLength ? issuer[1..] : issuer;
    }

    [GeneratedRegex(
        @"[ \t\u3000]*[〔\[(（【﹝〖［{｛][ \t\u3000]*[0-9０-９]{4}[ \t\u3000]*[〕\])）】﹞〗］}｝][ \t\u3000]*第?[ \t\u3000]*[0-9０-９]{1,6}[ \t\u3000]*号",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BracketTail();

    [GeneratedRegex(
        @"令[ \t\u3000]*第[ \t\u3000]*([0-9０-９]{1,6}|[〇零一二两三四五六七八九十百千]{1,8})[ \t\u3000]*号",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex OrderTail();
}
