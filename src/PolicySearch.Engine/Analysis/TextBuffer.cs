namespace PolicySearch.Engine.Analysis;

/// <summary>The whole (folded) text of a field, read once, and a cursor that finds the next ideograph.</summary>
internal sealed class TextBuffer
{
    /// <summary>A buffer grown past this many chars for one long text is let go after it.</summary>
    private const int KeepChars = 256 * 1024;

    public char[] Chars { get; private set; } = new char[1024];

    public int Length { get; private set; }

    public int Position { get; set; }

    public void ReadAll(TextReader reader)
    {
        if (Chars.Length > KeepChars)
        {
            Chars = new char[1024];
        }

        Length = 0;
        Position = 0;
        while (true)
        {
            if (Length == Chars.Length)
            {
                var grown = new char[Chars.Length * 2];
                Array.Copy(Chars, grown, Length);
                Chars = grown;
            }

            var read = reader.Read(Chars, Length, Chars.Length - Length);
            if (read <= 0)
            {
                return;
            }

            Length += read;
        }
    }

    /// <summary>
    /// From <see cref="Position"/>, the end of the stretch before the next ideograph that is a token on
    /// its own (or the end of the text), the length in chars of the run of such ideographs that starts
    /// there (0 if none), and whether the stretch holds only separators; a gap end of -1 at the end of
    /// the text.
    /// </summary>
    public (int GapEnd, int RunLength, bool SeparatorsOnly) ScanToIdeograph()
    {
        if (Position >= Length)
        {
            return (-1, 0, true);
        }

        var text = Chars.AsSpan(0, Length);
        var separatorsOnly = true;
        for (var i = Position; i < text.Length; i++)
        {
            var c = text[i];
            var units = IdeographAt(text, i);
            if (units > 0 && HanCharacters.CannotExtend(text, i + units))
            {
                var end = i + units;
                while (end < text.Length && IdeographAt(text, end) is var next and > 0 && HanCharacters.CannotExtend(text, end + next))
                {
                    end += next;
                }

                return (i, end - i, separatorsOnly);
            }

            separatorsOnly &= HanCharacters.IsSeparator(c);
        }

        return (text.Length, 0, separatorsOnly);
    }

    private static int IdeographAt(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c < '\u3400')
        {
            return 0;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && HanCharacters.IsIdeograph(char.ConvertToUtf32(c, text[i + 1])) ? 2 : 0;
        }

        return HanCharacters.IsIdeograph(c) ? 1 : 0;
    }
}
