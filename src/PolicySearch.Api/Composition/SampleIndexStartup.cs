using PolicySearch.Core.Errors;
using PolicySearch.Core.Import;
using PolicySearch.Hosting.Bootstrap;

namespace PolicySearch.Api.Composition;

/// <summary>
/// Before serving: an empty or missing index is built from the sample archive, with progress logged.
/// If that is impossible the app still starts; every search then answers 503 naming the cause.
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
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Built the index from the samples: {DocumentCount} documents, {RejectedCount} lines rejected, in {ElapsedSeconds:F1} s")]
    private static partial void LogBuilt(ILogger logger, long documentCount, long rejectedCount, double elapsedSeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "The index could not be built from the samples ({ErrorCode}): {ErrorMessage} Serving anyway; searches answer 503 until an index exists")]
    private static partial void LogNotBuilt(ILogger logger, string errorCode, string errorMessage);
}
