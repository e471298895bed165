using System.Reflection;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// Opens a query-time configuration file (synonyms, the everyday lexicon): the file when it can be found, tried
/// from the working directory and then upward from the program, otherwise the copy built into the program.
/// </summary>
internal static class QueryConfigFiles
{
    /// <returns>A reader over the file or the built-in copy; null when neither exists.</returns>
    public static TextReader? Open(string? path, string builtInResource)
    {
        if (!string.IsNullOrWhiteSpace(path) && Locate(path) is { } file)
        {
            return File.OpenText(file);
        }

        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(builtInResource);
        return stream is null ? null : new StreamReader(stream);
    }

    private static string? Locate(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path))
        {
            return File.Exists(path) ? path : null;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, path);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
