using System.Text.Json;
using PolicySearch.Crawler.Extraction;

namespace PolicySearch.Crawler.Crawling;

/// <summary>List metadata of a page as stored in the crawl state: a JSON object by site-file field name.</summary>
internal static class ListDataJson
{
    public static string Write(IReadOnlyDictionary<MetadataField, string> fields) =>
        JsonSerializer.Serialize(fields.ToDictionary(pair => JsonNamingPolicy.CamelCase.ConvertName(pair.Key.ToString()), pair => pair.Value));

    public static IReadOnlyDictionary<MetadataField, string>? Read(string? json)
    {
        if (json is null)
        {
            return null;
        }

        var stored = JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        return stored.Select(pair => (Field: MetadataFieldNames.Parse(pair.Key), pair.Value))
            .Where(pair => pair.Field is not null)
            .ToDictionary(pair => pair.Field!.Value, pair => pair.Value);
    }
}
