using Lucene.Net.Documents;
using PolicySearch.Core.Citations;
using PolicySearch.Core.Documents;

namespace PolicySearch.Engine.Schema;

/// <summary>
/// Indexes the references a document makes as keyword terms, so that "who cites this document" is a term query:
/// cited titles by their folded key as cited (中华人民共和国 kept, if printed), cited 文号 by their canonical key.
/// </summary>
internal static class CitationFields
{
    public static void Add(Document document, PolicyDocument source)
    {
        var added = new HashSet<(string Field, string Key)>();
        foreach (var citation in CitationExtractor.Extract(source))
        {
            var (field, key) = citation.Kind == CitationKind.Title
                ? (IndexFields.CitesTitleKey, LookupKeys.Compact(citation.Text))
                : (IndexFields.CitesDocumentNumberKey, citation.Key);
            if (key.Length > 0 && added.Add((field, key)))
            {
                document.Add(new StringField(field, key, Field.Store.NO));
            }
        }
    }
}
