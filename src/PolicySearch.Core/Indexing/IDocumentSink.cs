using PolicySearch.Core.Documents;

namespace PolicySearch.Core.Indexing;

/// <summary>Where documents go: added or replaced by <see cref="PolicyDocument.Id"/>, durable once <see cref="CommitAsync"/> returns.</summary>
public interface IDocumentSink
{
    /// <summary>Thread-safe: several threads may add at once.</summary>
    void AddOrUpdate(PolicyDocument document);

    /// <summary>Makes everything added so far durable and visible to new searchers.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
