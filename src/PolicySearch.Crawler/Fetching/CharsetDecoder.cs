using System.Text;
using System.Text.RegularExpressions;

namespace PolicySearch.Crawler.Fetching;

/// <summary>
/// Decodes a page: charset from the HTTP header, then the BOM, then &lt;meta charset&gt;, else UTF-8 (GB18030 when the
/// bytes are not valid UTF-8). gb2312, gbk and their aliases are decoded as GB18030, their superset.
/// </summary>
public static partial class CharsetDecoder
{
    private const int MetaScanBytes = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 { get; } = GetGb18030();

    public static string Decode(byte[] body, string? contentType) => Decode(body, contentType, out _);

    public static string Decode(byte[] body, string? contentType, out string charset)
    {
        ArgumentNullException.ThrowIfNull(body);
        var encoding = FromName(HeaderCharset(contentType));
        var skip = 0;
        if (encoding is null)
        {
            (encoding, skip) = FromBom(body);
        }

        encoding ??= FromName(MetaCharset(body));
        if (encoding is null)
        {
            try
            {
                charset = "utf-8";
                return StrictUtf8.GetString(body);
            }
            catch (DecoderFallbackException)
            {
                encoding = Gb18030;
            }
        }

        charset = encoding.WebName;
        if (skip == 0 && encoding is UTF8Encoding && body.AsSpan().StartsWith("\uFEFF"u8))
        {
            skip = 3;
        }

        return encoding.GetString(body, skip, body.Length - skip);
    }

    /// <summary>Maps a declared charset to an encoding; unknown names give null.</summary>
    public static Encoding? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var normalized = name.Trim().Trim('"', '\'').ToLowerInvariant();
        if (normalized is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "gb_2312-80" or "cp936" or "euc-cn" or "csgb2312")
        {
            return Gb18030;
        }

        try
        {
            return Encoding.GetEncoding(normalized);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? HeaderCharset(string? contentType)
    {
        var match = contentType is null ? Match.Empty : CharsetParameter().Match(contentType);
        return match.Success ? match.Groups["c"].Value : null;
    }

    private static (Encoding? Encoding, int Skip) FromBom(byte[] body)
    {
        var span = body.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            return (new UTF8Encoding(false), 3);
        }

        if (span.StartsWith(stackalloc byte[] { 0xFF, 0xFE }))
        {
            return (Encoding.Unicode, 2);
        }

        return span.StartsWith(stackalloc byte[] { 0xFE, 0xFF }) ? (Encoding.BigEndianUnicode, 2) : (null, 0);
    }

    private static string? MetaCharset(byte[] body)
    {
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, MetaScanBytes));
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups["c"].Value : null;
    }

    private static Encoding GetGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<c>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<c>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();
}
