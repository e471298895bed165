using System.Text;
using PolicySearch.Crawler.Fetching;
using SharpCompress.Common;
using SharpCompress.Readers;

namespace PolicySearch.Crawler.Attachments;

/// <summary>
/// Text of a ZIP or RAR archive (SharpCompress, read as a stream so solid RAR archives work): each readable file's name on a
/// line, then its text. The files' inflated sizes count against <see cref="AttachmentText.MaxArchiveInflatedBytes"/> as they
/// are read (declared sizes are checked first but not trusted); more than <see cref="AttachmentText.MaxArchiveEntries"/>
/// files, or a bomb inside, refuses the whole archive. Encrypted files are skipped. Names are UTF-8 when their bytes are
/// valid UTF-8, else GB18030, whatever the UTF-8 flag says (Chinese Windows tools write GBK names without it).
/// </summary>
internal static class ArchiveText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(byte[] body, ReadingContext context)
    {
        if (body.AsSpan().StartsWith("PK\u0003\u0004"u8) && InflationLimit.ZipExceeds(body, AttachmentText.MaxArchiveInflatedBytes))
        {
            throw new AttachmentRefusedException("attachment_bomb");
        }

        var options = new ReaderOptions { LeaveStreamOpen = false, ArchiveEncoding = new ArchiveEncoding { CustomDecoder = (bytes, index, count, _) => Name(bytes, index, count) } };
        using var reader = ReaderFactory.OpenReader(new MemoryStream(body, writable: false), options);
        var text = new TextBudget(context);
        var budget = AttachmentText.MaxArchiveInflatedBytes;
        var files = 0;
        while (reader.MoveToNextEntry())
        {
            var entry = reader.Entry;
            if (entry.IsDirectory)
            {
                continue;
            }

            if (++files > AttachmentText.MaxArchiveEntries || entry.Size > budget)
            {
                throw new AttachmentRefusedException("attachment_bomb");
            }

            var name = entry.Key ?? string.Empty;
            var kind = ContentKinds.OfExtension(Path.GetExtension(name));
            var nested = kind is ContentKind.Zip or ContentKind.Rar;
            if (entry.IsEncrypted || !AttachmentText.CanExtract(kind) || (nested && context.Depth + 1 >= AttachmentText.MaxArchiveDepth))
            {
                continue;
            }

            var bytes = Inflate(reader, budget);
            budget -= bytes.Length;
            var reading = AttachmentText.ReadNested(kind, bytes, context with { Depth = context.Depth + 1 });
            if (reading.Problem is "attachment_bomb" or "attachment_too_slow")
            {
                throw new AttachmentRefusedException(reading.Problem);
            }

            if (!string.IsNullOrWhiteSpace(reading.Text))
            {
                text.AppendLine(name);
                text.AppendLine(reading.Text);
            }
        }

        return text.ToString();
    }

    /// <summary>A file name as stored: UTF-8 when its bytes are (Info-ZIP, 7-Zip, RAR5), else GB18030 (Chinese Windows tools).</summary>
    private static string Name(byte[] bytes, int index, int count)
    {
        try
        {
            return StrictUtf8.GetString(bytes, index, count);
        }
        catch (DecoderFallbackException)
        {
            return CharsetDecoder.Gb18030.GetString(bytes, index, count);
        }
    }

    /// <summary>The current entry's bytes, reading at most one byte past what the archive has left to spend.</summary>
    private static byte[] Inflate(IReader reader, long budget)
    {
        using var entry = reader.OpenEntryStream();
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = entry.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, read);
            if (output.Length > budget)
            {
                throw new AttachmentRefusedException("attachment_bomb");
            }
        }

        return output.ToArray();
    }
}
