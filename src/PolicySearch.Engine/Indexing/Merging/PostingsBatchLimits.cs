namespace PolicySearch.Engine.Indexing.Merging;

/// <summary>
/// When a <see cref="PostingsBatch"/> is full. The defaults keep a batch under a megabyte, big enough
/// that handing one over costs nothing next to filling it; tests use tiny ones to cut terms often.
/// </summary>
internal sealed record PostingsBatchLimits(int Entries, int TermBytes, int Documents, int Positions)
{
    public static PostingsBatchLimits Default { get; } = new(Entries: 4 * 1024, TermBytes: 48 * 1024, Documents: 16 * 1024, Positions: 64 * 1024);
}
