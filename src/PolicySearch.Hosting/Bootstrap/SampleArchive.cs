using PolicySearch.Core.Errors;

namespace PolicySearch.Hosting.Bootstrap;

/// <summary>Finds the sample archive files, from the working directory or upward from the program's folder.</summary>
public static class SampleArchive
{
    public static IReadOnlyList<string> FindFiles(string folder)
    {
        var directory = Locate(folder) ?? throw new PolicySearchException(
            ErrorCodes.ImportFileNotFound,
            $"The sample archive folder '{folder}' was not found (looked in the working directory and above the program). "
            + "Run from the repository root, or set Samples:Path.")
        {
            Target = folder,
        };
        return Directory.EnumerateFiles(directory)
            .Where(file => file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string? Locate(string folder)
    {
        if (Path.IsPathRooted(folder))
        {
            return Directory.Exists(folder) ? folder : null;
        }

        if (Directory.Exists(folder))
        {
            return Path.GetFullPath(folder);
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, folder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
