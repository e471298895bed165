using System.Text.Json;

namespace PolicySearch.Api.Pages;

/// <summary>
/// The 附件 section of the document page, from the crawler's <c>Extra.attachments</c> ([{name, url, …}]) when
/// present. Only http, https and relative addresses become links; anything else (javascript:, data:) is shown as text.
/// </summary>
internal static class DocumentAttachments
{
    public static void Write(HtmlWriter html, JsonElement? extra)
    {
        var attachments = Read(extra);
        if (attachments.Count == 0)
        {
            return;
        }

        RelationList.Open(html, "attachments", "附件");
        html.Open("ul", ("class", "relation-list")).Line();
        foreach (var (name, url) in attachments)
        {
            html.Open("li");
            if (SafeLink(url) is { } link)
            {
                html.Element("a", name, ("href", link), ("rel", "noreferrer"));
            }
            else
            {
                html.Text(name);
                RelationList.Note(html, url);
            }

            html.Close("li").Line();
        }

        RelationList.Close(html);
    }

    /// <summary>An absolute http(s) address, or a relative one that names no scheme; null for anything else.</summary>
    public static string? SafeLink(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        // Checked before Uri.TryCreate, which on Unix reads "/files/a.pdf" as an absolute file: address.
        var trimmed = url.Trim();
        var schemeEnd = trimmed.IndexOfAny(['/', '?', '#']);
        if (!(schemeEnd < 0 ? trimmed : trimmed[..schemeEnd]).Contains(':', StringComparison.Ordinal))
        {
            return trimmed.Any(char.IsControl) || trimmed.Contains('\\', StringComparison.Ordinal) ? null : trimmed;
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps)
            ? absolute.AbsoluteUri
            : null;
    }

    private static List<(string Name, string? Url)> Read(JsonElement? extra)
    {
        var found = new List<(string, string?)>();
        if (extra is not { ValueKind: JsonValueKind.Object } root
            || !root.TryGetProperty("attachments", out var list)
            || list.ValueKind != JsonValueKind.Array)
        {
            return found;
        }

        foreach (var item in list.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.Object))
        {
            var url = Text(item, "url");
            var name = Text(item, "name") ?? url;
            if (!string.IsNullOrWhiteSpace(name))
            {
                found.Add((name, url));
            }
        }

        return found;
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
