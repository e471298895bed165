using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Core.Documents;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Searching;

namespace PolicySearch.Engine.Tests.Support;

/// <summary>A real index on disk in a temporary directory, written and read through the public engine types.</summary>
internal sealed class TestIndex : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private PolicyIndexReader? _reader;

    public TestIndex(params PolicyDocument[] documents)
    {
        Options = new IndexOptions { Path = _directory.Path, RamBufferMB = 16, RefreshInterval = TimeSpan.FromHours(1) };
        if (documents.Length > 0)
        {
            Write(documents);
        }
    }

    public IndexOptions Options { get; }

    public PolicyIndexReader Reader => _reader ??= PolicyIndexReader.Open(Options, NullLogger.Instance);

    public void Write(params PolicyDocument[] documents)
    {
        using var writer = PolicyIndexWriter.Open(Options, NullLogger.Instance);
        foreach (var document in documents)
        {
            writer.AddOrUpdate(document);
        }

        writer.CommitAsync().GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
    }

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
}
