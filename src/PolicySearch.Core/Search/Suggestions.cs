using System.Text.Json.Serialization;

namespace PolicySearch.Core.Search;

/// <summary>
/// Completions of a prefix, best first: titles, then at most <see cref="MaxIssuers"/> issuers
/// (the engine's suggester documents how the two kinds share the slots).
/// </summary>
/// <param name="Query">The prefix as typed.</param>
/// <param name="Items">The completions; "suggestions" in JSON.</param>
public sealed record Suggestions(
    string Query,
    [property: JsonPropertyName("suggestions")] IReadOnlyList<Suggestion> Items)
{
    public const int MaxQueryLength = 100;
    public const int MaxSize = 20;
    public const int DefaultSize = 8;
    public const int MaxIssuers = 3;
}
