using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Core.Documents;
using PolicySearch.Engine;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Searching;

namespace PolicySearch.TestSupport;

/// <summary>
/// A real index on disk under a temporary root (index in "index", logs in "logs"), written and read through the public
/// engine types; the root is deleted on dispose.
/// </summary>
public sealed class TestIndex : IDisposable
{
    private readonly TemporaryDirectory _root = new();
    private PolicyIndexReader? _reader;

    public TestIndex(params PolicyDocument[] documents)
    {
        Directory.CreateDirectory(IndexPath);
        Options = new IndexOptions { Path = IndexPath, RamBufferMB = 16, RefreshInterval = TimeSpan.FromHours(1) };
        if (documents.Length > 0)
        {
            Write(documents);
        }
    }

    public string Root => _root.Path;

    public string IndexPath => Path.Combine(Root, "index");

    public string LogDirectory => Path.Combine(Root, "logs");

    public IndexOptions Options { get; }

    public PolicyIndexReader Reader => _reader ??= PolicyIndexReader.Open(Options, NullLogger.Instance);

    public static async Task<TestIndex> CreateAsync(IEnumerable<PolicyDocument> documents)
    {
        var index = new TestIndex();
        await index.WriteAsync(documents);
        return index;
    }

    /// <summary>A directory under the temp root where no index exists.</summary>
    public static string MissingIndexRoot() => Path.Combine(Path.GetTempPath(), "policysearch-tests", Guid.NewGuid().ToString("N"));

    public static PolicyDocument Document(string id, string title, string body, string? documentNumber = null) => new()
    {
        Id = id,
        Title = title,
        Body = body,
        DocumentNumber = documentNumber,
        Issuer = "国务院",
        Category = "国务院文件",
        Validity = Validity.Valid,
        PublishedDate = new DateOnly(2021, 3, 5),
    };

    public void Write(params PolicyDocument[] documents) => WriteAsync(documents).GetAwaiter().GetResult();

    public async Task WriteAsync(IEnumerable<PolicyDocument> documents)
    {
        using var writer = PolicyIndexWriter.Open(Options, NullLogger.Instance);
        foreach (var document in documents)
        {
            writer.AddOrUpdate(document);
        }

        await writer.CommitAsync();
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _root.Dispose();
    }
}
