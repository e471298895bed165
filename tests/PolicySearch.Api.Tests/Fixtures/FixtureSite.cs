using Microsoft.AspNetCore.Http;

namespace PolicySearch.Api.Tests.Fixtures;

/// <summary>A tiny government site on the shared <see cref="FixtureServer"/> (Kestrel at 127.0.0.1): one list page, two documents; and its site file.</summary>
public sealed class FixtureSite : IAsyncDisposable
{
    public const string Name = "api-fixture";

    private static readonly Dictionary<string, string> Pages = new(StringComparer.Ordinal)
    {
        ["/list/index.html"] = "<html><head><title>政策文件</title></head><body><ul>"
            + "<li><a href=\"/content_1.htm\">关于推进湿地保护修复的通知</a></li>"
            + "<li><a href=\"/content_2.htm\">关于加强候鸟栖息地管护的意见</a></li></ul></body></html>",
        ["/content_1.htm"] = Detail("关于推进湿地保护修复的通知", "2024-03-01", "各地要推进湿地保护修复，严格湿地用途管控，恢复红树林湿地生态。"),
        ["/content_2.htm"] = Detail("关于加强候鸟栖息地管护的意见", "2024-05-20", "加强候鸟迁飞通道和栖息地管护，严厉打击非法猎捕候鸟行为。"),
    };

    private readonly FixtureServer _server;

    private FixtureSite(FixtureServer server, string configDirectory)
    {
        _server = server;
        ConfigDirectory = configDirectory;
    }

    public Uri BaseUri => _server.BaseUri;

    /// <summary>A folder holding api-fixture.json, which allows the loopback host explicitly.</summary>
    public string ConfigDirectory { get; }

    /// <param name="recrawlInterval">The site file's recrawlInterval (zero: never scheduled).</param>
    public static async Task<FixtureSite> StartAsync(string root, string recrawlInterval = "00:00:00")
    {
        var server = await FixtureServer.StartAsync();
        foreach (var (path, page) in Pages)
        {
            server.Routes[path] = async context =>
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(page);
            };
        }

        var configDirectory = Path.Combine(root, "crawler-config");
        Directory.CreateDirectory(configDirectory);
        await File.WriteAllTextAsync(Path.Combine(configDirectory, Name + ".json"), SiteFile(server.BaseUri, recrawlInterval));
        return new FixtureSite(server, configDirectory);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static string SiteFile(Uri baseUri, string recrawlInterval) => $$"""
        {
          "name": "{{Name}}",
          "seeds": ["{{new Uri(baseUri, "list/index.html")}}"],
          "allowPrivateHosts": ["127.0.0.1"],
          "list": { "urlPatterns": ["/list/index\\.html$"] },
          "detail": { "urlPatterns": ["/content_\\d+\\.htm$"] },
          "selectors": { "body": "#content" },
          "category": "测试文件",
          "delayMs": 0,
          "concurrency": 2,
          "maxDepth": 3,
          "maxPages": 20,
          "obeyRobots": false,
          "useSitemaps": false,
          "recrawlInterval": "{{recrawlInterval}}"
        }
        """;

    private static string Detail(string title, string date, string body) =>
        $"<html><head><title>{title}</title><meta name=\"PubDate\" content=\"{date}\"></head>"
        + $"<body><h1>{title}</h1><div id=\"content\"><p>{body}</p></div></body></html>";
}
