using PolicySearch.Core.Documents;
using PolicySearch.Core.Metadata;

namespace PolicySearch.Core.Citations;

/// <summary>
/// The references a document makes to others: titles in 《》 (nested ones too) and 文号 in its body, in the order
/// they first appear, each key once. Left out: the document itself (its own title, the titles quoted in its title,
/// its own 文号) and <see cref="GenericTitles">titles too generic</see> to name one document (《决定》, 《实施细则》).
/// </summary>
public static class CitationExtractor
{
    public static IReadOnlyList<Citation> Extract(PolicyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Extract(document.Body, document.Title, document.DocumentNumber);
    }

    public static IReadOnlyList<Citation> Extract(string body, string? ownTitle = null, string? ownDocumentNumber = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        var found = new List<(int Position, Citation Citation)>();
        foreach (var (position, title) in TitleScanner.Scan(body))
        {
            var key = TitleKeys.Of(title);
            if (!GenericTitles.IsGeneric(key))
            {
                found.Add((position, new Citation(CitationKind.Title, title, key)));
            }
        }

        foreach (var (position, number) in DocumentNumberScanner.Scan(body))
        {
            found.Add((position, new Citation(CitationKind.DocumentNumber, number, DocumentNumbers.Normalize(number)!)));
        }

        var seen = OwnKeys(ownTitle, ownDocumentNumber).ToHashSet();
        return found
            .OrderBy(item => item.Position)
            .Select(item => item.Citation)
            .Where(citation => seen.Add((citation.Kind, citation.Key)))
            .ToList();
    }

    private static IEnumerable<(CitationKind Kind, string Key)> OwnKeys(string? title, string? documentNumber)
    {
        if (title is not null)
        {
            yield return (CitationKind.Title, TitleKeys.Of(title));
            foreach (var (_, quoted) in TitleScanner.Scan(title))
            {
                yield return (CitationKind.Title, TitleKeys.Of(quoted));
            }
        }

        if (DocumentNumbers.Normalize(documentNumber) is { } key)
        {
            yield return (CitationKind.DocumentNumber, key);
        }
    }
}
