using PolicySearch.Core.Documents;

namespace PolicySearch.Core.Relations;

/// <summary>Another indexed document as a list shows it: a document citing this one, or another version of it.</summary>
public sealed record DocumentReference(string Id, string Title, DateOnly? PublishedDate, Validity Validity)
{
    public static DocumentReference Of(PolicyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentReference(document.Id, document.Title, document.PublishedDate, document.Validity);
    }
}
