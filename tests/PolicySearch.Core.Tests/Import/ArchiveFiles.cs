using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicySearch.Core.Tests.Import;

/// <summary>Builds small archive files for the reader tests.</summary>
internal static class ArchiveFiles
{
    private static readonly UTF8Encoding _utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    // Like the corpus: Chinese text as UTF-8, not as \uXXXX escapes.
    private static readonly JsonSerializerOptions _recordOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Record(string id, string title = "标题", string body = "正文")
    {
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = id,
            ["source"] = "tests",
            ["url"] = null,
            ["title"] = title,
            ["issuer"] = "国务院",
            ["doc_number"] = null,
            ["written_date"] = "2018-11-07",
            ["published_date"] = null,
            ["effective_date"] = null,
            ["validity"] = "有效",
            ["category"] = "法律",
            ["body"] = body,
            ["extra"] = new Dictionary<string, object?>(),
        }, _recordOptions);
    }

    public static byte[] Text(IEnumerable<string> lines) => _utf8NoBom.GetBytes(string.Concat(lines.Select(l => l + "\n")));

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>Deterministic text that does not compress to nearly nothing, so a cut lands mid-stream.</summary>
    public static string NoisyBody(int seed, int length)
    {
        const string Alphabet = "国务院关于印发法律条例规定办法通知意见决定批复的一二三四五六七八九十年月日条款项";
        var builder = new StringBuilder(length);
        var state = (uint)seed * 2654435761u + 1;
        for (var i = 0; i < length; i++)
        {
            state = (state * 1664525u) + 1013904223u;
            builder.Append(Alphabet[(int)(state >> 16) % Alphabet.Length]);
        }

        return builder.ToString();
    }
}
