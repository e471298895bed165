using System.Text.Json;
using System.Text.Json.Serialization;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Serialization;

/// <summary>Writes a <see cref="Snippet"/> as its HTML string (<see cref="SnippetHtml"/>), the documented shape of a hit's snippet.</summary>
public sealed class SnippetHtmlJsonConverter : JsonConverter<Snippet>
{
    public override Snippet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A snippet is written as HTML and not read back.");

    public override void Write(Utf8JsonWriter writer, Snippet value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(SnippetHtml.Render(value));
    }
}
