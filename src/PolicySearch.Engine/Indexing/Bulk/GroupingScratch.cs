namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>
/// The arrays a flush groups postings in, kept by a builder from one flush to the next so that each
/// segment does not leave another set of large arrays for the collector. Contents are not cleared
/// except where a caller needs zeros.
/// </summary>
internal sealed class GroupingScratch(int maxTokens = GroupingScratch.DefaultMaxTokens)
{
    /// <summary>16 MB of documents and positions: a field with more tokens is grouped in several passes.</summary>
    public const int DefaultMaxTokens = 2 << 20;

    private int[] _ranks = [];
    private int[] _termStarts = [];
    private int[] _next = [];
    private int[] _documents = [];
    private int[] _positions = [];

    /// <summary>At most this many tokens are grouped at once, unless one term has more.</summary>
    public int MaxTokens { get; } = maxTokens;

    public int[] Ranks(int length) => Ensure(ref _ranks, length);

    /// <summary>Zeroed, at least <paramref name="length"/> long.</summary>
    public int[] TermStarts(int length)
    {
        Ensure(ref _termStarts, length);
        Array.Clear(_termStarts, 0, length);
        return _termStarts;
    }

    /// <summary>The starts of ranks [first, last) relative to the first's, to advance while scattering.</summary>
    public int[] NextSlots(int[] starts, int first, int last)
    {
        Ensure(ref _next, last - first);
        for (var rank = first; rank < last; rank++)
        {
            _next[rank - first] = starts[rank] - starts[first];
        }

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
