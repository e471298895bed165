using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Maintenance;
using PolicySearch.Engine.Indexing;

namespace PolicySearch.Engine.Maintenance;

/// <summary>
/// Checks an index with Lucene's CheckIndex (read-only, safe while a writer runs) and repairs it by
/// dropping broken segments (only with the write lock held, so never under another writer).
/// </summary>
public sealed partial class IndexMaintenance
{
    private readonly ILogger _logger;

    public IndexMaintenance(ILogger logger)
    {
        _logger = logger;
    }

    /// <exception cref="PolicySearchException"><see cref="ErrorCodes.IndexNotFound"/> when there is no index at the path.</exception>
    public IndexCheckReport Check(string path)
    {
        using var directory = OpenExisting(path);
        var report = CheckIndexRun.Run(directory, path).Report;
        LogChecked(_logger, path, report.Clean, report.BrokenSegmentCount, report.DocumentsLostByFix);
        return report;
    }

    /// <summary>Drops the broken segments of the newest commit, losing their documents.</summary>
    /// <exception cref="PolicySearchException">
    /// <see cref="ErrorCodes.IndexLocked"/> while a writer holds the index; <see cref="ErrorCodes.IndexCorrupt"/>
    /// when no commit can be read at all, which dropping segments cannot repair.
    /// </exception>
    public IndexFixReport Fix(string path)
    {
        using var directory = OpenExisting(path);
        using var writeLock = IndexWriteLock.Obtain(directory, path);
        var run = CheckIndexRun.Run(directory, path);
        var report = run.Report;
        if (!report.Readable)
        {
            throw LuceneDirectories.Corrupt(path, new InvalidDataException(report.Problem ?? "no readable commit"));
        }

        if (report.Clean)
        {
            return new IndexFixReport(path, [], 0, report.DocumentCount, report.Generation);
        }

        run.Checker.FixIndex(run.Status);
        var dropped = report.Segments.Where(segment => segment.Broken).Select(segment => segment.Name).ToList();
        var after = new SegmentInfos();
        after.Read(directory);
        var remaining = after.Segments.Sum(segment => segment.Info.DocCount - segment.DelCount);
        LogFixed(_logger, path, dropped.Count, report.DocumentsLostByFix, remaining);
        return new IndexFixReport(path, dropped, report.DocumentsLostByFix, remaining, after.Generation);
    }

    private static Lucene.Net.Store.Directory OpenExisting(string path)
    {
        if (!System.IO.Directory.Exists(path) || !System.IO.Directory.EnumerateFiles(path, "segments*").Any())
        {
            throw new PolicySearchException(ErrorCodes.IndexNotFound, $"There is no index at '{path}' (no segments_N file).")
            {
                Target = path,
            };
        }

        return LuceneDirectories.Open(path, create: false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Checked {IndexPath}: clean {Clean}, {BrokenSegmentCount} broken segments, {DocumentsLostByFix} documents a fix would lose")]
    private static partial void LogChecked(ILogger logger, string indexPath, bool clean, int brokenSegmentCount, int documentsLostByFix);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fixed {IndexPath}: dropped {DroppedSegmentCount} segments, lost {DocumentsLost} documents, {DocumentCount} remain")]
    private static partial void LogFixed(ILogger logger, string indexPath, int droppedSegmentCount, int documentsLost, int documentCount);
}
