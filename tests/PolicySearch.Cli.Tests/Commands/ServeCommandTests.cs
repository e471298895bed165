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

    [Fact]
    public async Task Serve_reads_POLICYSEARCH_variables_and_ignores_unprefixed_ones()
    {
        var index = await ImportSmallIndexAsync();
        var environment = new Dictionary<string, string>
        {
            ["POLICYSEARCH_RateLimit__PermitLimit"] = "2",
            ["RateLimit__Enabled"] = "false",
        };

        var statuses = await SearchStatusesAsync(environment, 3, "--index", index);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Serve_takes_Section_Key_arguments_over_variables()
    {
        var index = await ImportSmallIndexAsync();
        var environment = new Dictionary<string, string> { ["POLICYSEARCH_RateLimit__PermitLimit"] = "1" };

        var statuses = await SearchStatusesAsync(environment, 4, "--index", index, "--RateLimit:PermitLimit=3");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("RateLimit__PermitLimit", "0", "RateLimit:PermitLimit must be at least 1", "serve")]
    [InlineData("Crawler__MaxRetries", "50", "Crawler:MaxRetries must be 0-10", "serve")]
    [InlineData("Crawler__MaxRetries", "50", "Crawler:MaxRetries must be 0-10", "crawl", "site.json")]
    [InlineData("Import__IndexingThreads", "0", "Import:IndexingThreads must be between 1 and 64", "import", "archive.jsonl")]
    public async Task A_bad_setting_stops_every_command_with_one_line_naming_it(string variable, string value, string rule, params string[] command)
    {
        Archives.Write(_work.Combine("archive.jsonl"), [Archives.Line("a", "关于推进法治政府建设的通知", "法治政府建设")]);
        var environment = new Dictionary<string, string> { ["POLICYSEARCH_" + variable] = value };
        using var cli = CliProcess.Start(_work.Path, environment, [.. command, "--index", _work.Combine("index")]);

        var exitCode = await cli.WaitForExitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(3, exitCode);
        Assert.StartsWith($"policysearch: Invalid configuration: {rule}", cli.Error.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", cli.Error, StringComparison.Ordinal);
    }

    private async Task<string> ImportSmallIndexAsync()
    {
        var archive = Archives.Write(_work.Combine("small.jsonl"), [Archives.Line("a", "关于推进法治政府建设的通知", "法治政府建设")]);
        var index = _work.Combine("index");
        var import = await CliProcess.RunAsync(_work.Path, "import", archive, "--threads", "1", "--index", index);
        Assert.True(import.ExitCode == 0, import.Error);
        return index;
    }

    /// <summary>Starts serve with the environment and arguments, and sends that many searches in a row.</summary>
    private async Task<List<HttpStatusCode>> SearchStatusesAsync(Dictionary<string, string> environment, int requests, params string[] arguments)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };
        using var serve = CliProcess.Start(_work.Path, environment, ["serve", "--urls", url, .. arguments]);
        await WaitForHealthAsync(serve, http);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < requests; i++)
        {
            using var response = await http.GetAsync(new Uri("/api/search?q=%E6%B3%95%E6%B2%BB", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        return statuses;
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
