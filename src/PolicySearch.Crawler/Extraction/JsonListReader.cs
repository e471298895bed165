using System.Globalization;
using System.Text.Json;
using PolicySearch.Crawler.Configuration;

namespace PolicySearch.Crawler.Extraction;

/// <summary>Reads one answer of a JSON list API with the site file's rules (item path, URL field, metadata fields, page count).</summary>
public static class JsonListReader
{
    private static readonly TimeZoneInfo ChinaTime = TimeZoneInfo.CreateCustomTimeZone("UTC+8", TimeSpan.FromHours(8), "UTC+8", "UTC+8");

    /// <summary>The items and page count, or null when the text is not JSON or the item path leads to no array.</summary>
    public static JsonListPage? Read(JsonApiRules api, string json)
    {
        ArgumentNullException.ThrowIfNull(api);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            if (Find(document.RootElement, api.Items) is not { ValueKind: JsonValueKind.Array } array)
            {
                return null;
            }

            var items = new List<JsonListItem>();
            foreach (var item in array.EnumerateArray())
            {
                var url = Text(Find(item, api.ItemUrl), null);
                if (!string.IsNullOrWhiteSpace(url))
                {
                    items.Add(new JsonListItem(url.Trim(), FieldsOf(api, item)));
                }
            }

            return new JsonListPage { Items = items, PageCount = PageCount(api, document.RootElement, array.GetArrayLength()), Total = api.Total is { } total ? Integer(Find(document.RootElement, total)) : null };
        }
    }

    private static Dictionary<MetadataField, string> FieldsOf(JsonApiRules api, JsonElement item)
    {
        var fields = new Dictionary<MetadataField, string>();
        foreach (var (name, path) in api.Fields)
        {
            if (MetadataFieldNames.Parse(name) is { } field && Text(Find(item, path), field) is { Length: > 0 } value)
            {
                fields[field] = value;
            }
        }

        return fields;
    }

    private static int? PageCount(JsonApiRules api, JsonElement root, int itemsOnPage)
    {
        if (api.PageCount is { } pagesPath)
        {
            return Integer(Find(root, pagesPath));
        }

        if (api.Total is { } totalPath && Integer(Find(root, totalPath)) is { } total)
        {
            var perPage = api.PerPage ?? itemsOnPage;
            return perPage <= 0 ? 0 : (total + perPage - 1) / perPage;
        }

        return null;
    }

    /// <summary>Follows a dotted path ("data.list", "classify.post_count", "items.0.url"); empty is the element itself.</summary>
    public static JsonElement? Find(JsonElement element, string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return element;
        }

        var current = element;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(part, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    private static int? Integer(JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.Number } number when number.TryGetInt32(out var n) => n,
        { ValueKind: JsonValueKind.String } text when int.TryParse(text.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    /// <summary>A value as text; numbers in date fields are Unix times (seconds or milliseconds), shown as China dates.</summary>
    private static string? Text(JsonElement? element, MetadataField? field)
    {
        if (element is not { } value)
        {
            return null;
        }

        var isDate = field is MetadataField.WrittenDate or MetadataField.PublishedDate or MetadataField.EffectiveDate;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number when isDate && value.TryGetInt64(out var epoch) && epoch > 100_000_000 => EpochDate(epoch),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
    }

    private static string EpochDate(long epoch)
    {
        var instant = epoch > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch);
        return TimeZoneInfo.ConvertTime(instant, ChinaTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
