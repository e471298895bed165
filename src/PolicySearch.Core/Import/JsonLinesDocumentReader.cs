using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using PolicySearch.Core.Errors;

namespace PolicySearch.Core.Import;

/// <summary>
/// Streams a JSON Lines archive (plain or gzip, told apart by the gzip magic bytes) one line at a time.
/// A bad line becomes an <see cref="ImportLine"/> with an error; reading goes on with the next line.
/// </summary>
public static class JsonLinesDocumentReader
{
    private const int TextBufferSize = 64 * 1024;

    /// <summary>Yields one <see cref="ImportLine"/> per non-blank line.</summary>
    /// <exception cref="PolicySearchException">The file does not exist (<see cref="ErrorCodes.ImportFileNotFound"/>).</exception>
    /// <remarks>
    /// A gzip file that is cut off or damaged ends with one line whose error says so, after everything that could be read.
    /// </remarks>
    public static IAsyncEnumerable<ImportLine> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw NotFound(path, null);
        }

        return ReadLinesAsync(path, cancellationToken);
    }

    private static async IAsyncEnumerable<ImportLine> ReadLinesAsync(
        string path,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var file = Open(path);
        var isGzip = await StartsWithGzipMagicAsync(file, cancellationToken);
        await using var decompressed = isGzip ? new VerifiedGzipStream(file) : null;
        using var reader = new StreamReader(
            decompressed ?? (Stream)file,
            Encoding.UTF8,
            detectEncodingFromByteOrderMarks: true,
            TextBufferSize,
            leaveOpen: true);

        var lineNumber = 0;
        while (true)
        {
            string? text;
            string? damage = null;
            try
            {
                text = await reader.ReadLineAsync(cancellationToken);
            }
            catch (InvalidDataException ex)
            {
                text = null;
                damage = ex.Message;
            }

            if (damage is not null)
            {
                yield return new ImportLine(path, lineNumber + 1, null, $"file is truncated or corrupt: {damage}", file.Position, 0);
                yield break;
            }

            if (text is null)
            {
                yield break;
            }

            lineNumber++;
            if (!string.IsNullOrWhiteSpace(text))
            {
                yield return ParseLine(path, lineNumber, text, file.Position);
            }
        }
    }

    private static ImportLine ParseLine(string path, int lineNumber, string text, long filePosition)
    {
        var textBytes = Encoding.UTF8.GetByteCount(text);
        try
        {
            using var json = JsonDocument.Parse(text);
            var document = CorpusRecordMapper.Map(json.RootElement);
            return new ImportLine(path, lineNumber, document, null, filePosition, textBytes);
        }
        catch (JsonException ex)
        {
            return new ImportLine(path, lineNumber, null, $"invalid JSON: {ex.Message}", filePosition, textBytes);
        }
        catch (FormatException ex)
        {
            return new ImportLine(path, lineNumber, null, ex.Message, filePosition, textBytes);
        }
    }

    // Unbuffered: the gzip path reads in the decompressor's chunks and seeks between members, and the plain path
    // reads through the StreamReader's buffer, so a FileStream buffer would only copy twice.
    private static FileStream Open(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw NotFound(path, ex);
        }
    }

    private static async Task<bool> StartsWithGzipMagicAsync(FileStream file, CancellationToken cancellationToken)
    {
        var magic = new byte[2];
        var read = await file.ReadAtLeastAsync(magic, magic.Length, throwOnEndOfStream: false, cancellationToken);
        file.Position = 0;
        return read == magic.Length && magic[0] == 0x1F && magic[1] == 0x8B;
    }

    private static PolicySearchException NotFound(string path, Exception? inner) =>
        new(ErrorCodes.ImportFileNotFound, $"Import file not found: {path}", inner) { Target = path };
}
