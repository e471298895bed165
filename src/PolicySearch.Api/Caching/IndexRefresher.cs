using Microsoft.AspNetCore.OutputCaching;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Indexing;
using PolicySearch.Engine.Searching;

namespace PolicySearch.Api.Caching;

/// <summary>
/// Reopens the readers on a newer commit and, when the commit generation changed, evicts the cached searches.
/// Called by <see cref="IndexWatcher"/> on every tick, after each crawl, and by POST /api/admin/refresh.
/// </summary>
internal sealed partial class IndexRefresher
{
    private readonly IServiceProvider _services;
    private readonly IOutputCacheStore _cache;
    private readonly ILogger<IndexRefresher> _logger;
    private long _generation = -1;

    public IndexRefresher(IServiceProvider services, IOutputCacheStore cache, ILogger<IndexRefresher> logger)
    {
        _services = services;
        _cache = cache;
        _logger = logger;
    }

    /// <returns>The statistics after refreshing, or null when the index cannot be opened.</returns>
    public async Task<IndexStatistics?> RefreshAsync(CancellationToken cancellationToken)
    {
        IndexStatistics? statistics;
        try
        {
            var reader = _services.GetRequiredService<PolicyIndexReader>();
            reader.RefreshBlocking();
            statistics = reader.GetStatistics();
        }
        catch (Exception exception) when (exception is PolicySearchException or IOException or ObjectDisposedException)
        {
            statistics = null;
        }

        var generation = statistics?.Generation ?? -1;
        var previous = Interlocked.Exchange(ref _generation, generation);
        if (previous != generation)
        {
            await _cache.EvictByTagAsync(SearchCache.IndexTag, cancellationToken);
            LogEvicted(_logger, previous, generation);
        }

        return statistics;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Index generation {PreviousGeneration} -> {Generation}: cached searches evicted")]
    private static partial void LogEvicted(ILogger logger, long previousGeneration, long generation);
}
