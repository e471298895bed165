namespace PolicySearch.Core.Metadata;

/// <summary>Reads small integers written in Chinese numerals: 七十三, 一百零五, 二〇一八.</summary>
internal static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";
    private const int MaxDigitByDigitLength = 9;

    /// <summary>Returns the value, or null when the text is empty or holds anything but numerals.</summary>
    public static int? Parse(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        return text.Any(c => UnitValue(c) > 0) ? ParsePositional(text) : ParseDigitByDigit(text);
    }

    // 二〇一八 (years): each character is one decimal digit.
    private static int? ParseDigitByDigit(string text)
    {
        if (text.Length > MaxDigitByDigitLength)
        {
            return null;
        }

        var value = 0;
        foreach (var c in text)
        {
            var digit = DigitValue(c);
            if (digit < 0)
            {
                return null;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    // 一千零三十: digits multiplied by the unit that follows; a bare unit (十三) counts as one of it.
    private static int? ParsePositional(string text)
    {
        var total = 0;
        var current = -1;
        var lastUnit = int.MaxValue;
        foreach (var c in text)
        {
            var digit = DigitValue(c);
            if (digit >= 0)
            {
                current = digit;
                continue;
            }

            var unit = UnitValue(c);
            if (unit <= 0 || unit >= lastUnit)
            {
                return null;
            }

            total += (current < 0 ? 1 : current) * unit;
            current = -1;
            lastUnit = unit;
        }

        return total + Math.Max(current, 0);
    }

    private static int DigitValue(char c) => c switch
    {
        '零' => 0,
        '两' => 2,
        _ => Digits.IndexOf(c, StringComparison.Ordinal),
    };

    private static int UnitValue(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => 0,
    };
}
