using System.Reflection;

namespace PolicySearch.Engine;

/// <summary>Word lists built into the program: one word a line, blank lines and lines starting with # skipped.</summary>
internal static class EmbeddedWordLists
{
    public static HashSet<string> Read(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#'))
            {
                words.Add(word);
            }
        }

        return words;
    }
}
