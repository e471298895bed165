namespace PolicySearch.Core.Search;

/// <summary>What a suggestion completes the typed prefix to.</summary>
public enum SuggestionKind
{
    /// <summary>A document title; selecting it opens the document.</summary>
    Title = 0,

    /// <summary>An issuer (发布机构); selecting it filters by that issuer.</summary>
    Issuer,
}
