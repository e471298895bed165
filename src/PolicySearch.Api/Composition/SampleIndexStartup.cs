using PolicySearch.Core.Errors;
using PolicySearch.Engine.Searching;
using PolicySearch.Hosting.Bootstrap;

namespace PolicySearch.Api.Composition;

/// <summary>
/// Before serving: an empty or missing index is built from the sample archive, with progress logged,
/// and the reader is opened so the first request is fast. If either fails the app still starts:
/// every search then answers 503 naming the cause, until an index appears.
/// </summary>
internal static partial class SampleIndexStartup
{
    private static readonly TimeSpan ProgressLogInterval = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var builder = services.GetRequiredService<SampleIndexBuilder>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SampleIndexStartup).FullName!);
        try
        {
            var progress = new ImportProgressLog(logger, ProgressLogInterval);
            if (await builder.BuildIfEmptyAsync(progress, cancellationToken) is { } summary)
            {
                LogBuilt(logger, summary.Documents, summary.Rejected, summary.Elapsed.TotalSeconds);
            }
        }
        catch (PolicySearchException fault)
        {
            LogNotBuilt(logger, fault.Code, fault.Message);
        }

        try
        {
            var statistics = services.GetRequiredService<PolicyIndexReader>().GetStatistics();
            LogReady(logger, statistics.Path, statistics.DocumentCount, statistics.SchemaVersion);
        }
        catch (PolicySearchException fault)
        {
            LogUnavailable(logger, fault.Code, fault.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Built the index from the samples: {DocumentCount} documents, {RejectedCount} lines rejected, in {ElapsedSeconds:F1} s")]
    private static partial void LogBuilt(ILogger logger, long documentCount, long rejectedCount, double elapsedSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving the index at {IndexPath}: {DocumentCount} documents, schema version {SchemaVersion}")]
    private static partial void LogReady(ILogger logger, string indexPath, int documentCount, int schemaVersion);

    [LoggerMessage(Level = LogLevel.Error, Message = "The index cannot be opened ({ErrorCode}): {ErrorMessage} Serving anyway; searches answer 503 until it can")]
    private static partial void LogUnavailable(ILogger logger, string errorCode, string errorMessage);

    [LoggerMessage(Level = LogLevel.Error, Message = "The index could not be built from the samples ({ErrorCode}): {ErrorMessage} Serving anyway; searches answer 503 until an index exists")]
    private static partial void LogNotBuilt(ILogger logger, string errorCode, string errorMessage);
}
