using PolicySearch.Core.Documents;

namespace PolicySearch.Engine.Suggest;

/// <summary>One distinct title of the suggestion table, for the version of it that ranks best.</summary>
/// <param name="Folded">The title folded by <see cref="Analysis.SearchFolding"/>; same length as <paramref name="Title"/>.</param>
/// <param name="StripOffset">Where the title starts once a leading 中华人民共和国, 国务院关于… is dropped; 0 when none is.</param>
/// <param name="PublishedKey">The published date as yyyymmdd, or 0 when unknown.</param>
internal sealed record TitleEntry(string Title, string Folded, int StripOffset, string Id, Validity Validity, int PublishedKey)
{
    public DateOnly? PublishedDate => PublishedKey == 0
        ? null
        : new DateOnly(PublishedKey / 10000, PublishedKey / 100 % 100, PublishedKey % 100);
}
