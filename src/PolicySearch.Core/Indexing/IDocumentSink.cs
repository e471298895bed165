using PolicySearch.Core.Documents;

namespace PolicySearch.Core.Indexing;

/// <summary>
/// The index as a crawl writes it: documents added or replaced by <see cref="PolicyDocument.Id"/> and deleted,
/// durable once <see cref="CommitAsync"/> returns.
/// </summary>
public interface IDocumentSink
{
    /// <summary>Thread-safe: several threads may add at once.</summary>
    void AddOrUpdate(PolicyDocument document);

    void Delete(string id);

    /// <summary>Makes everything added and deleted so far durable and visible to new searchers.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The id of every document whose <c>Source</c> is <paramref name="source"/>, each with the string value of its
    /// <c>Extra[versionKey]</c> (null when absent), including changes not yet committed. A crawl checks its own
    /// record of what it indexed against this (a new, deleted or restored index).
    /// </summary>
    IReadOnlyDictionary<string, string?> DocumentVersions(string source, string versionKey);
}
