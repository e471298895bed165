using Microsoft.Extensions.Logging;
using PolicySearch.Engine.Indexing.Import;
using PolicySearch.Engine;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Searching;

namespace PolicySearch.Hosting.Bootstrap;

/// <summary>Gives a new user results at once: an empty or missing index is built from the sample archive.</summary>
public sealed partial class SampleIndexBuilder
{
    private readonly IndexOptions _indexOptions;
    private readonly ImportOptions _importOptions;
    private readonly SampleArchiveOptions _sampleOptions;
    private readonly ILoggerFactory _loggers;

    public SampleIndexBuilder(IndexOptions indexOptions, ImportOptions importOptions, SampleArchiveOptions sampleOptions, ILoggerFactory loggers)
    {
        _indexOptions = indexOptions;
        _importOptions = importOptions;
        _sampleOptions = sampleOptions;
        _loggers = loggers;
    }

    public bool IsNeeded() => IndexDirectoryState.IsEmpty(_indexOptions.Path);

    /// <summary>Imports every archive of the samples folder; null when the index already had documents.</summary>
    public async Task<ImportSummary?> BuildIfEmptyAsync(IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (!IsNeeded())
        {
            return null;
        }

        var files = SampleArchive.FindFiles(_sampleOptions.Path);
        var logger = _loggers.CreateLogger<SampleIndexBuilder>();
        LogBuilding(logger, _indexOptions.Path, files.Count);
        using var writer = PolicyIndexWriter.Open(_indexOptions, _loggers.CreateLogger<PolicyIndexWriter>());
        var importer = new ArchiveImporter(writer, _importOptions, _loggers.CreateLogger<ArchiveImporter>());
        return await importer.ImportAsync(files, progress, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The index at {IndexPath} is empty: building it from {FileCount} sample archive files")]
    private static partial void LogBuilding(ILogger logger, string indexPath, int fileCount);
}
