using Microsoft.Extensions.Logging;
using PolicySearch.Core.Import;
using PolicySearch.Engine;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Indexing.Import;
using PolicySearch.Hosting.Importing;

namespace PolicySearch.Hosting.Bootstrap;

/// <summary>
/// Gives a new user results at once: an empty or missing index is built from the sample archive. Both hosts'
/// first run goes through here (the web app logs the progress, <c>policysearch serve</c> draws it).
/// </summary>
public sealed partial class SampleIndexBuilder
{
    private readonly ImportService _imports;
    private readonly IndexOptions _indexOptions;
    private readonly SampleArchiveOptions _sampleOptions;
    private readonly ILogger<SampleIndexBuilder> _logger;

    public SampleIndexBuilder(ImportService imports, IndexOptions indexOptions, SampleArchiveOptions sampleOptions, ILogger<SampleIndexBuilder> logger)
    {
        _imports = imports;
        _indexOptions = indexOptions;
        _sampleOptions = sampleOptions;
        _logger = logger;
    }

    public bool IsNeeded() => IndexDirectoryState.IsEmpty(_indexOptions.Path);

    /// <summary>The archives of the samples folder.</summary>
    /// <exception cref="Core.Errors.PolicySearchException">import.file_not_found when the folder is not found.</exception>
    public IReadOnlyList<string> SampleFiles() => SampleArchive.FindFiles(_sampleOptions.Path);

    /// <summary>Imports every archive of the samples folder; null when the index already had documents.</summary>
    public async Task<ImportSummary?> BuildIfEmptyAsync(IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (!IsNeeded())
        {
            return null;
        }

        return await BuildAsync(SampleFiles(), progress, lineRejected: null, cancellationToken);
    }

    /// <summary>Imports <paramref name="files"/> (from <see cref="SampleFiles"/>) into the index.</summary>
    public Task<ImportSummary> BuildAsync(
        IReadOnlyList<string> files,
        IProgress<ImportProgress>? progress,
        Action<ImportLine>? lineRejected,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        LogBuilding(_logger, _indexOptions.Path, files.Count);
        return _imports.ImportAsync(files, progress, lineRejected, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The index at {IndexPath} is empty: building it from {FileCount} sample archive files")]
    private static partial void LogBuilding(ILogger logger, string indexPath, int fileCount);
}
