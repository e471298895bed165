using System.IO.Compression;
using PolicySearch.Crawler.Fetching;

namespace PolicySearch.Crawler.Attachments;

/// <summary>
/// The format of an attachment from its first bytes (and, for zip and compound files, their entry names), because servers
/// label .wps and .et as anything and extensions lie. What the bytes cannot tell (plain text) keeps the declared kind.
/// </summary>
internal static class AttachmentSniffer
{
    public static ContentKind Detect(ContentKind declared, byte[] body)
    {
        var head = body.AsSpan(0, Math.Min(body.Length, 1024));
        if (head.IndexOf("%PDF-"u8) >= 0)
        {
            return ContentKind.Pdf;
        }

        if (CompoundFile.IsCompoundFile(head))
        {
            return CompoundKind(body);
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return ZipKind(body);
        }

        if (head.StartsWith("Rar!\u001A\u0007"u8))
        {
            return ContentKind.Rar;
        }

        if (head.TrimStart(" \r\n\t"u8).StartsWith("{\\rtf"u8))
        {
            return ContentKind.Rtf;
        }

        if (IsImage(head))
        {
            return ContentKind.Image;
        }

        // Text has no signature: a .txt (or a body served as text/plain) is read as text; anything else unknown is not read.
        return declared == ContentKind.Text ? ContentKind.Text : ContentKind.Other;
    }

    private static bool IsImage(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G'])
        || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
        || head.StartsWith("GIF8"u8)
        || head.StartsWith("BM"u8)
        || head.StartsWith("II*\0"u8)
        || head.StartsWith("MM\0*"u8);

    private static ContentKind CompoundKind(byte[] body)
    {
        var streams = CompoundFile.Open(body).RootStreamNames;
        return streams.Contains("WordDocument") ? ContentKind.Doc
            : streams.Contains("Workbook") || streams.Contains("Book") ? ContentKind.Xls
            : ContentKind.Other;
    }

    private static ContentKind ZipKind(byte[] body)
    {
        using var archive = new ZipArchive(new MemoryStream(body, writable: false), ZipArchiveMode.Read);
        var names = archive.Entries.Select(entry => entry.FullName.TrimStart('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return names.Contains("word/document.xml") ? ContentKind.Docx
            : names.Contains("xl/workbook.xml") ? ContentKind.Xlsx
            : names.Contains("OFD.xml") ? ContentKind.Ofd
            : ContentKind.Zip;
    }
}
