using System.Buffers;
using System.IO.Compression;

namespace PolicySearch.Crawler.Attachments;

/// <summary>
/// Measures how far compressed content inflates, reading at most one byte past the limit, so a bomb costs bounded time
/// and no memory: the Flate streams of a PDF (two layers deep, for /Filter [/FlateDecode /FlateDecode]) and the entries of a zip.
/// </summary>
internal static class InflationLimit
{
    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();

    /// <summary>True when the Flate streams of a PDF inflate to more than <paramref name="limit"/> bytes in all.</summary>
    public static bool PdfExceeds(byte[] pdf, long limit)
    {
        long total = 0;
        var at = 0;
        while (at < pdf.Length)
        {
            var found = pdf.AsSpan(at).IndexOf(StreamKeyword);
            if (found < 0)
            {
                break;
            }

            var keyword = at + found;
            at = keyword + StreamKeyword.Length;
            if (keyword > 0 && pdf[keyword - 1] == (byte)'d')
            {
                continue; // "endstream"
            }

            var start = at < pdf.Length && pdf[at] == (byte)'\r' ? at + 1 : at;
            if (start >= pdf.Length || pdf[start] != (byte)'\n')
            {
                continue;
            }

            start++;
            var budget = limit - total + 1;
            var outer = Count(() => new ZLibStream(new MemoryStream(pdf, start, pdf.Length - start, writable: false), CompressionMode.Decompress), budget);
            var inner = Count(() => new ZLibStream(new ZLibStream(new MemoryStream(pdf, start, pdf.Length - start, writable: false), CompressionMode.Decompress), CompressionMode.Decompress), budget);
            total += Math.Max(outer, inner);
            if (total > limit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the entries of a zip (a DOCX) declare or actually inflate to more than <paramref name="limit"/> bytes in all.</summary>
    public static bool ZipExceeds(byte[] zip, long limit)
    {
        using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
        if (archive.Entries.Sum(entry => entry.Length) > limit)
        {
            return true;
        }

        long total = 0;
        foreach (var entry in archive.Entries)
        {
            total += Count(entry.Open, limit - total + 1);
            if (total > limit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Bytes the stream gives before it ends, fails, or passes <paramref name="budget"/>.</summary>
    private static long Count(Func<Stream> open, long budget)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        long count = 0;
        try
        {
            using var stream = open();
            int read;
            while (count <= budget && (read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                count += read;
            }
        }
        catch (InvalidDataException)
        {
            // Not (or no longer) Flate data: what was inflated so far counts.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return count;
    }
}
