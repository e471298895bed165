using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PolicySearch.Api.Logging;
using PolicySearch.Api.Tests.Fixtures;
using Serilog.Core;
using Serilog.Events;

namespace PolicySearch.Api.Tests.Logging;

public sealed class RequestCompletionLoggingTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly CollectingSink _sink = new();
    private TestIndex? _index;
    private ApiFactory? _factory;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _index = await TestIndex.CreateAsync(TestDocuments.All);
        _factory = new ApiFactory(_index.IndexPath, _index.LogDirectory, services => services.AddSingleton<ILogEventSink>(_sink));
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory!.DisposeAsync();
        _index?.Dispose();
    }

    [Fact]
    public async Task A_search_logs_one_completion_event_with_route_status_time_query_length_and_hit_count()
    {
        var response = await _client.GetAsync(Urls.Search("法治政府", "size=5"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var completion = await _sink.WaitForAsync(IsCompletion("/api/search"), Timeout);

        Assert.Equal(RequestCompletionLogging.MessageTemplate, completion.MessageTemplate.Text);
        Assert.Equal(LogEventLevel.Information, completion.Level);
        Assert.Equal("GET", Scalar(completion, "RequestMethod"));
        Assert.Equal(200, Scalar(completion, "StatusCode"));
        Assert.IsType<double>(Scalar(completion, "ElapsedMs"));
        Assert.Equal(4, Scalar(completion, "QueryLength"));
        Assert.True((int)Scalar(completion, "HitCount")! >= 1);
        Assert.Single(_sink.Events, logEvent => IsCompletion("/api/search")(logEvent));
    }

    [Fact]
    public async Task Log_events_never_carry_the_query_text_or_document_text()
    {
        await _client.GetAsync(Urls.Search("法治政府"));
        await _client.GetAsync(Urls.Page("法治政府"));
        await _client.GetAsync("/documents/doc-rule-of-law");
        await _sink.WaitForAsync(IsCompletion("/documents/{id}"), Timeout);

        foreach (var logEvent in _sink.Events)
        {
            var rendered = logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + string.Join(" ", logEvent.Properties.Values);
            Assert.DoesNotContain("法治政府", rendered, StringComparison.Ordinal);
            Assert.DoesNotContain("依法行政", rendered, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_bad_request_is_logged_with_its_status_and_route()
    {
        await _client.GetAsync("/api/search?q=law&size=0");

        var completion = await _sink.WaitForAsync(IsCompletion("/api/search"), Timeout);

        Assert.Equal(400, Scalar(completion, "StatusCode"));
        Assert.Equal(3, Scalar(completion, "QueryLength"));
        Assert.False(completion.Properties.ContainsKey("HitCount"));
    }

    [Fact]
    public async Task The_app_writes_a_rolling_log_file_in_the_configured_directory()
    {
        await _client.GetAsync("/health");
        await _sink.WaitForAsync(IsCompletion("/health"), Timeout);

        Assert.True(Directory.Exists(_index!.LogDirectory));
        Assert.NotEmpty(Directory.GetFiles(_index.LogDirectory, "policysearch-*.log"));
    }

    private static Func<LogEvent, bool> IsCompletion(string route) => logEvent =>
        logEvent.MessageTemplate.Text == RequestCompletionLogging.MessageTemplate
        && Equals(Scalar(logEvent, "Route"), route);

    private static object? Scalar(LogEvent logEvent, string name) =>
        logEvent.Properties.TryGetValue(name, out var value) && value is ScalarValue scalar ? scalar.Value : null;
}
