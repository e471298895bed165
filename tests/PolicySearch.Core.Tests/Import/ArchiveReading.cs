using PolicySearch.Core.Import;

namespace PolicySearch.Core.Tests.Import;

internal static class ArchiveReading
{
    public static async Task<List<ImportLine>> ReadAllAsync(string path)
    {
        var lines = new List<ImportLine>();
        await foreach (var line in JsonLinesDocumentReader.ReadAsync(path))
        {
            lines.Add(line);
        }

        return lines;
    }
}
