using PolicySearch.Core.Documents;

namespace PolicySearch.Core.Import;

/// <summary>
/// One line read from a JSON Lines archive: either a document or the reason the line was rejected.
/// </summary>
/// <param name="File">The archive's path as given.</param>
/// <param name="LineNumber">1-based line number.</param>
/// <param name="Document">The document, when the line was valid.</param>
/// <param name="Error">Why the line was rejected, when it was not.</param>
/// <param name="FilePosition">Bytes of the file on disk consumed so far (compressed bytes for .gz), for progress and ETA.</param>
/// <param name="TextBytes">UTF-8 bytes of this line (uncompressed), for MB/s.</param>
public sealed record ImportLine(
    string File,
    int LineNumber,
    PolicyDocument? Document,
    string? Error,
    long FilePosition,
    int TextBytes);
