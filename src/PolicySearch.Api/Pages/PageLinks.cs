using System.Text;
using PolicySearch.Api.Requests;

namespace PolicySearch.Api.Pages;

/// <summary>Addresses the page links to, with every value percent-encoded.</summary>
internal static class PageLinks
{
    public const string Home = "/";
    public const string Stylesheet = "/site.css";

    public static string Document(string id) => "/documents/" + Escape(id);

    public static string Csv(string query) => "/api/search?q=" + Escape(query) + "&format=csv";

    /// <summary>The document page scrolled to an article (the article's paragraph carries its label as id).</summary>
    public static string Article(string id, string article) => Document(id) + "#" + Escape(article);

    public static string Search(string query, int page, int size)
    {
        var link = new StringBuilder("/?q=").Append(Escape(query));
        if (page != 1)
        {
            link.Append("&page=").Append(PageText.Number(page));
        }

        if (size != SearchParameters.DefaultSize)
        {
            link.Append("&size=").Append(PageText.Number(size));
        }

        return link.ToString();
    }

    /// <summary>Percent-encodes text; a lone surrogate (not valid UTF-16) becomes U+FFFD first.</summary>
    private static string Escape(string text) => Uri.EscapeDataString(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)));
}
