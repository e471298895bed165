using Microsoft.Extensions.Logging;
using PolicySearch.Engine;
using PolicySearch.Engine.Indexing;

namespace PolicySearch.Hosting.Indexing;

/// <summary>
/// The one way hosts open the index for writing. The writer holds the index's write lock until it is disposed, so an
/// import, a crawl or the service's crawl each take the lease for their run and give it back at the end.
/// </summary>
public sealed class IndexWriterLease
{
    private readonly IndexOptions _options;
    private readonly ILoggerFactory _loggers;

    public IndexWriterLease(IndexOptions options, ILoggerFactory loggers)
    {
        _options = options;
        _loggers = loggers;
    }

    public string IndexPath => _options.Path;

    /// <exception cref="Core.Errors.PolicySearchException">index.locked while another process writes the index; index.corrupt, index.schema_mismatch.</exception>
    public PolicyIndexWriter Acquire() => PolicyIndexWriter.Open(_options, _loggers.CreateLogger<PolicyIndexWriter>());
}
