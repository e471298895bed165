namespace PolicySearch.Engine.Evaluation;

/// <summary>
/// The query kinds of a judgments file, spelled as in the file: the known-item kinds (a user looking for one
/// document they know) and <see cref="Topical"/> (a user looking for everything about a subject).
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

    /// <summary>Known-item kinds in report order.</summary>
    public static IReadOnlyList<string> KnownItem { get; } =
        [Title, ShortTitle, PartialTitle, Traditional, DocNumber, QuotedPhrase, PlainPhrase, PartialWord, IssuerTopic];

    /// <summary>Every kind in report order: the known-item kinds, then <see cref="Topical"/>.</summary>
    public static IReadOnlyList<string> All { get; } = [.. KnownItem, Topical];

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
