namespace PolicySearch.Engine;

/// <summary>How queries are interpreted. Bound from the "Search" section.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>
    /// The synonym file (see config/synonyms.txt). Relative paths are tried from the working directory,
    /// then upward from the program; when no file is found the copy built into the program is used.
    /// </summary>
    public string SynonymsPath { get; set; } = "config/synonyms.txt";

    /// <summary>
    /// The everyday-words lexicon (see config/everyday.txt), found like <see cref="SynonymsPath"/>; a malformed
    /// line stops the start with the file and line.
    /// </summary>
    public string EverydayLexiconPath { get; set; } = "config/everyday.txt";
}
