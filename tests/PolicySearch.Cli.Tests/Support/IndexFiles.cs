namespace PolicySearch.Cli.Tests.Support;

/// <summary>What an index directory shows on disk, read without opening it (a child process may be writing).</summary>
internal static class IndexFiles
{
    public static long LatestCommitGeneration(string indexPath) => Directory.Exists(indexPath)
        ? Directory.EnumerateFiles(indexPath, "segments_*")
            .Select(file => Base36(Path.GetFileName(file)["segments_".Length..]))
            .DefaultIfEmpty(0)
            .Max()
        : 0;

    /// <summary>The index files now present, write.lock aside.</summary>
    public static HashSet<string> Names(string indexPath) => Directory.Exists(indexPath)
        ? Directory.EnumerateFiles(indexPath).Select(Path.GetFileName).OfType<string>().Where(name => name != "write.lock").ToHashSet(StringComparer.Ordinal)
        : [];

    /// <summary>Lucene writes commit generations in base 36.</summary>
    private static long Base36(string digits) =>
        digits.Aggregate(0L, (value, digit) => (value * 36) + (char.IsDigit(digit) ? digit - '0' : digit - 'a' + 10));
}
