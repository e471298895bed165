using PolicySearch.Core.Documents;

namespace PolicySearch.Core.Indexing;

/// <summary>
/// The single writer of an index. Documents are added or replaced by <see cref="PolicyDocument.Id"/>;
/// nothing is durable until <see cref="CommitAsync"/> returns. Thread-safe for concurrent adds.
/// </summary>
public interface IDocumentIndexWriter
{
    void AddOrUpdate(PolicyDocument document);

    void Delete(string id);

    /// <summary>Makes everything added so far durable and visible to new searchers.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
