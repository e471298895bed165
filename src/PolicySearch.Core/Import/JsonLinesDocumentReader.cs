namespace PolicySearch.Core.Import;

// Placeholder until the core-metadata branch lands.
public static class JsonLinesDocumentReader
{
    public static async IAsyncEnumerable<ImportLine> ReadAsync(string path, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        yield break;
    }
}
