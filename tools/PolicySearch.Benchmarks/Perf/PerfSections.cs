namespace PolicySearch.Benchmarks.Perf;

/// <summary>The parts of `perf`, chosen with --sections.</summary>
[Flags]
internal enum PerfSections
{
    None = 0,
    Analysis = 1,
    Import = 2,
    Search = 4,
    Http = 8,
    Startup = 16,
    Crawl = 32,
    Scale = 64,

    /// <summary>What runs without --sections: everything but scale, which --scale N adds.</summary>
    Default = Analysis | Import | Search | Http | Startup | Crawl,

    All = Default | Scale,
}
