using System.Text;
using PolicySearch.Crawler.Fetching;

namespace PolicySearch.Crawler.Attachments;

/// <summary>
/// Text of an RTF file: the characters of the document's groups, with \uN Unicode escapes (and their \ucN fallback
/// skipped), \'hh bytes decoded in the code page of the current font (\fcharset in the font table) or of the document
/// (\ansicpg), and the destinations that are not text (font and colour tables, pictures, field instructions …) skipped.
/// </summary>
internal sealed class RtfText
{
    private static readonly HashSet<string> SkippedDestinations = new(StringComparer.Ordinal)
    {
        "colortbl", "stylesheet", "info", "pict", "objdata", "fldinst", "themedata", "colorschememapping", "datastore",
        "latentstyles", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "mmathPr", "filetbl", "revtbl",
        "userprops", "docvar", "pgdsctbl", "bkmkstart", "bkmkend", "nonshppict", "template", "xe", "tc", "header", "footer",
        "headerl", "headerr", "headerf", "footerl", "footerr", "footerf",
    };

    private static readonly Dictionary<string, char> Symbols = new(StringComparer.Ordinal)
    {
        ["par"] = '\n', ["line"] = '\n', ["sect"] = '\n', ["page"] = '\n', ["row"] = '\n', ["cell"] = '\t', ["tab"] = '\t',
        ["emdash"] = '—', ["endash"] = '–', ["bullet"] = '•', ["lquote"] = '‘', ["rquote"] = '’', ["ldblquote"] = '“',
        ["rdblquote"] = '”', ["emspace"] = ' ', ["enspace"] = ' ', ["qmspace"] = ' ',
    };

    private readonly byte[] _rtf;
    private readonly ReadingContext _context;
    private readonly TextBudget _text;
    private readonly List<byte> _bytes = [];
    private readonly Dictionary<int, Encoding> _fonts = [];
    private readonly Stack<RtfGroup> _groups = new();
    private RtfGroup _group;
    private Encoding _documentEncoding;
    private int _fallbackToSkip;
    private int _fontBeingDeclared = -1;
    private int _at;

    static RtfText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private RtfText(byte[] rtf, ReadingContext context)
    {
        _rtf = rtf;
        _context = context;
        _text = new TextBudget(context);
        _documentEncoding = Encoding.GetEncoding(1252);
        _group = new RtfGroup(Skip: false, FontTable: false, UnicodeFallback: 1, Encoding: _documentEncoding);
    }

    public static string Read(byte[] body, ReadingContext context) => new RtfText(body, context).Parse();

    private string Parse()
    {
        while (_at < _rtf.Length)
        {
            if ((_at & 0xFFFF) == 0)
            {
                _context.CheckTime();
            }

            var b = _rtf[_at++];
            switch (b)
            {
                case (byte)'{':
                    Flush();
                    _groups.Push(_group);
                    break;
                case (byte)'}':
                    Flush();
                    if (_groups.Count == 0)
                    {
                        return _text.ToString();
                    }

                    _group = _groups.Pop();
                    break;
                case (byte)'\\':
                    ControlWordOrSymbol();
                    break;
                case (byte)'\r' or (byte)'\n':
                    break;
                default:
                    Character(b);
                    break;
            }
        }

        Flush();
        return _text.ToString();
    }

    private void Character(byte b)
    {
        if (_fallbackToSkip > 0)
        {
            _fallbackToSkip--;
            return;
        }

        if (_group.Skip)
        {
            return;
        }

        if (b >= 0x80)
        {
            _bytes.Add(b);
            return;
        }

        Flush();
        _text.Append((char)b);
    }

    private void ControlWordOrSymbol()
    {
        if (_at >= _rtf.Length)
        {
            return;
        }

        var first = _rtf[_at];
        if (!char.IsAsciiLetter((char)first))
        {
            _at++;
            Symbol(first);
            return;
        }

        var start = _at;
        while (_at < _rtf.Length && char.IsAsciiLetter((char)_rtf[_at]))
        {
            _at++;
        }

        var word = Encoding.ASCII.GetString(_rtf, start, _at - start);
        int? parameter = null;
        var negative = _at < _rtf.Length && _rtf[_at] == '-';
        var digitsAt = negative ? _at + 1 : _at;
        if (digitsAt < _rtf.Length && char.IsAsciiDigit((char)_rtf[digitsAt]))
        {
            var value = 0L;
            for (_at = digitsAt; _at < _rtf.Length && char.IsAsciiDigit((char)_rtf[_at]); _at++)
            {
                value = Math.Min((value * 10) + (_rtf[_at] - '0'), int.MaxValue);
            }

            parameter = (int)(negative ? -value : value);
        }

        if (_at < _rtf.Length && _rtf[_at] == ' ')
        {
            _at++;
        }

        Word(word, parameter);
    }

    private void Symbol(byte symbol)
    {
        if (symbol == '\'')
        {
            var hex = _at + 2 <= _rtf.Length ? Encoding.ASCII.GetString(_rtf, _at, 2) : "3f";
            _at = Math.Min(_at + 2, _rtf.Length);
            if (_fallbackToSkip > 0)
            {
                _fallbackToSkip--;
            }
            else if (!_group.Skip && byte.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out var value))
            {
                _bytes.Add(value);
            }

            return;
        }

        if (symbol == '*')
        {
            _group = _group with { Skip = true }; // an ignorable destination this reader does not know
            return;
        }

        var character = symbol switch
        {
            (byte)'\\' or (byte)'{' or (byte)'}' => (char)symbol,
            (byte)'~' => ' ',
            (byte)'_' => '-',
            (byte)'\r' or (byte)'\n' => '\n',
            _ => '\0',
        };
        if (character != '\0')
        {
            Emit(character);
        }
    }

    private void Word(string word, int? parameter)
    {
        switch (word)
        {
            case "u" when parameter is { } code:
                Emit((char)(code < 0 ? code + 65536 : code));
                _fallbackToSkip = _group.UnicodeFallback;
                return;
            case "uc":
                _group = _group with { UnicodeFallback = Math.Clamp(parameter ?? 1, 0, 16) };
                return;
            case "bin":
                _at = (int)Math.Min((long)_at + Math.Max(parameter ?? 0, 0), _rtf.Length);
                return;
            case "ansicpg" when parameter is { } codePage:
                _documentEncoding = EncodingOf(codePage);
                _group = _group with { Encoding = _documentEncoding };
                return;
            case "fonttbl":
                _group = _group with { Skip = true, FontTable = true };
                return;
            case "f" when parameter is { } font:
                Flush();
                if (_group.FontTable)
                {
                    _fontBeingDeclared = font;
                }
                else
                {
                    _group = _group with { Encoding = _fonts.GetValueOrDefault(font, _documentEncoding) };
                }

                return;
            case "fcharset" when parameter is { } charset && _group.FontTable && _fontBeingDeclared >= 0:
                _fonts[_fontBeingDeclared] = CodePageOf(charset) is { } fontCodePage ? EncodingOf(fontCodePage) : _documentEncoding;
                return;
        }

        if (SkippedDestinations.Contains(word))
        {
            _group = _group with { Skip = true };
        }
        else if (Symbols.TryGetValue(word, out var symbol))
        {
            Emit(symbol);
        }
    }

    private void Emit(char character)
    {
        Flush();
        if (_fallbackToSkip > 0)
        {
            _fallbackToSkip--;
        }
        else if (!_group.Skip)
        {
            _text.Append(character);
        }
    }

    private void Flush()
    {
        if (_bytes.Count > 0)
        {
            _text.Append(_group.Encoding.GetString([.. _bytes]));
            _bytes.Clear();
        }
    }

    /// <summary>The Windows code page of an RTF/GDI character set; null for "default" (the document's).</summary>
    private static int? CodePageOf(int charset) => charset switch
    {
        0 => 1252,
        128 => 932,
        129 => 949,
        134 => 936,
        136 => 950,
        161 => 1253,
        162 => 1254,
        177 => 1255,
        178 => 1256,
        186 => 1257,
        204 => 1251,
        222 => 874,
        238 => 1250,
        _ => null,
    };

    private static Encoding EncodingOf(int codePage)
    {
        if (codePage is 936 or 54936)
        {
            return CharsetDecoder.Gb18030;
        }

        try
        {
            return Encoding.GetEncoding(codePage);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            return Encoding.GetEncoding(1252);
        }
    }
}
