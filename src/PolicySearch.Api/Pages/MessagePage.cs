namespace PolicySearch.Api.Pages;

/// <summary>A page that only says what went wrong (an unknown document, an unavailable index) and leads back to search.</summary>
internal static class MessagePage
{
    public static string Render(string heading, string message) => PageLayout.Render($"{heading} - {PageText.SiteName}", html =>
    {
        html.Element("h1", heading)
            .Element("p", message, ("class", "notice notice-error"))
            .Open("p").Element("a", "返回检索", ("href", PageLinks.Home)).Close("p");
    });
}
