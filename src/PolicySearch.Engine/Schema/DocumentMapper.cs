using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Metadata;
using PolicySearch.Core.Serialization;
using PolicySearch.Engine.Analysis;

namespace PolicySearch.Engine.Schema;

/// <summary>
/// Maps a <see cref="PolicyDocument"/> to its Lucene document and back. The record is stored as JSON
/// without its body, the body as doc values of its own (<see cref="StoredBodies"/>), and the metadata
/// once more as a hit summary (doc values); every other field is indexed only.
/// </summary>
internal static class DocumentMapper
{
    /// <summary>Indexed for which documents hold a term: no frequencies, positions or norms.</summary>
    private static readonly FieldType DocumentsOnly = CreateDocumentsOnly();

    /// <summary>
    /// SmartCn words are only ever matched as single terms (phrases go to the bigram fields), so they
    /// keep frequencies for BM25 but no positions: 14 % less index and less to invert.
    /// </summary>
    private static readonly FieldType WordsWithFrequencies = CreateWordsWithFrequencies();

    private static readonly ISet<string> SourceOnly = new HashSet<string>(StringComparer.Ordinal) { IndexFields.Source };

    public static Document ToLucene(PolicyDocument source)
    {
        var document = new Document
        {
            new StringField(IndexFields.Id, source.Id, Field.Store.NO),
            new StoredField(IndexFields.Source, JsonSerializer.Serialize(source with { Body = string.Empty }, PolicyJson.Options)),
            HitSummaries.Field(source),
            new Field(IndexFields.Title, source.Title, WordsWithFrequencies),
            new TextField(IndexFields.TitleBigrams, source.Title, Field.Store.NO),
            new Field(IndexFields.Body, source.Body, WordsWithFrequencies),
            StoredBodies.Field(source.Body),
            ArticleBounds.Field(source.Body),
            new TextField(IndexFields.BodyBigrams, source.Body, Field.Store.NO),
            new Field(IndexFields.BodyIdeographs, source.Body, DocumentsOnly),
            new StringField(IndexFields.Script, ScriptOf(source), Field.Store.NO),
        };

        foreach (var key in LookupKeys.TitleKeys(source.Title))
        {
            document.Add(new StringField(IndexFields.TitleKey, key, Field.Store.NO));
        }

        AddKey(document, IndexFields.DocumentNumberKey, DocumentNumbers.Normalize(source.DocumentNumber));
        AddText(document, IndexFields.DocumentNumberBigrams, source.DocumentNumber);
        AddText(document, IndexFields.IssuerBigrams, source.Issuer);
        AddText(document, IndexFields.TopicBigrams, source.Topic);
        AddKey(document, IndexFields.IndexNumberKey, IndexNumbers.Normalize(source.IndexNumber));
        // Facets are matching keys: width-folded and tidied like filter values, while the stored record keeps what the page showed.
        AddFacet(document, IndexFields.Issuer, MetadataText.Clean(source.Issuer));
        AddFacet(document, IndexFields.Category, MetadataText.Clean(source.Category));
        AddFacet(document, IndexFields.Topic, MetadataText.Clean(source.Topic));
        AddFacet(document, IndexFields.SourceName, MetadataText.Clean(source.Source));
        AddFacet(document, IndexFields.Validity, FacetValues.Of(source.Validity));
        var yearDate = source.PublishedDate ?? source.WrittenDate;
        AddFacet(document, IndexFields.Year, yearDate?.Year.ToString(CultureInfo.InvariantCulture));
        AddDate(document, IndexFields.PublishedDate, source.PublishedDate);
        AddDate(document, IndexFields.WrittenDate, source.WrittenDate);
        AddDate(document, IndexFields.EffectiveDate, source.EffectiveDate);
        CitationFields.Add(document, source);
        SuggestionFields.AddTo(document, source);
        return document;
    }

    public static PolicyDocument Load(IndexReader reader, int docId)
    {
        var stored = reader.Document(docId, SourceOnly);
        var json = stored.Get(IndexFields.Source, CultureInfo.InvariantCulture)
            ?? throw new InvalidDataException("An indexed document has no stored source.");
        var document = JsonSerializer.Deserialize<PolicyDocument>(json, PolicyJson.Options)
            ?? throw new InvalidDataException("An indexed document's stored source is null.");
        return document with { Body = StoredBodies.Read(reader, docId) };
    }

    public const string Traditional = "traditional";
    public const string Simplified = "simplified";

    private static string ScriptOf(PolicyDocument source) =>
        HanScript.IsTraditional(string.Concat(source.Title, "\n", source.Body.AsSpan(0, Math.Min(source.Body.Length, 600)))) ? Traditional : Simplified;

    private static FieldType CreateDocumentsOnly()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED)
        {
            IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_ONLY,
            OmitNorms = true,
        };
        type.Freeze();
        return type;
    }

    private static FieldType CreateWordsWithFrequencies()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS };
        type.Freeze();
        return type;
    }

    private static void AddKey(Document document, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            document.Add(new StringField(field, value, Field.Store.NO));
        }
    }

    private static void AddText(Document document, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            document.Add(new TextField(field, value, Field.Store.NO));
        }
    }

    private static void AddFacet(Document document, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        document.Add(new StringField(field, value, Field.Store.NO));
        document.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private static void AddDate(Document document, string field, DateOnly? date)
    {
        if (date is not { } value)
        {
            return;
        }

        var key = DateKeys.ToInt(value);
        document.Add(new Int32Field(field, key, Field.Store.NO));
        document.Add(new NumericDocValuesField(field, key));
    }
}
