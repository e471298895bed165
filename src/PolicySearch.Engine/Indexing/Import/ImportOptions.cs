namespace PolicySearch.Engine.Indexing.Import;

/// <summary>How an archive import uses the machine and how often it makes its work durable. Bound from "Import".</summary>
public sealed class ImportOptions
{
    public const string SectionName = "Import";

    /// <summary>Threads analysing and indexing documents; the reader runs on one more.</summary>
    public int IndexingThreads { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>A checkpoint commit after this many documents...</summary>
    public int CommitEveryDocuments { get; set; } = 5000;

    /// <summary>...or after this much time, whichever comes first.</summary>
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Returns the first problem, or null when the options are usable.</summary>
    public static string? Validate(ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IndexingThreads is < 1 or > 64)
        {
            return "Import:IndexingThreads must be between 1 and 64.";
        }

        if (options.CommitEveryDocuments < 1)
        {
            return "Import:CommitEveryDocuments must be at least 1.";
        }

        return options.CommitInterval <= TimeSpan.Zero ? "Import:CommitInterval must be positive." : null;
    }
}
