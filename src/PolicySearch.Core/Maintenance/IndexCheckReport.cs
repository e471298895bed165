namespace PolicySearch.Core.Maintenance;

/// <summary>
/// What a read-only check of an index found. <see cref="Readable"/> is false when no commit
/// (segments_N) could be read at all; then no segment was checked and only a restore or a
/// rebuild helps.
/// </summary>
public sealed record IndexCheckReport(
    string Path,
    bool Clean,
    bool Readable,
    string? CommitFile,
    long Generation,
    int DocumentCount,
    int BrokenSegmentCount,
    int DocumentsLostByFix,
    IReadOnlyList<SegmentCheck> Segments,
    string? Problem)
{
    /// <summary>True when <c>check --fix</c> can repair the index by dropping broken segments.</summary>
    public bool Fixable => Readable && !Clean && BrokenSegmentCount > 0;
}
