namespace PolicySearch.Core.Indexing;

/// <summary>A writer that can reorganize its index after a bulk load so that searches read less of it.</summary>
public interface ICompactingIndexWriter : IDocumentIndexWriter
{
    /// <summary>
    /// Compacts and commits when the load wrote most of the index (a rebuild, a first import); a small
    /// import into a large index is left to the writer's background merging. True when it compacted.
    /// </summary>
    Task<bool> CompactAfterBulkLoadAsync(long documentsLoaded, CancellationToken cancellationToken = default);
}
