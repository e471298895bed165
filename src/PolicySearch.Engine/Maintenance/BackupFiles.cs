using System.Security.Cryptography;
using System.Text.Json;
using Lucene.Net.Index;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Maintenance;
using PolicySearch.Core.Serialization;

namespace PolicySearch.Engine.Maintenance;

/// <summary>File-level steps of backup and restore: opening a commit's files, checking a manifest, copying back.</summary>
internal static class BackupFiles
{
    public static void EnsureEmpty(string path, string purpose)
    {
        if (Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any())
        {
            throw new PolicySearchException(
                ErrorCodes.BackupTargetNotEmpty,
                $"Cannot {purpose} '{path}': the directory is not empty. Choose a new directory for each backup.")
            {
                Target = path,
            };
        }
    }

    /// <summary>Opens every file, or returns null when one has vanished (a newer commit deleted it).</summary>
    public static OpenedCommitFiles? OpenAll(string indexPath, IReadOnlyList<string> names)
    {
        var opened = new List<(string, FileStream)>();
        try
        {
            foreach (var name in names)
            {
                opened.Add((name, new FileStream(Path.Combine(indexPath, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, useAsync: true)));
            }

            return new OpenedCommitFiles(opened);
        }
        catch (FileNotFoundException)
        {
            opened.ForEach(file => file.Item2.Dispose());
            return null;
        }
        catch
        {
            opened.ForEach(file => file.Item2.Dispose());
            throw;
        }
    }

    /// <summary>Index files in a directory, ignoring write.lock (held by whoever restores).</summary>
    public static List<string> IndexFilesIn(string path) => Directory.EnumerateFiles(path)
        .Select(file => Path.GetFileName(file))
        .Where(name => name != IndexWriter.WRITE_LOCK_NAME)
        .ToList();

    public static async Task<BackupManifest> ReadVerifiedManifestAsync(string backupPath, CancellationToken cancellationToken)
    {
        var manifestPath = Path.Combine(backupPath, BackupManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            throw Invalid(manifestPath, $"'{manifestPath}' does not exist; '{backupPath}' is not a PolicySearch backup");
        }

        BackupManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(manifestPath, cancellationToken), PolicyJson.Options);
        }
        catch (JsonException ex)
        {
            throw Invalid(manifestPath, $"'{manifestPath}' is not a valid manifest ({ex.Message})");
        }

        if (manifest?.Files is null || manifest.Files.Count == 0)
        {
            throw Invalid(manifestPath, $"'{manifestPath}' lists no files");
        }

        foreach (var file in manifest.Files)
        {
            var path = Path.Combine(backupPath, Path.GetFileName(file.Name));
            if (!File.Exists(path) || new FileInfo(path).Length != file.SizeBytes || await Sha256Async(path, cancellationToken) != file.Sha256)
            {
                throw Invalid(path, $"'{path}' is missing or differs from the manifest (size {file.SizeBytes}, sha256 {file.Sha256})");
            }
        }

        return manifest;
    }

    public static async Task CopyBackAsync(string backupPath, string indexPath, BackupManifest manifest, CancellationToken cancellationToken)
    {
        foreach (var file in manifest.Files.OrderBy(file => file.Name == manifest.CommitFile ? 1 : 0))
        {
            var name = Path.GetFileName(file.Name);
            await using var source = File.OpenRead(Path.Combine(backupPath, name));
            await OpenedCommitFiles.CopyOneAsync(source, Path.Combine(indexPath, name), name, cancellationToken);
        }
    }

    private static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    private static PolicySearchException Invalid(string target, string reason) =>
        new(ErrorCodes.BackupInvalid, $"Cannot restore: {reason}.") { Target = target };
}
