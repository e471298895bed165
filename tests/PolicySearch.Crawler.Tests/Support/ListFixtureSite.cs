using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace PolicySearch.Crawler.Tests.Support;

/// <summary>
/// Serves the data-list fixtures of TestData/crawler/lists on a fixture server: a Hanweb column with its data-proxy
/// answers and ten articles, a gkmlpt catalogue with its JSON API and seven documents, and a script-drawn list.
/// </summary>
internal static class ListFixtureSite
{
    public const int HanwebArticles = 10;
    public const int GkmlptDocuments = 7;

    /// <summary>gkmlpt documents whose page data says is_abolished: 1 (7004) or is_expired: 1 (7006).</summary>
    public const int AbolishedId = 7004;
    public const int ExpiredId = 7006;

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "crawler", "lists");

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Folder, relativePath));

    public static void ServeHanweb(FixtureServer server)
    {
        server.Routes["/col/col1228/index.html"] = context => Send(context, "<html><body><a href=\"/col/col1229/index.html\">政策文件</a></body></html>", "text/html");
        server.Routes["/col/col1229/index.html"] = context => Send(context, Read("hanweb/col1229.html"), "text/html; charset=UTF-8");
        server.Routes["/module/web/jpage/dataproxy.jsp"] = context =>
        {
            var start = context.Request.Query["startrecord"].ToString();
            var file = Path.Combine(Folder, "hanweb", $"dataproxy-{start}.xml");
            if (context.Request.Query["columnid"] != "1229" || !File.Exists(file))
            {
                context.Response.StatusCode = 404;
                return Task.CompletedTask;
            }

            // Hanweb answers the data proxy as a JSP page: text/html, whatever the XML inside.
            return Send(context, File.ReadAllText(file), "text/html;charset=UTF-8");
        };
        for (var i = 0; i < HanwebArticles; i++)
        {
            ServeArticle(server, ArticlePath(1229, i), 1229, "政策文件", i);
        }
    }

    public static string ArticlePath(int column, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"/art/2021/3/{index + 1}/art_{column}_{5001 + index}.html");

    /// <summary>A Hanweb article of the column fixture, by its index in the column.</summary>
    public static void ServeArticle(FixtureServer server, string path, int columnId, string column, int index)
    {
        var id = (5001 + index).ToString(CultureInfo.InvariantCulture);
        var title = TitleOf(string.Concat(Directory.GetFiles(Path.Combine(Folder, "hanweb"), "dataproxy-*.xml").Select(File.ReadAllText)), index);
        var html = Read("hanweb/article.html").Replace("{{TITLE}}", title, StringComparison.Ordinal).Replace("{{ID}}", id, StringComparison.Ordinal)
            .Replace("{{DATE}}", string.Create(CultureInfo.InvariantCulture, $"2021-03-{index + 1:00}"), StringComparison.Ordinal)
            .Replace("{{WRITTEN}}", string.Create(CultureInfo.InvariantCulture, $"2021-02-{index + 1:00}"), StringComparison.Ordinal)
            .Replace("{{COLUMN}}", column, StringComparison.Ordinal).Replace("{{COLUMNID}}", columnId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        server.Routes[path] = context => Send(context, html, "text/html; charset=UTF-8");
    }

    public static void ServeGkmlpt(FixtureServer server)
    {
        server.Routes["/gkmlpt/index"] = context => Send(context, Read("gkmlpt/index.html"), "text/html; charset=utf-8");
        server.Routes["/gkmlpt/api/all/0"] = context =>
        {
            var file = Path.Combine(Folder, "gkmlpt", $"api-page-{context.Request.Query["page"]}.json");
            if (context.Request.Query["sid"] != "755" || !File.Exists(file))
            {
                context.Response.StatusCode = 404;
                return Task.CompletedTask;
            }

            return Send(context, File.ReadAllText(file).Replace("{{HOST}}", server.BaseUri.AbsoluteUri, StringComparison.Ordinal), "application/json;charset=UTF-8");
        };
        for (var id = 7001; id < 7001 + GkmlptDocuments; id++)
        {
            var title = TitleOf(Read(id < 7005 ? "gkmlpt/api-page-1.json" : "gkmlpt/api-page-2.json"), id);
            var html = Read("gkmlpt/post.html").Replace("{{TITLE}}", title, StringComparison.Ordinal)
                .Replace("{{ID}}", id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{{ABOLISHED}}", id == AbolishedId ? "1" : "0", StringComparison.Ordinal)
                .Replace("{{EXPIRED}}", id == ExpiredId ? "1" : "0", StringComparison.Ordinal);
            server.Routes[string.Create(CultureInfo.InvariantCulture, $"/gkmlpt/content/5/{id}/post_{id}.html")] = context => Send(context, html, "text/html; charset=utf-8");
        }
    }

    public static void ServeScripted(FixtureServer server)
    {
        server.Routes["/jbkzzx/c100009/list.html"] = context => Send(context, Read("scripted/list.html").Replace("HOST", server.BaseUri.Authority, StringComparison.Ordinal), "text/html; charset=utf-8");
        foreach (var (day, n) in new[] { (21, 1001), (20, 1002), (22, 1003) })
        {
            var html = $"<html><head><title>通知{n}</title></head><body><h1>通知{n}</h1><p>发布日期：2021-09-{day}</p><div id=\"zoom\"><p>第{n}号通知的正文，内容足够长，便于识别为正文。</p></div></body></html>";
            server.Routes[string.Create(CultureInfo.InvariantCulture, $"/jbkzzx/c100009/202109/t202109{day}_{n}.html")] = context => Send(context, html, "text/html; charset=utf-8");
        }
    }

    private static string TitleOf(string listText, int indexOrId)
    {
        if (indexOrId < 1000)
        {
            var marker = string.Create(CultureInfo.InvariantCulture, $"_{5001 + indexOrId}.html\" title=\"");
            var start = listText.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
            return listText[start..listText.IndexOf('"', start)];
        }

        var idMarker = string.Create(CultureInfo.InvariantCulture, $"\"id\": {indexOrId}, \"title\": \"");
        var at = listText.IndexOf(idMarker, StringComparison.Ordinal) + idMarker.Length;
        return listText[at..listText.IndexOf('"', at)];
    }

    private static Task Send(HttpContext context, string text, string contentType)
    {
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(text, context.RequestAborted);
    }
}
