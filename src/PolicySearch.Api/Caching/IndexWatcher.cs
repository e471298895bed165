using PolicySearch.Engine;

namespace PolicySearch.Api.Caching;

/// <summary>
/// Checks the index for a new commit every Index:RefreshInterval (another process may import or crawl), the cadence of the
/// reader's own timer, and evicts the cached searches when the generation changed.
/// </summary>
internal sealed class IndexWatcher : BackgroundService
{
    private readonly IndexRefresher _refresher;
    private readonly IndexOptions _options;
    private readonly TimeProvider _time;

    public IndexWatcher(IndexRefresher refresher, IndexOptions options, TimeProvider time)
    {
        _refresher = refresher;
        _options = options;
        _time = time;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.RefreshInterval, _time);
        try
        {
            do
            {
                await _refresher.CheckAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
