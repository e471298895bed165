using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicySearch.Core.Serialization;

/// <summary>The one JSON shape of PolicySearch: camelCase names, enums as camelCase strings, ISO dates.</summary>
public static class PolicyJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            // Chinese text and snippet markup stay readable. Safe because this JSON is only ever served as
            // application/json (with nosniff) or written to files, never embedded in an HTML page.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new SnippetHtmlJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
