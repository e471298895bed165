namespace PolicySearch.Engine.Indexing.Import;

/// <summary>A snapshot of a running import, for progress bars.</summary>
/// <param name="Documents">Documents handed to the index so far.</param>
/// <param name="Rejected">Lines rejected so far.</param>
/// <param name="TextBytes">Uncompressed bytes read so far.</param>
/// <param name="FileBytesRead">Bytes of the files on disk consumed so far (all files).</param>
/// <param name="FileBytesTotal">Bytes of all the files on disk.</param>
/// <param name="Elapsed">Time since the import started.</param>
public sealed record ImportProgress(
    long Documents,
    long Rejected,
    long TextBytes,
    long FileBytesRead,
    long FileBytesTotal,
    TimeSpan Elapsed)
{
    /// <summary>Everything is indexed and committed; the index is being compacted for search.</summary>
    public bool Compacting { get; init; }

    public double DocumentsPerSecond => Documents / Math.Max(Elapsed.TotalSeconds, 0.001);

    public double MegabytesPerSecond => TextBytes / 1_048_576.0 / Math.Max(Elapsed.TotalSeconds, 0.001);

    public double Fraction => FileBytesTotal == 0 ? 1 : Math.Clamp((double)FileBytesRead / FileBytesTotal, 0, 1);

    /// <summary>Estimated time left, from the share of the files consumed; null until there is a basis.</summary>
    public TimeSpan? Remaining => Fraction is > 0.001 and < 1
        ? TimeSpan.FromSeconds(Elapsed.TotalSeconds * (1 - Fraction) / Fraction)
        : null;
}
