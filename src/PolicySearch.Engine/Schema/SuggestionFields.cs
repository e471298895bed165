using Lucene.Net.Documents;
using Lucene.Net.Util;
using PolicySearch.Core.Documents;

namespace PolicySearch.Engine.Schema;

/// <summary>
/// Doc values the suggestion table is built from (with the validity, published date and issuer doc
/// values every document already has), so building it never loads a stored <c>_source</c>.
/// </summary>
internal static class SuggestionFields
{
    /// <summary>The title as written, one value per document.</summary>
    public const string TitleValues = "title_dv";

    /// <summary>The document id, one value per document.</summary>
    public const string IdValues = "id_dv";

    /// <summary>Longer titles are no useful completion (and doc values cap a value at 32766 bytes).</summary>
    public const int MaxTitleLength = 1000;

    public static void AddTo(Document document, PolicyDocument source)
    {
        document.Add(new BinaryDocValuesField(IdValues, new BytesRef(source.Id)));
        if (source.Title.Length is > 0 and <= MaxTitleLength)
        {
            document.Add(new SortedDocValuesField(TitleValues, new BytesRef(source.Title)));
        }
    }
}
