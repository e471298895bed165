using System.IO.Compression;
using System.Security.Cryptography;

namespace PolicySearch.Crawler.State;

/// <summary>Compression and hashing of stored response bodies.</summary>
public static class RawBodies
{
    public static byte[] Compress(byte[] body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }

    public static byte[] Decompress(byte[] compressed)
    {
        using var input = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    public static string Hash(byte[] body) => Convert.ToHexStringLower(SHA256.HashData(body));
}
