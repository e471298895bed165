using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PolicySearch.TestSupport;

/// <summary>
/// A real Kestrel on 127.0.0.1 with a random port: serves a folder (ETag, Last-Modified, 304) and programmable routes.
/// A request with a query is served from the file "name@query" when there is one (a mirror's name for it).
/// </summary>
public sealed class FixtureServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FixtureServer(WebApplication app, string? root)
    {
        _app = app;
        Root = root;
    }

    public string? Root { get; }

    public Uri BaseUri { get; private set; } = null!;

    public ConcurrentDictionary<string, RequestDelegate> Routes { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Every request's path and query string ("?a=1&amp;b=2", empty when none).</summary>
    public ConcurrentQueue<(string Path, string Query)> QueryRequests { get; } = new();

    /// <summary>Content-Type charset sent with .html files of a folder (e.g. "/gbk/" → "gbk").</summary>
    public ConcurrentDictionary<string, string> Charsets { get; } = new(StringComparer.Ordinal);

    public int Count(string path) => Requests.Count(p => p == path);

    public Uri Url(string path) => new(BaseUri, path);

    public static async Task<FixtureServer> StartAsync(string? root = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FixtureServer(app, root);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        Requests.Enqueue(path);
        QueryRequests.Enqueue((path, context.Request.QueryString.Value ?? string.Empty));
        if (Routes.TryGetValue(path, out var route))
        {
            await route(context);
            return;
        }

        var file = Root is null ? null : Path.Combine(Root, path.TrimStart('/'));
        var query = context.Request.QueryString.Value;
        if (file is not null && query is { Length: > 1 } && File.Exists(file + "@" + Uri.UnescapeDataString(query[1..])))
        {
            file += "@" + Uri.UnescapeDataString(query[1..]);
        }

        if (file is not null && Directory.Exists(file))
        {
            file = Path.Combine(file, "index.html");
        }

        if (file is null || !File.Exists(file))
        {
            context.Response.StatusCode = 404;
            return;
        }

        var body = await File.ReadAllBytesAsync(file);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..16] + "\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.LastModified = File.GetLastWriteTimeUtc(file).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            context.Response.StatusCode = 304;
            return;
        }

        var charset = Charsets.FirstOrDefault(pair => path.StartsWith(pair.Key, StringComparison.Ordinal)).Value;
        context.Response.ContentType = ContentTypeOf(file) + (charset is null ? string.Empty : "; charset=" + charset);
        await context.Response.Body.WriteAsync(body);
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file) switch
    {
        ".html" or ".htm" or ".shtml" => "text/html",
        ".xml" => "application/xml",
        ".json" => "application/json",
        ".txt" => "text/plain",
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/octet-stream",
    };
}
