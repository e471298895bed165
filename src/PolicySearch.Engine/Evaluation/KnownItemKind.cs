namespace PolicySearch.Engine.Evaluation;

/// <summary>The kinds of known-item query a user types to find one document they know.</summary>
public enum KnownItemKind
{
    /// <summary>The exact title.</summary>
    Title,

    /// <summary>The title without 中华人民共和国.</summary>
    ShortTitle,

    /// <summary>The first two thirds of the title.</summary>
    PartialTitle,

    /// <summary>The title in Traditional script.</summary>
    TraditionalTitle,

    /// <summary>文号 with 〔〕, [], or () brackets.</summary>
    DocumentNumber,

    /// <summary>A passage of the body in quotation marks.</summary>
    QuotedPhrase,

    /// <summary>The same passage typed without quotation marks.</summary>
    PlainPhrase,
}
