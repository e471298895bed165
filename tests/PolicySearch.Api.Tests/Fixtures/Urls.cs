namespace PolicySearch.Api.Tests.Fixtures;

public static class Urls
{
    public static string Search(string query, string? extra = null) =>
        "/api/search?q=" + Uri.EscapeDataString(query) + (extra is null ? string.Empty : "&" + extra);

    public static string Page(string query, string? extra = null) =>
        "/?q=" + Uri.EscapeDataString(query) + (extra is null ? string.Empty : "&" + extra);
}
