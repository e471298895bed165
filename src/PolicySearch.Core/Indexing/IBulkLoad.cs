namespace PolicySearch.Core.Indexing;

/// <summary>
/// A bulk load: adds build new segments beside the index, and each commit adds what was built to the
/// index in one go, replacing earlier documents with the same ids. Disposing drops what was not committed.
/// </summary>
public interface IBulkLoad : IDocumentSink, IDisposable;
