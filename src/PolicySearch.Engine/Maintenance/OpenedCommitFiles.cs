using System.Security.Cryptography;
using PolicySearch.Core.Maintenance;

namespace PolicySearch.Engine.Maintenance;

/// <summary>Every file of one commit, held open so a concurrent writer deleting them cannot break the copy.</summary>
internal sealed class OpenedCommitFiles : IDisposable
{
    private readonly IReadOnlyList<(string Name, FileStream Stream)> _files;

    public OpenedCommitFiles(IReadOnlyList<(string Name, FileStream Stream)> files)
    {
        _files = files;
    }

    /// <summary>Copies each file (the commit's segments_N last, so a partial copy never looks like an index).</summary>
    public async Task<List<BackupFile>> CopyToAsync(string targetPath, string commitFile, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(targetPath);
        var ordered = _files.OrderBy(file => file.Name == commitFile ? 1 : 0).ThenBy(file => file.Name, StringComparer.Ordinal);
        var copied = new List<BackupFile>();
        foreach (var (name, source) in ordered)
        {
            copied.Add(await CopyOneAsync(source, Path.Combine(targetPath, name), name, cancellationToken));
        }

        return copied;
    }

    public static async Task<BackupFile> CopyOneAsync(Stream source, string targetFile, string name, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long size = 0;
        await using (var target = new FileStream(targetFile, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                size += read;
            }

            target.Flush(flushToDisk: true);
        }

        return new BackupFile(name, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public void Dispose()
    {
        foreach (var (_, stream) in _files)
        {
            stream.Dispose();
        }
    }
}
