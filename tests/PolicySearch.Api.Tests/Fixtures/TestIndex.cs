using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Engine;
using PolicySearch.Engine.Indexing;

namespace PolicySearch.Api.Tests.Fixtures;

/// <summary>A temp directory holding a real index of <see cref="TestDocuments.All"/>, deleted on dispose.</summary>
public sealed class TestIndex : IDisposable
{
    private TestIndex(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string IndexPath => Path.Combine(Root, "index");

    public string LogDirectory => Path.Combine(Root, "logs");

    public static async Task<TestIndex> CreateAsync()
    {
        var index = new TestIndex(Path.Combine(Path.GetTempPath(), "policysearch-api-tests", Guid.NewGuid().ToString("N")));
        using var writer = PolicyIndexWriter.Open(new IndexOptions { Path = index.IndexPath }, NullLogger.Instance);
        foreach (var document in TestDocuments.All)
        {
            writer.AddOrUpdate(document);
        }

        await writer.CommitAsync();
        return index;
    }

    /// <summary>A directory under the temp root where no index exists.</summary>
    public static string MissingIndexRoot() => Path.Combine(Path.GetTempPath(), "policysearch-api-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
