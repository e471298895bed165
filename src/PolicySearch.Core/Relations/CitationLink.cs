using System.Text.Json.Serialization;
using PolicySearch.Core.Citations;

namespace PolicySearch.Core.Relations;

/// <summary>
/// A reference a document makes, as printed (<see cref="Text"/>), and the indexed document it names when one
/// was found (<see cref="Id"/> and <see cref="Title"/>; both absent for an unresolved reference).
/// </summary>
public sealed record CitationLink(
    string Text,
    CitationKind Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Id = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Title = null);
