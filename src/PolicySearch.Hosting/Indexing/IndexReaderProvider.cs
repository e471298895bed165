using Microsoft.Extensions.Logging;
using PolicySearch.Engine;
using PolicySearch.Engine.Searching;

namespace PolicySearch.Hosting.Indexing;

/// <summary>
/// The one way hosts open the index for reading, with the configured index and search options: the service keeps one
/// reader for its lifetime, a command opens one for its run.
/// </summary>
public sealed class IndexReaderProvider
{
    private readonly IndexOptions _indexOptions;
    private readonly SearchOptions _searchOptions;
    private readonly ILoggerFactory _loggers;

    public IndexReaderProvider(IndexOptions indexOptions, SearchOptions searchOptions, ILoggerFactory loggers)
    {
        _indexOptions = indexOptions;
        _searchOptions = searchOptions;
        _loggers = loggers;
    }

    /// <exception cref="Core.Errors.PolicySearchException">index.not_found, index.corrupt, index.schema_mismatch.</exception>
    public PolicyIndexReader Open() => PolicyIndexReader.Open(_indexOptions, _loggers.CreateLogger<PolicyIndexReader>(), _searchOptions);
}
