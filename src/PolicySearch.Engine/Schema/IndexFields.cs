namespace PolicySearch.Engine.Schema;

/// <summary>Lucene field names. Text fields come in pairs: SmartCn words and CJK bigrams.</summary>
internal static class IndexFields
{
    public const string Id = "id";

    /// <summary>The document without its body as JSON: the only stored field.</summary>
    public const string Source = "_source";

    /// <summary>The body as UTF-16 binary doc values (see <see cref="StoredBodies"/>).</summary>
    public const string BodyText = "_body";

    /// <summary>A document's metadata for result lists, as binary doc values (see <see cref="HitSummaries"/>).</summary>
    public const string HitSummary = "_hit";

    /// <summary>Packed article offsets of the body as binary doc values (see <see cref="ArticleBounds"/>).</summary>
    public const string ArticleBounds = "_articles";

    public const string Title = "title";
    public const string TitleBigrams = "title_cjk";

    /// <summary>Folded title without punctuation, plus its short form: exact-title lookup.</summary>
    public const string TitleKey = "title_key";

    public const string Body = "body";
    public const string BodyBigrams = "body_cjk";

    /// <summary>Which Han ideographs the body holds, documents only: a lone character's recall (see CharacterQuery).</summary>
    public const string BodyIdeographs = "body_chars";
    public const string DocumentNumberKey = "documentNumber_key";
    public const string IndexNumberKey = "indexNumber_key";
    public const string Issuer = "issuer";
    public const string IssuerBigrams = "issuer_cjk";
    public const string TopicBigrams = "topic_cjk";
    public const string DocumentNumberBigrams = "documentNumber_cjk";
    public const string Category = "category";
    public const string Validity = "validity";
    public const string Topic = "topic";
    public const string SourceName = "source";

    /// <summary>"traditional" or "simplified": the script of the title and the start of the body (<see cref="Analysis.HanScript"/>).
    /// Indexes built before it have none; questions then prefer neither.</summary>
    public const string Script = "script";
    public const string Year = "year";
    public const string PublishedDate = "publishedDate";
    public const string WrittenDate = "writtenDate";
    public const string EffectiveDate = "effectiveDate";

    /// <summary>The folded title keys (with any 中华人民共和国 as cited) of the titles a document cites in 《》.</summary>
    public const string CitesTitleKey = "cites_title_key";

    /// <summary>The normalized 文号 a document cites in its body.</summary>
    public const string CitesDocumentNumberKey = "cites_documentNumber_key";


    public static readonly string[] BigramFields = [TitleBigrams, BodyBigrams, IssuerBigrams, TopicBigrams, DocumentNumberBigrams];

    public static bool IsBigramField(string field) => BigramFields.Contains(field);

    /// <summary>The documents-only field of distinct ideographs kept beside a bigram field, if it has one (only the body does).</summary>
    public static string? IdeographFieldOf(string bigramField) => bigramField == BodyBigrams ? BodyIdeographs : null;
}
