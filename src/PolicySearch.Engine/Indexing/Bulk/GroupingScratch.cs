namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>
/// The arrays a flush groups postings in, kept by a builder from one flush to the next so that each
/// segment does not leave another set of large arrays for the collector. Contents are not cleared
/// except where a caller needs zeros.
/// </summary>
internal sealed class GroupingScratch
{
    private int[] _termStarts = [];
    private int[] _next = [];
    private int[] _documents = [];
    private int[] _positions = [];

    public long RamBytes => (_termStarts.LongLength + _next.LongLength + _documents.LongLength + _positions.LongLength) * 4;

    /// <summary>Zeroed, at least <paramref name="length"/> long.</summary>
    public int[] TermStarts(int length)
    {
        Ensure(ref _termStarts, length);
        Array.Clear(_termStarts, 0, length);
        return _termStarts;
    }

    /// <summary>A copy of the first <paramref name="length"/> term starts, to advance while scattering.</summary>
    public int[] NextSlots(int[] termStarts, int length)
    {
        Ensure(ref _next, length);
        Array.Copy(termStarts, _next, length);
        return _next;
    }

    public int[] Documents(int length) => Ensure(ref _documents, length);

    public int[] Positions(int length) => Ensure(ref _positions, length);

    private static int[] Ensure(ref int[] array, int length)
    {
        if (array.Length < length)
        {
            array = new int[Math.Max(length, (int)Math.Min(Array.MaxLength, array.Length * 5L / 4))];
        }

        return array;
    }
}
