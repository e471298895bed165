using System.Text;
using PolicySearch.Crawler.Fetching;
using UtfUnknown;

namespace PolicySearch.Crawler.Attachments;

/// <summary>
/// Text of a .txt attachment in the encoding its bytes show, whatever the server's label says (sites serve GB18030 files
/// as UTF-8 and the reverse): a byte-order mark; else UTF-8 when the bytes are valid UTF-8; else the detector's guess
/// (UTF.Unknown) when it is a CJK or UTF-16 encoding; else GB18030, the encoding of nearly every non-UTF-8 Chinese file.
/// </summary>
internal static class PlainText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(byte[] body)
    {
        var text = Decode(body);
        return text.Length > AttachmentText.MaxTextChars ? throw new AttachmentRefusedException("attachment_text_too_long") : TextBudget.Tidy(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
    }

    public static string Decode(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(body, 3, body.Length - 3);
        }

        if (body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x84, 0x31, 0x95, 0x33]))
        {
            return CharsetDecoder.Gb18030.GetString(body, 4, body.Length - 4);
        }

        if (body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (body[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(body, 2, body.Length - 2);
        }

        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return DetectedEncoding(body).GetString(body);
        }
    }

    private static Encoding DetectedEncoding(byte[] body)
    {
        var detected = CharsetDetector.DetectFromBytes(body).Detected;
        var name = detected?.EncodingName?.ToUpperInvariant() ?? string.Empty;
        return name switch
        {
            "BIG5" or "BIG-5" when detected!.Encoding is { } big5 => big5,
            _ when name.StartsWith("UTF-16", StringComparison.Ordinal) && detected!.Encoding is { } utf16 => utf16,
            _ => CharsetDecoder.Gb18030,
        };
    }
}
