using System.Globalization;

namespace PolicySearch.Crawler.Fetching;

/// <summary>
/// Fetches file: URLs of an offline mirror (e.g. a wget -m copy); a folder answers with its index page. A URL with a
/// query is read from the file named as wget saves it: "name?query", or "name@query" (wget's Windows-safe names).
/// </summary>
public static class FileFetcher
{
    private static readonly string[] IndexNames = ["index.html", "index.shtml", "index.htm"];

    public static async Task<FetchResult> FetchAsync(Uri url, FetchValidators? validators, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var path = Uri.UnescapeDataString(url.LocalPath);
        if (url.Query.Length > 1)
        {
            var query = Uri.UnescapeDataString(url.Query[1..]);
            path = new[] { path + "?" + query, path + "@" + query }.FirstOrDefault(File.Exists) ?? path + "?" + query;
        }

        if (Directory.Exists(path))
        {
            path = IndexNames.Select(name => Path.Combine(path, name)).FirstOrDefault(File.Exists) ?? path;
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return FetchResult.Failed(url, FetchOutcome.Gone, "no such file", 404) with { Elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started) };
        }

        var lastModified = file.LastWriteTimeUtc.ToString("R", CultureInfo.InvariantCulture);
        var contentType = ContentKinds.MediaTypeOf(file.Name);
        if (validators?.LastModified == lastModified)
        {
            return new FetchResult
            {
                Url = url, FinalUrl = url, Outcome = FetchOutcome.NotModified, StatusCode = 304, ContentType = contentType,
                LastModified = lastModified, Elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started),
            };
        }

        if (file.Length > maxBytes)
        {
            return FetchResult.Failed(url, FetchOutcome.TooLarge, "file larger than the response cap", 200);
        }

        var body = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
        return new FetchResult
        {
            Url = url, FinalUrl = url, Outcome = FetchOutcome.Ok, StatusCode = 200, Body = body, ContentType = contentType,
            LastModified = lastModified, Elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started),
        };
    }
}
