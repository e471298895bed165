namespace PolicySearch.Engine.Suggest;

/// <summary>
/// Openings that titles share and users skip when typing: 行政复议 should complete
/// 中华人民共和国行政复议法, 加强法治 should complete 国务院关于加强法治政府建设的意见.
/// </summary>
internal static class TitlePrefixes
{
    /// <summary>Folded forms, longest first where one begins another.</summary>
    private static readonly string[] Skipped = ["中华人民共和国", "国务院办公厅关于", "国务院关于", "关于"];

    /// <summary>The length of the skipped opening of a folded title, or 0 when it has none (or nothing after it).</summary>
    public static int StripOffset(string folded)
    {
        foreach (var opening in Skipped)
        {
            if (folded.Length > opening.Length && folded.StartsWith(opening, StringComparison.Ordinal))
            {
                return opening.Length;
            }
        }

        return 0;
    }
}
