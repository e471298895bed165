namespace PolicySearch.Engine.Indexing.Import;

/// <summary>What an import did. <see cref="Cancelled"/> imports still committed everything they indexed.</summary>
public sealed record ImportSummary(
    long Documents,
    long Rejected,
    long TextBytes,
    int Commits,
    TimeSpan Elapsed,
    bool Cancelled)
{
    public double DocumentsPerSecond => Documents / Math.Max(Elapsed.TotalSeconds, 0.001);

    public double MegabytesPerSecond => TextBytes / 1_048_576.0 / Math.Max(Elapsed.TotalSeconds, 0.001);
}
