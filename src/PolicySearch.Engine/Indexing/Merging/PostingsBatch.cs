namespace PolicySearch.Engine.Indexing.Merging;

/// <summary>
/// Postings decoded on one thread for another to encode: field starts and ends, and terms with their
/// documents, frequencies and positions in flat arrays. A batch is full at a fixed size, so a common
/// term's postings are cut across batches instead of growing one without bound.
/// </summary>
internal sealed class PostingsBatch(PostingsBatchLimits limits)
{
    public PostingsEntry[] Entries { get; private set; } = new PostingsEntry[limits.Entries];

    public int EntryCount { get; private set; }

    public byte[] TermBytes { get; private set; } = new byte[limits.TermBytes + 1024];

    public int TermBytesLength { get; private set; }

    public int[] Documents { get; } = new int[limits.Documents];

    public int[] Frequencies { get; } = new int[limits.Documents];

    public int DocumentCount { get; private set; }

    public int[] Positions { get; private set; } = new int[limits.Positions];

    public int PositionCount { get; private set; }

    /// <summary>Whether the next term or document belongs in a new batch.</summary>
    public bool IsFull =>
        EntryCount >= limits.Entries || TermBytesLength >= limits.TermBytes || DocumentCount == limits.Documents || PositionCount >= limits.Positions;

    public void Clear()
    {
        EntryCount = 0;
        TermBytesLength = 0;
        DocumentCount = 0;
        PositionCount = 0;
    }

    public ref PostingsEntry AddEntry(PostingsEntryKind kind)
    {
        if (EntryCount == Entries.Length)
        {
            var entries = Entries;
            Array.Resize(ref entries, EntryCount * 2);
            Entries = entries;
        }

        ref var entry = ref Entries[EntryCount++];
        entry = new PostingsEntry { Kind = kind, DocumentEnd = DocumentCount };
        return ref entry;
    }

    /// <summary>Removes the last entry, a term none of whose documents survived, and its bytes.</summary>
    public void RemoveLastTerm()
    {
        ref var entry = ref Entries[--EntryCount];
        TermBytesLength = entry.TermStart;
    }

    /// <summary>Adds an entry for a term (its documents follow) and copies its bytes.</summary>
    public void AddTerm(ReadOnlySpan<byte> term)
    {
        if (TermBytesLength + term.Length > TermBytes.Length)
        {
            var bytes = TermBytes;
            Array.Resize(ref bytes, Math.Max(bytes.Length * 2, TermBytesLength + term.Length));
            TermBytes = bytes;
        }

        ref var entry = ref AddEntry(PostingsEntryKind.Term);
        term.CopyTo(TermBytes.AsSpan(TermBytesLength));
        entry.TermStart = TermBytesLength;
        entry.TermLength = term.Length;
        TermBytesLength += term.Length;
    }

    /// <summary>Adds a document; its positions, if any, follow through <see cref="ReservePositions"/>.</summary>
    public void AddDocument(int document, int frequency)
    {
        Documents[DocumentCount] = document;
        Frequencies[DocumentCount] = frequency;
        DocumentCount++;
    }

    /// <summary>Room for <paramref name="count"/> positions, returned as the span to fill.</summary>
    public Span<int> ReservePositions(int count)
    {
        if (PositionCount + count > Positions.Length)
        {
            var positions = Positions;
            Array.Resize(ref positions, Math.Max(positions.Length * 2, PositionCount + count));
            Positions = positions;
        }

        var reserved = Positions.AsSpan(PositionCount, count);
        PositionCount += count;
        return reserved;
    }
}
