using PolicySearch.Core.Documents;

namespace PolicySearch.Engine.Suggest;

/// <summary>
/// How titles of one match kind rank: in force first (valid, then unknown or not yet effective, then
/// amended, then repealed), then newer, then shorter (not counting a skipped opening such as
/// 中华人民共和国, so a law comes before its 实施条例), then by text so the order is total.
/// Also picks which version of a repeated title is shown.
/// </summary>
internal sealed class TitleOrder : IComparer<TitleEntry>
{
    public static TitleOrder Instance { get; } = new();

    public int Compare(TitleEntry? x, TitleEntry? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var order = ValidityRank(x.Validity).CompareTo(ValidityRank(y.Validity));
        if (order == 0)
        {
            order = y.PublishedKey.CompareTo(x.PublishedKey);
        }

        if (order == 0)
        {
            order = (x.Title.Length - x.StripOffset).CompareTo(y.Title.Length - y.StripOffset);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.Title, y.Title);
        }

        return order != 0 ? order : string.CompareOrdinal(x.Id, y.Id);
    }

    public static int ValidityRank(Validity validity) => validity switch
    {
        Validity.Valid => 0,
        Validity.Unknown or Validity.NotYetEffective => 1,
        Validity.Amended => 2,
        _ => 3,
    };
}
