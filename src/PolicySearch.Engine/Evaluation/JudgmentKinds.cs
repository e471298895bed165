namespace PolicySearch.Engine.Evaluation;

/// <summary>
/// The query kinds of a judgments file, spelled as in the file: the known-item kinds (a user looking for one
/// document they know), <see cref="Topical"/> (a user looking for everything about a subject), and the persona kinds
/// (how each kind of user asks).
/// </summary>
public static class JudgmentKinds
{
    public const string Title = "title";
    public const string ShortTitle = "shortTitle";
    public const string PartialTitle = "partialTitle";
    public const string Traditional = "traditional";
    public const string DocNumber = "docNumber";
    public const string QuotedPhrase = "quotedPhrase";
    public const string PlainPhrase = "plainPhrase";
    public const string PartialWord = "partialWord";
    public const string IssuerTopic = "issuerTopic";
    public const string Topical = "topical";

    /// <summary>A citizen's question in everyday words (养狗需要办证吗).</summary>
    public const string Citizen = "citizen";

    /// <summary>A layperson's question of two or three sentences, as written to a legal-aid hotline.</summary>
    public const string Hotline = "hotline";

    /// <summary>A government officer's work query in the words of administration (取水许可 审批 程序).</summary>
    public const string Staff = "staff";

    /// <summary>A legal advisor's doctrinal term (不安抗辩权).</summary>
    public const string Legal = "legal";

    /// <summary>Known-item kinds in report order.</summary>
    public static IReadOnlyList<string> KnownItem { get; } =
        [Title, ShortTitle, PartialTitle, Traditional, DocNumber, QuotedPhrase, PlainPhrase, PartialWord, IssuerTopic];

    /// <summary>The kinds of the questions set (samples/questions.tsv), one per kind of user.</summary>
    public static IReadOnlyList<string> Persona { get; } = [Citizen, Hotline, Staff, Legal];

    /// <summary>Every kind in report order: the known-item kinds, <see cref="Topical"/>, then the persona kinds.</summary>
    public static IReadOnlyList<string> All { get; } = [.. KnownItem, Topical, .. Persona];

    public static bool IsKnownItem(string kind) => KnownItem.Contains(kind, StringComparer.Ordinal);

    /// <summary>The file name of a generated known-item kind.</summary>
    public static string Of(KnownItemKind kind) => kind switch
    {
        KnownItemKind.Title => Title,
        KnownItemKind.ShortTitle => ShortTitle,
        KnownItemKind.PartialTitle => PartialTitle,
        KnownItemKind.TraditionalTitle => Traditional,
        KnownItemKind.DocumentNumber => DocNumber,
        KnownItemKind.QuotedPhrase => QuotedPhrase,
        KnownItemKind.PlainPhrase => PlainPhrase,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No judgments kind for this known-item kind."),
    };
}
