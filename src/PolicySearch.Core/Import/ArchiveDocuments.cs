using PolicySearch.Core.Documents;

namespace PolicySearch.Core.Import;

/// <summary>Reads the documents of JSON Lines archives into memory, the last record of an id winning, as import does.</summary>
public static class ArchiveDocuments
{
    public static async Task<IReadOnlyList<PolicyDocument>> LoadAsync(IEnumerable<string> archives, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archives);
        var documents = new Dictionary<string, PolicyDocument>(StringComparer.Ordinal);
        foreach (var archive in archives)
        {
            await foreach (var line in JsonLinesDocumentReader.ReadAsync(archive, cancellationToken))
            {
                if (line.Document is { } document)
                {
                    documents[document.Id] = document;
                }
            }
        }

        return documents.Values.ToList();
    }
}
