using System.IO.Compression;
using System.Text;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>
/// Writes a corpus N times over into one gzip JSON Lines file, streamed line by line (never held in memory).
/// Copy 1 keeps every line as it is; copy k (k ≥ 2) gives each record the id <c>ID~rK</c>, so an import indexes
/// N times the documents instead of replacing them.
/// </summary>
internal static class CorpusReplicator
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <returns>The lines written.</returns>
    public static async Task<long> WriteAsync(IReadOnlyList<string> archives, int copies, string output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archives);
        ArgumentOutOfRangeException.ThrowIfLessThan(copies, 1);
        var lines = 0L;
        await using var file = File.Create(output);
        await using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        for (var copy = 1; copy <= copies; copy++)
        {
            var suffix = copy == 1 ? null : IdSuffix(copy);
            foreach (var archive in archives)
            {
                using var reader = new StreamReader(OpenArchive(archive), Encoding.UTF8);
                while (await reader.ReadLineAsync(cancellationToken) is { } line)
                {
                    var bytes = Encoding.UTF8.GetBytes(line);
                    await gzip.WriteAsync(suffix is null ? bytes : JsonLineIds.WithSuffix(bytes, suffix), cancellationToken);
                    await gzip.WriteAsync(NewLine, cancellationToken);
                    lines++;
                }
            }
        }

        return lines;
    }

    public static string IdSuffix(int copy) => "~r" + copy.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A plain or gzip archive (told apart by the gzip magic bytes, as import does).</summary>
    private static Stream OpenArchive(string path)
    {
        var file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[2];
        var isGzip = file.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        file.Position = 0;
        return isGzip ? new GZipStream(file, CompressionMode.Decompress) : file;
    }
}
