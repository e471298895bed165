namespace PolicySearch.Core.Indexing;

/// <summary>The single writer of an index. Nothing is durable until <see cref="IDocumentSink.CommitAsync"/> returns.</summary>
public interface IDocumentIndexWriter : IDocumentSink
{
    void Delete(string id);
}
