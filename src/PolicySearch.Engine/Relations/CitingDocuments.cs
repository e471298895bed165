using PolicySearch.Core.Documents;
using PolicySearch.Core.Metadata;
using PolicySearch.Core.Relations;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Relations;

/// <summary>
/// Who cites a document: the documents whose cited title keys or 文号 name it, kept only where the reference,
/// resolved at the citing document's date, means this version and not another one. Newest first.
/// </summary>
internal sealed class CitingDocuments
{
    private readonly IndexedDocuments _documents;
    private readonly CitationTargets _targets;
    private readonly CitingDates _dates;

    public CitingDocuments(IndexedDocuments documents, CitationTargets targets, CitingDates dates)
    {
        _documents = documents;
        _targets = targets;
        _dates = dates;
    }

    public (IReadOnlyList<DocumentReference> Top, int Total) Find(int docId, PolicyDocument document, int max)
    {
        var citing = new Dictionary<int, DateOnly?>();
        foreach (var key in LookupKeys.CitedForms(document.Title))
        {
            AddCiting(citing, IndexFields.CitesTitleKey, key, _targets.ForTitleKey(key), document.Id);
        }

        if (DocumentNumbers.Normalize(document.DocumentNumber) is { } number)
        {
            AddCiting(citing, IndexFields.CitesDocumentNumberKey, number, _targets.ForDocumentNumber(number), document.Id);
        }

        citing.Remove(docId);
        var top = citing
            .OrderByDescending(entry => entry.Value ?? DateOnly.MinValue)
            .ThenBy(entry => entry.Key)
            .Take(max)
            .Select(entry => DocumentReference.Of(_documents.Load(entry.Key)))
            .ToList();
        return (top, citing.Count);
    }

    private void AddCiting(Dictionary<int, DateOnly?> citing, string field, string key, IReadOnlyList<PolicyDocument> targets, string id)
    {
        if (!targets.Any(target => target.Id == id))
        {
            return;
        }

        foreach (var citer in _documents.IdsWithTerm(field, key))
        {
            var date = _dates.Of(citer);
            if (!citing.ContainsKey(citer) && VersionChoice.Choose(targets, date)?.Id == id)
            {
                citing[citer] = date;
            }
        }
    }
}
