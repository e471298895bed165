using System.Text.Json.Serialization;
using PolicySearch.Core.Documents;

namespace PolicySearch.Core.Search;

/// <summary>
/// One completion of a typed prefix. A title carries its document's id, validity and published date;
/// an issuer carries the number of documents it issued. Fields a kind does not have are left out of the JSON.
/// </summary>
public sealed record Suggestion(string Text, SuggestionKind Kind)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Validity? Validity { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? PublishedDate { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Count { get; init; }

    public static Suggestion ForTitle(string title, string id, Validity validity, DateOnly? publishedDate) =>
        new(title, SuggestionKind.Title) { Id = id, Validity = validity, PublishedDate = publishedDate };

    public static Suggestion ForIssuer(string issuer, int count) => new(issuer, SuggestionKind.Issuer) { Count = count };
}
