using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using PolicySearch.Cli.Tests.Support;

namespace PolicySearch.Cli.Tests.Commands;

public sealed class ServeCommandTests : IDisposable
{
    private readonly TemporaryDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task First_serve_builds_the_index_from_the_samples_and_answers_searches()
    {
        var samples = _work.Combine("samples");
        Directory.CreateDirectory(samples);
        File.Copy(Archives.Sample, Path.Combine(samples, "archive.jsonl.gz"));
        var url = $"http://127.0.0.1:{FreePort()}";
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };

        using var serve = CliProcess.Start(_work.Path, null, "serve", "--urls", url);
        await serve.WaitUntilAsync(() => serve.Output.Contains("Documents indexed", StringComparison.Ordinal), TimeSpan.FromMinutes(3), "the sample import");
        await WaitForHealthAsync(serve, http);

        var response = await http.GetAsync(new Uri("/api/search?q=%E6%B3%95%E6%B2%BB", UriKind.Relative));
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(root.GetProperty("total").GetInt32() > 10);
        Assert.True(Directory.EnumerateFiles(_work.Combine("index"), "segments_*").Any());
    }

    private static Task WaitForHealthAsync(CliProcess serve, HttpClient http) =>
        serve.WaitUntilAsync(
            async () =>
            {
                try
                {
                    return (await http.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            },
            TimeSpan.FromMinutes(1),
            "a healthy server");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
