using Microsoft.AspNetCore.OutputCaching;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Indexing;
using PolicySearch.Engine.Searching;

namespace PolicySearch.Api.Caching;

/// <summary>
/// Reopens the readers on a newer commit and, when the commit generation changed, evicts the cached searches.
/// <see cref="CheckAsync"/> is the cheap check <see cref="IndexWatcher"/> makes on every tick; <see cref="RefreshAsync"/>
/// (after each crawl, and POST /api/admin/refresh) waits for a running refresh and reads the statistics.
/// Cached answers are also keyed by the generation (<see cref="SearchCache"/>), so eviction frees memory; it is not
/// what keeps an answer from outliving its commit.
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

    /// <summary>Reopens the reader if a newer commit is on disk (one directory listing otherwise) and evicts on a change.</summary>
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        long generation;
        try
        {
            var reader = _services.GetRequiredService<PolicyIndexReader>();
            reader.CheckForCommit();
            generation = reader.Generation;
        }
        catch (Exception exception) when (exception is PolicySearchException or IOException or ObjectDisposedException)
        {
            generation = -1;
        }

        await EvictOnChangeAsync(generation, cancellationToken);
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

        await EvictOnChangeAsync(statistics?.Generation ?? -1, cancellationToken);
        return statistics;
    }

    private async Task EvictOnChangeAsync(long generation, CancellationToken cancellationToken)
    {
        var previous = Interlocked.Exchange(ref _generation, generation);
        if (previous != generation)
        {
            await _cache.EvictByTagAsync(SearchCache.IndexTag, cancellationToken);
            LogEvicted(_logger, previous, generation);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Index generation {PreviousGeneration} -> {Generation}: cached searches evicted")]
    private static partial void LogEvicted(ILogger logger, long previousGeneration, long generation);
}
