namespace PolicySearch.Benchmarks.Perf;

/// <summary>Reads --sections: names separated by commas (analysis, import, search, http, startup, crawl, scale), or all.</summary>
internal static class PerfSectionParser
{
    public static readonly IReadOnlyList<string> Names = ["analysis", "import", "search", "http", "startup", "crawl", "scale"];

    /// <param name="text">The option's value; null when it was not given.</param>
    /// <param name="scaleGiven">Whether --scale was given: it adds the scale section to the default set.</param>
    public static (PerfSections Sections, string? Error) Parse(string? text, bool scaleGiven)
    {
        if (text is null)
        {
            return (scaleGiven ? PerfSections.All : PerfSections.Default, null);
        }

        var sections = PerfSections.None;
        foreach (var name in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (name.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                sections |= PerfSections.All;
            }
            else if (Names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                sections |= Enum.Parse<PerfSections>(name, ignoreCase: true);
            }
            else
            {
                return (PerfSections.None, $"--sections: '{name}' is not a section; use {string.Join(", ", Names)} or all, separated by commas.");
            }
        }

        return sections == PerfSections.None
            ? (PerfSections.None, "--sections: name at least one section.")
            : (sections, null);
    }

    /// <summary>The sections in the order they run, as names.</summary>
    public static IReadOnlyList<string> Describe(PerfSections sections) =>
        Names.Where(name => sections.HasFlag(Enum.Parse<PerfSections>(name, ignoreCase: true))).ToList();
}
