using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>Serves a folder (the offline sample site) on 127.0.0.1 with Kestrel, in this process, for the crawl benchmark.</summary>
internal sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<StaticSiteServer> StartAsync(string root, CancellationToken cancellationToken)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}/");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = Path.GetFullPath(root) });
        builder.WebHost.UseUrls(address.ToString());
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var folder = Path.GetFullPath(root);

        // Answers to URLs with a query (Hanweb data proxy, gkmlpt API) are kept as "name@query", as wget names them.
        app.Use((context, next) =>
        {
            var query = context.Request.QueryString.Value;
            var saved = query is { Length: > 1 } ? context.Request.Path.Value + "@" + Uri.UnescapeDataString(query[1..]) : null;
            if (saved is not null && File.Exists(Path.Combine(folder, saved.TrimStart('/'))))
            {
                context.Request.Path = new Microsoft.AspNetCore.Http.PathString(saved);
                context.Request.QueryString = Microsoft.AspNetCore.Http.QueryString.Empty;
            }

            return next(context);
        });
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".shtml"] = "text/html";
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            ContentTypeProvider = types,
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
        });
        await app.StartAsync(cancellationToken);
        return new StaticSiteServer(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
