namespace PolicySearch.Crawler.Extraction;

/// <summary>
/// Recognises a binary body (an image, an archive, random bytes) served as text/html, from its first 8 KB: HTML has no NUL
/// bytes and few control characters. UTF-16 bodies (BOM or charset) are not judged.
/// </summary>
public static class BinaryContent
{
    private const int SampleBytes = 8192;

    public static bool LooksBinary(ReadOnlySpan<byte> body, string? contentType)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            || (contentType?.Contains("utf-16", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return false;
        }

        var sample = body[..Math.Min(body.Length, SampleBytes)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            controls += b is < 0x09 or (> 0x0D and < 0x20 and not 0x1B) ? 1 : 0;
        }

        return controls * 20 > sample.Length;
    }
}
