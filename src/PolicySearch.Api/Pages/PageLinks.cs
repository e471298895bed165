using System.Text;

namespace PolicySearch.Api.Pages;

/// <summary>Addresses the page links to, with every value percent-encoded.</summary>
internal static class PageLinks
{
    public const string Home = "/";
    public const string Stylesheet = "/site.css";
    public const string ControlsStylesheet = "/controls.css";
    public const string Script = "/app.js";
    public const string ApiSearch = "/api/search";
    public const string DisplaySettings = "/display";

    public static string Document(string id) => "/documents/" + Escape(id);

    /// <summary>The document page scrolled to an article (the article's paragraph carries its label as id).</summary>
    public static string Article(string id, string article) => Document(id) + "#" + Escape(article);

    /// <summary>The display settings address: sets the setting's cookie and returns to <paramref name="returnPath"/>.</summary>
    public static string Display(string setting, string value, string returnPath) =>
        DisplaySettings + "?" + setting + "=" + Escape(value) + "&return=" + Escape(returnPath);

    /// <summary>Percent-encodes text; a lone surrogate (not valid UTF-16) becomes U+FFFD first.</summary>
    public static string Escape(string text) => Uri.EscapeDataString(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)));
}
