namespace PolicySearch.Engine.Analysis.Segmentation;

/// <summary>Lookup table of <see cref="CharKind"/>; the ranges are SmartCn's, in its order of precedence.</summary>
internal static class CharKinds
{
    private static readonly CharKind[] Table = Build();

    public static CharKind Of(char c) => Table[c];

    private static CharKind[] Build()
    {
        var table = new CharKind[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = Classify((char)i);
        }

        return table;
    }

    private static CharKind Classify(char c) => c switch
    {
        >= '\u4E00' and <= '\u9FA5' => CharKind.Hanzi,
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' => CharKind.Letter,
        >= '0' and <= '9' => CharKind.Digit,
        ' ' or '\t' or '\r' or '\n' or '\u3000' => CharKind.SpaceLike,
        >= '\u0021' and <= '\u00BB' or >= '\u2010' and <= '\u2642' or >= '\u3001' and <= '\u301E' => CharKind.Delimiter,
        >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' => CharKind.FullWidthLetter,
        >= '\uFF10' and <= '\uFF19' => CharKind.FullWidthDigit,
        >= '\uFE30' and <= '\uFF63' => CharKind.Delimiter,
        _ => CharKind.Other,
    };
}
