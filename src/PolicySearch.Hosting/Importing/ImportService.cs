using Microsoft.Extensions.Logging;
using PolicySearch.Core.Import;
using PolicySearch.Engine.Indexing.Import;
using PolicySearch.Hosting.Indexing;

namespace PolicySearch.Hosting.Importing;

/// <summary>Runs an archive import into the configured index: takes the writer lease for the run, with the configured import options.</summary>
public sealed class ImportService
{
    private readonly IndexWriterLease _writers;
    private readonly ImportOptions _options;
    private readonly ILoggerFactory _loggers;

    public ImportService(IndexWriterLease writers, ImportOptions options, ILoggerFactory loggers)
    {
        _writers = writers;
        _options = options;
        _loggers = loggers;
    }

    public string IndexPath => _writers.IndexPath;

    /// <param name="lineRejected">Called for each bad line (its file, line number and reason); the import goes on.</param>
    public async Task<ImportSummary> ImportAsync(
        IReadOnlyList<string> files,
        IProgress<ImportProgress>? progress,
        Action<ImportLine>? lineRejected,
        CancellationToken cancellationToken)
    {
        using var writer = _writers.Acquire();
        var importer = new ArchiveImporter(writer, _options, _loggers.CreateLogger<ArchiveImporter>());
        if (lineRejected is not null)
        {
            importer.LineRejected += lineRejected;
        }

        return await importer.ImportAsync(files, progress, cancellationToken);
    }
}
