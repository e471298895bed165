namespace PolicySearch.Hosting.Bootstrap;

/// <summary>Where serve finds the sample archive it builds an empty index from. Bound from "Samples".</summary>
public sealed class SampleArchiveOptions
{
    public const string SectionName = "Samples";

    /// <summary>A folder of *.jsonl / *.jsonl.gz files. Relative paths are tried from the working directory, then upward from the program.</summary>
    public string Path { get; set; } = "samples";
}
