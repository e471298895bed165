namespace PolicySearch.Engine;

/// <summary>Where the index lives and how it is written and refreshed. Bound from the "Index" section.</summary>
public sealed class IndexOptions
{
    public const string SectionName = "Index";

    /// <summary>The index directory. Relative paths are taken from the working directory.</summary>
    public string Path { get; set; } = "index";

    /// <summary>RAM the writer buffers before flushing a segment. 128–256 suits batch imports.</summary>
    public double RamBufferMB { get; set; } = 128;

    /// <summary>
    /// Segments a bulk import is compacted into, of about equal size and merged side by side. One segment
    /// answers queries fastest but is merged on one core; on the whole corpus, two halved the compaction
    /// (5.0 → 2.9 s) and cost a fifth of the plain-search throughput (docs/benchmarks.md).
    /// </summary>
    public int CompactedSegments { get; set; } = 1;

    /// <summary>How often a reader looks for a newer commit (another process's import or crawl).</summary>
    /// <remarks>Each check lists the index directory; the reader is reopened only when the newest commit changed.</remarks>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Returns the first problem, or null when the options are usable.</summary>
    public static string? Validate(IndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return "Index:Path must not be empty.";
        }

        if (options.RamBufferMB is < 16 or > 2048)
        {
            return "Index:RamBufferMB must be between 16 and 2048.";
        }

        if (options.CompactedSegments is < 1 or > 16)
        {
            return "Index:CompactedSegments must be between 1 and 16.";
        }

        return options.RefreshInterval <= TimeSpan.Zero ? "Index:RefreshInterval must be positive." : null;
    }
}
