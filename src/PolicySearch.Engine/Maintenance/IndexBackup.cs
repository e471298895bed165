using System.Text.Json;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Maintenance;
using PolicySearch.Core.Serialization;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Maintenance;

/// <summary>
/// Hot backup and restore. A backup copies the files of the newest commit while another process may
/// be writing: commit files are never modified, only deleted once a newer commit supersedes them, so
/// every file is opened before any is copied (on Linux an open handle outlives the deletion), and a
/// file already gone means a newer commit landed: start over on that one.
/// </summary>
public sealed partial class IndexBackup
{
    private const int Attempts = 10;
    private readonly ILogger _logger;

    public IndexBackup(ILogger logger)
    {
        _logger = logger;
    }

    /// <exception cref="PolicySearchException">No index at the path, the target is not empty, or the copy fails its check.</exception>
    public async Task<BackupManifest> BackupAsync(string indexPath, string backupPath, CancellationToken cancellationToken = default)
    {
        BackupFiles.EnsureEmpty(backupPath, "backup into");
        using var directory = LuceneDirectories.Open(indexPath, create: false);
        for (var attempt = 1; ; attempt++)
        {
            var commit = ReadNewestCommit(directory, indexPath);
            var files = commit.GetFiles(directory, includeSegmentsFile: true).ToList();
            var opened = BackupFiles.OpenAll(indexPath, files);
            if (opened is null)
            {
                if (attempt == Attempts)
                {
                    throw new PolicySearchException(ErrorCodes.IndexCorrupt, $"The index at '{indexPath}' kept changing: {Attempts} commits were superseded while being opened for backup.") { Target = indexPath };
                }

                LogRetry(_logger, indexPath, commit.Generation, attempt);
                continue;
            }

            List<BackupFile> copied;
            using (opened)
            {
                copied = await opened.CopyToAsync(backupPath, commit.GetSegmentsFileName(), cancellationToken);
            }

            var manifest = new BackupManifest(
                Path.GetFullPath(indexPath),
                DateTimeOffset.UtcNow,
                commit.Generation,
                commit.GetSegmentsFileName(),
                commit.Segments.Sum(segment => segment.Info.DocCount - segment.DelCount),
                IndexSchema.ReadVersion(commit.UserData) ?? 0,
                copied);
            Verify(backupPath, "backup copy");
            await File.WriteAllTextAsync(Path.Combine(backupPath, BackupManifest.FileName), JsonSerializer.Serialize(manifest, PolicyJson.Indented), cancellationToken);
            LogBackedUp(_logger, indexPath, backupPath, manifest.Generation, manifest.DocumentCount, copied.Count);
            return manifest;
        }
    }

    /// <summary>Replaces the index at <paramref name="indexPath"/> by a verified backup.</summary>
    /// <exception cref="PolicySearchException">The backup is damaged, the target is locked, or it holds files and <paramref name="force"/> is false.</exception>
    public async Task<BackupManifest> RestoreAsync(string backupPath, string indexPath, bool force, CancellationToken cancellationToken = default)
    {
        var manifest = await BackupFiles.ReadVerifiedManifestAsync(backupPath, cancellationToken);
        using var directory = LuceneDirectories.Open(indexPath, create: true);
        using var writeLock = IndexWriteLock.Obtain(directory, indexPath);
        var existing = BackupFiles.IndexFilesIn(indexPath);
        if (existing.Count > 0 && !force)
        {
            throw new PolicySearchException(
                ErrorCodes.BackupTargetNotEmpty,
                $"The directory '{indexPath}' already holds an index ({existing.Count} files). Add --force to replace it, or restore into an empty directory.")
            {
                Target = indexPath,
            };
        }

        foreach (var file in existing)
        {
            File.Delete(Path.Combine(indexPath, file));
        }

        await BackupFiles.CopyBackAsync(backupPath, indexPath, manifest, cancellationToken);
        Verify(indexPath, "restored index");
        LogRestored(_logger, backupPath, indexPath, manifest.Generation, manifest.DocumentCount);
        return manifest;
    }

    private static SegmentInfos ReadNewestCommit(Lucene.Net.Store.Directory directory, string indexPath)
    {
        try
        {
            var infos = new SegmentInfos();
            infos.Read(directory);
            return infos;
        }
        catch (Exception ex) when (LuceneDirectories.IsCorruption(ex))
        {
            if (ex is FileNotFoundException && !System.IO.Directory.Exists(indexPath))
            {
                throw new PolicySearchException(ErrorCodes.IndexNotFound, $"There is no index at '{indexPath}'.") { Target = indexPath };
            }

            throw LuceneDirectories.Corrupt(indexPath, ex);
        }
    }

    private static void Verify(string path, string what)
    {
        using var directory = LuceneDirectories.Open(path, create: false);
        var report = CheckIndexRun.Run(directory, path).Report;
        if (!report.Clean)
        {
            throw new PolicySearchException(
                ErrorCodes.BackupInvalid,
                $"The {what} at '{path}' fails CheckIndex ({report.Problem ?? $"{report.BrokenSegmentCount} broken segments"}); it was not accepted.")
            {
                Target = path,
            };
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Commit {Generation} of {IndexPath} was superseded while opening its files (attempt {Attempt}); retrying on the newer commit")]
    private static partial void LogRetry(ILogger logger, string indexPath, long generation, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backed up {IndexPath} to {BackupPath}: commit {Generation}, {DocumentCount} documents, {FileCount} files")]
    private static partial void LogBackedUp(ILogger logger, string indexPath, string backupPath, long generation, int documentCount, int fileCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Restored {BackupPath} into {IndexPath}: commit {Generation}, {DocumentCount} documents")]
    private static partial void LogRestored(ILogger logger, string backupPath, string indexPath, long generation, int documentCount);
}
