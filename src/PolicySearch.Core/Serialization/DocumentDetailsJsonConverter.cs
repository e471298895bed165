using System.Text.Json;
using System.Text.Json.Serialization;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Relations;

namespace PolicySearch.Core.Serialization;

/// <summary>
/// Writes <see cref="DocumentDetails"/> as the document's own JSON object with <c>cites</c>, <c>citedBy</c>,
/// <c>citedByTotal</c> and <c>versions</c> added, so readers of the plain document shape keep working.
/// </summary>
public sealed class DocumentDetailsJsonConverter : JsonConverter<DocumentDetails>
{
    private const string Cites = "cites";
    private const string CitedBy = "citedBy";
    private const string CitedByTotal = "citedByTotal";
    private const string Versions = "versions";

    public override DocumentDetails Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var json = JsonDocument.ParseValue(ref reader);
        var root = json.RootElement;
        var document = root.Deserialize<PolicyDocument>(options) ?? throw new JsonException("A document is null.");
        return new DocumentDetails(
            document,
            Property<List<CitationLink>>(root, Cites, options) ?? [],
            Property<List<DocumentReference>>(root, CitedBy, options) ?? [],
            root.TryGetProperty(CitedByTotal, out var total) ? total.GetInt32() : 0,
            Property<List<DocumentReference>>(root, Versions, options) ?? []);
    }

    public override void Write(Utf8JsonWriter writer, DocumentDetails value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        using (var document = JsonSerializer.SerializeToDocument(value.Document, options))
        {
            foreach (var property in document.RootElement.EnumerateObject())
            {
                property.WriteTo(writer);
            }
        }

        writer.WritePropertyName(Cites);
        JsonSerializer.Serialize(writer, value.Cites, options);
        writer.WritePropertyName(CitedBy);
        JsonSerializer.Serialize(writer, value.CitedBy, options);
        writer.WriteNumber(CitedByTotal, value.CitedByTotal);
        writer.WritePropertyName(Versions);
        JsonSerializer.Serialize(writer, value.Versions, options);
        writer.WriteEndObject();
    }

    private static T? Property<T>(JsonElement root, string name, JsonSerializerOptions options) =>
        root.TryGetProperty(name, out var value) ? value.Deserialize<T>(options) : default;
}
