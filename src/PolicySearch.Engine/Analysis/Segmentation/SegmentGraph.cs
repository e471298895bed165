namespace PolicySearch.Engine.Analysis.Segmentation;

/// <summary>
/// The nodes of one sentence's segmentation graph as parallel arrays, in SmartCn's node order (by start
/// position, then in the order added), with an index from each position to the nodes starting there and
/// to the next position where any node starts. Reused from sentence to sentence; grows when needed.
/// </summary>
internal sealed class SegmentGraph
{
    private int _positions;

    public int Count { get; private set; }

    public int[] Start { get; private set; } = new int[1024];

    public int[] End { get; private set; } = new int[1024];

    public int[] Frequency { get; private set; } = new int[1024];

    /// <summary>Where the node's bigram key starts in the segmenter's key buffer.</summary>
    public int[] KeyStart { get; private set; } = new int[1024];

    public int[] KeyLength { get; private set; } = new int[1024];

    public SegmentKind[] Kind { get; private set; } = new SegmentKind[1024];

    /// <summary>Cost of the cheapest path from the start marker to each node.</summary>
    public double[] Cost { get; private set; } = new double[1024];

    /// <summary>The node before each node on its cheapest path.</summary>
    public int[] Previous { get; private set; } = new int[1024];

    /// <summary>The first node starting at a position (valid where <see cref="CountAt"/> is not 0).</summary>
    public int[] FirstAt { get; private set; } = new int[1026];

    public int[] CountAt { get; private set; } = new int[1026];

    /// <summary>The first position at or after a position where a node starts, -1 if none.</summary>
    public int[] NextStart { get; private set; } = new int[1026];

    /// <summary>Empties the graph for a sentence of <paramref name="length"/> characters.</summary>
    public void Reset(int length)
    {
        _positions = length + 1;
        if (CountAt.Length < _positions + 1)
        {
            var size = Math.Max(_positions + 1, CountAt.Length * 2);
            FirstAt = new int[size];
            CountAt = new int[size];
            NextStart = new int[size];
        }

        Array.Clear(CountAt, 0, _positions);
        Count = 0;
    }

    public void Add(SegmentKind kind, int start, int end, int frequency, int keyStart, int keyLength)
    {
        if (Count == Start.Length)
        {
            Grow();
        }

        var node = Count++;
        Kind[node] = kind;
        Start[node] = start;
        End[node] = end;
        Frequency[node] = frequency;
        KeyStart[node] = keyStart;
        KeyLength[node] = keyLength;
        if (start >= 0)
        {
            if (CountAt[start]++ == 0)
            {
                FirstAt[start] = node;
            }
        }
    }

    /// <summary>Fills <see cref="NextStart"/> once all nodes are added.</summary>
    public void IndexStarts()
    {
        NextStart[_positions] = -1;
        for (var position = _positions - 1; position >= 0; position--)
        {
            NextStart[position] = CountAt[position] > 0 ? position : NextStart[position + 1];
        }
    }

    private void Grow()
    {
        var size = Start.Length * 2;
        Start = Resized(Start, size);
        End = Resized(End, size);
        Frequency = Resized(Frequency, size);
        KeyStart = Resized(KeyStart, size);
        KeyLength = Resized(KeyLength, size);
        Kind = Resized(Kind, size);
        Cost = Resized(Cost, size);
        Previous = Resized(Previous, size);
    }

    private static T[] Resized<T>(T[] array, int size)
    {
        var resized = new T[size];
        Array.Copy(array, resized, array.Length);
        return resized;
    }
}
