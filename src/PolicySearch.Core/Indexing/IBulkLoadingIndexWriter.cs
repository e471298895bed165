namespace PolicySearch.Core.Indexing;

/// <summary>A writer that can take a large load faster than document by document (see <see cref="IBulkLoad"/>).</summary>
public interface IBulkLoadingIndexWriter : ICompactingIndexWriter
{
    /// <summary>Starts a bulk load; documents added to it reach the index when it commits.</summary>
    IBulkLoad BeginBulkLoad();
}
