using System.Diagnostics;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Search;
using PolicySearch.Engine;
using PolicySearch.Engine.Searching;

namespace PolicySearch.Api.Endpoints;

/// <summary>
/// Opens the index (which loads the SmartCn dictionary), runs a first search and a first suggestion, then marks the
/// service ready. While the index cannot be opened it tries again every Index:RefreshInterval.
/// </summary>
internal sealed partial class WarmUpService : BackgroundService
{
    private const string WarmUpQuery = "法治政府建设";

    private readonly IServiceProvider _services;
    private readonly ReadinessState _readiness;
    private readonly IndexOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<WarmUpService> _logger;

    public WarmUpService(IServiceProvider services, ReadinessState readiness, IndexOptions options, TimeProvider time, ILogger<WarmUpService> logger)
    {
        _services = services;
        _readiness = readiness;
        _options = options;
        _time = time;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.RefreshInterval, _time);
        try
        {
            do
            {
                if (await Task.Run(TryWarmUp, stoppingToken))
                {
                    return;
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping before the index could be read.
        }
    }

    private bool TryWarmUp()
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var reader = _services.GetRequiredService<PolicyIndexReader>();
            reader.Search(new SearchRequest(WarmUpQuery));
            reader.Suggest(WarmUpQuery[..2], 1);
        }
        catch (Exception exception) when (exception is PolicySearchException or IOException)
        {
            LogNotYet(_logger, exception.Message);
            return false;
        }

        _readiness.MarkReady();
        var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogReady(_logger, elapsedMs);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warm-up done in {ElapsedMs:F0} ms: the service is ready")]
    private static partial void LogReady(ILogger logger, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up postponed, the index cannot be read: {ErrorMessage}")]
    private static partial void LogNotYet(ILogger logger, string errorMessage);
}
