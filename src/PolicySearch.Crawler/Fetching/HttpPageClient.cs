using System.Net;
using System.Net.Http.Headers;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace PolicySearch.Crawler.Fetching;

/// <summary>
/// One HTTP fetch through the resilient client: redirects followed by hand (limit, loop detection, address check on
/// every hop), conditional GET, a body timeout and a size cap, anti-bot detection.
/// </summary>
internal sealed class HttpPageClient(HttpClient client, CrawlerOptions options, string userAgent, AddressGuard guard)
{
    private const int ErrorBodyBytes = 32 * 1024;

    public async Task<FetchResult> FetchAsync(Uri url, FetchValidators? validators, Func<Uri, CancellationToken, Task<IDisposable>> enterHost, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = await FetchCoreAsync(url, validators, enterHost, cancellationToken);
        return result with { Elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started) };
    }

    private async Task<FetchResult> FetchCoreAsync(Uri url, FetchValidators? validators, Func<Uri, CancellationToken, Task<IDisposable>> enterHost, CancellationToken cancellationToken)
    {
        var visited = new HashSet<Uri> { url };
        var current = url;
        for (var hop = 0; ; hop++)
        {
            var verdict = await guard.CheckAsync(current.Host, current.Port, cancellationToken);
            if (!verdict.Allowed)
            {
                return FetchResult.Failed(url, verdict.Refusal!.Value, verdict.Reason + " at " + current.AbsoluteUri);
            }

            using var slot = await enterHost(current, cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            request.Options.Set(AddressGuard.RequestOption, guard);
            request.Headers.UserAgent.ParseAdd(userAgent);
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
            if (hop == 0 && validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
            {
                request.Headers.IfNoneMatch.Add(tag);
            }

            if (hop == 0 && validators?.LastModified is { } modified && DateTimeOffset.TryParse(modified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
            {
                request.Headers.IfModifiedSince = since;
            }

            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (Exception exception) when (exception is TimeoutRejectedException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                return FetchResult.Failed(url, FetchOutcome.Timeout, "no answer within " + options.RequestTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (HttpRequestException exception) when (AddressRefusedException.Find(exception) is { } refused)
            {
                return FetchResult.Failed(url, refused.Verdict.Refusal!.Value, refused.Message + " at " + current.AbsoluteUri);
            }
            catch (Exception exception) when (exception is HttpRequestException or BrokenCircuitException)
            {
                return FetchResult.Failed(url, FetchOutcome.ConnectionError, exception.Message);
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && status != 304)
                {
                    var location = response.Headers.Location;
                    if (location is null)
                    {
                        return FetchResult.Failed(url, FetchOutcome.HttpError, "redirect without Location", status);
                    }

                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (!visited.Add(next))
                    {
                        return FetchResult.Failed(url, FetchOutcome.RedirectLoop, "redirect loop at " + next.AbsoluteUri, status);
                    }

                    if (hop + 1 > options.MaxRedirects)
                    {
                        return FetchResult.Failed(url, FetchOutcome.TooManyRedirects, "more than the redirect limit", status);
                    }

                    current = next;
                    continue;
                }

                return await ReadAsync(url, current, response, cancellationToken);
            }
        }
    }

    private async Task<FetchResult> ReadAsync(Uri url, Uri final, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var contentType = response.Content.Headers.ContentType?.ToString();
        var kind = ContentKinds.Of(contentType, final);
        var result = new FetchResult
        {
            Url = url, FinalUrl = final, Outcome = FetchOutcome.Ok, StatusCode = status, ContentType = contentType,
            ETag = response.Headers.ETag?.ToString(), LastModified = response.Content.Headers.LastModified?.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return result with { Outcome = FetchOutcome.NotModified };
        }

        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            return result with { Outcome = FetchOutcome.Gone, Error = "HTTP " + status.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        var limit = response.IsSuccessStatusCode ? options.MaxResponseBytes : ErrorBodyBytes;
        if (response.IsSuccessStatusCode && response.Content.Headers.ContentLength > limit)
        {
            return result with { Outcome = FetchOutcome.TooLarge, Error = "Content-Length above the response cap" };
        }

        using var bodyTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bodyTimeout.CancelAfter(options.RequestTimeout);
        byte[]? body;
        try
        {
            body = await ReadCappedAsync(response.Content, limit, bodyTimeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return result with { Outcome = FetchOutcome.Timeout, Error = "the body did not end in time" };
        }
        catch (HttpRequestException exception)
        {
            return result with { Outcome = FetchOutcome.ConnectionError, Error = exception.Message };
        }

        var challenge = AntiBotDetector.Detect(status, kind, body);
        if (challenge is not null)
        {
            return result with { Outcome = FetchOutcome.AntiBot, Error = challenge };
        }

        if (!response.IsSuccessStatusCode)
        {
            return result with { Outcome = FetchOutcome.HttpError, Error = "HTTP " + status.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        return body is null
            ? result with { Outcome = FetchOutcome.TooLarge, Error = "body above the response cap" }
            : result with { Body = body };
    }

    /// <summary>Returns null when the body exceeds the cap; reading stops there.</summary>
    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
