namespace PolicySearch.Engine.Suggest;

/// <summary>How a suggestion matches the typed prefix; prefix matches rank above contained ones.</summary>
internal enum MatchKind
{
    None = 0,

    /// <summary>The text (or a title without its skipped opening) starts with the prefix.</summary>
    Prefix,

    /// <summary>The prefix occurs later in the text.</summary>
    Contains,
}
