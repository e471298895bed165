namespace PolicySearch.Api.Pages;

/// <summary>A page that only says what went wrong (an unknown document, an unavailable index) and leads back to search.</summary>
internal static class MessagePage
{
    /// <param name="messageLanguage">"en" when the message is a fault's own (English) message; null when it is Chinese.</param>
    public static string Render(string heading, string message, PageDisplay display, string? messageLanguage = null) =>
        PageLayout.Render($"{heading} - {PageText.SiteName}", display, html =>
    {
        html.Element("h1", heading)
            .Element("p", message, ("class", "notice notice-error"), ("lang", messageLanguage))
            .Open("p").Element("a", "返回检索", ("href", PageLinks.Home)).Close("p");
    });
}
