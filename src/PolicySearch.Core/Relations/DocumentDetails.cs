using System.Text.Json.Serialization;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Serialization;

namespace PolicySearch.Core.Relations;

/// <summary>
/// A document with its relations: what it cites, who cites it, and its other versions. In JSON the document's own
/// fields stay at the top level, next to <c>cites</c>, <c>citedBy</c>, <c>citedByTotal</c> and <c>versions</c>.
/// </summary>
[JsonConverter(typeof(DocumentDetailsJsonConverter))]
public sealed record DocumentDetails(
    PolicyDocument Document,
    IReadOnlyList<CitationLink> Cites,
    IReadOnlyList<DocumentReference> CitedBy,
    int CitedByTotal,
    IReadOnlyList<DocumentReference> Versions)
{
    /// <summary>The most citing documents listed; <see cref="CitedByTotal"/> counts them all.</summary>
    public const int MaxCitedBy = 50;

    public const int MaxVersions = 50;
}
