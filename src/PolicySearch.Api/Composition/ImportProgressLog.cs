using System.Diagnostics;
using PolicySearch.Engine.Indexing.Import;

namespace PolicySearch.Api.Composition;

/// <summary>Logs import progress at most once per interval, however often it is reported.</summary>
internal sealed partial class ImportProgressLog : IProgress<ImportProgress>
{
    private readonly ILogger _logger;
    private readonly long _intervalTicks;
    private long _lastLogged;

    public ImportProgressLog(ILogger logger, TimeSpan interval)
    {
        _logger = logger;
        _intervalTicks = (long)(interval.TotalSeconds * Stopwatch.Frequency);
        _lastLogged = Stopwatch.GetTimestamp();
    }

    public void Report(ImportProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var now = Stopwatch.GetTimestamp();
        var last = Interlocked.Read(ref _lastLogged);
        if (now - last < _intervalTicks || Interlocked.CompareExchange(ref _lastLogged, now, last) != last)
        {
            return;
        }

        LogProgress(_logger, value.Documents, value.Fraction * 100, value.DocumentsPerSecond);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Building the index from the samples: {DocumentCount} documents, {PercentDone:F0}% of the files read, {DocumentsPerSecond:F0} documents/s")]
    private static partial void LogProgress(ILogger logger, long documentCount, double percentDone, double documentsPerSecond);
}
