namespace PolicySearch.Engine;

/// <summary>Where the index lives and how it is written and refreshed. Bound from the "Index" section.</summary>
public sealed class IndexOptions
{
    public const string SectionName = "Index";

    /// <summary>The index directory. Relative paths are taken from the working directory.</summary>
    public string Path { get; set; } = "index";

    /// <summary>RAM the writer buffers before flushing a segment. 128–256 suits batch imports.</summary>
    public double RamBufferMB { get; set; } = 128;

    /// <summary>How often a reader looks for a newer commit (another process's import or crawl).</summary>
    /// <remarks>Each check lists the index directory; the reader is reopened only when the newest commit changed.</remarks>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMilliseconds(200);
}
