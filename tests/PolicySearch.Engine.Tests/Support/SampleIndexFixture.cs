using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Import;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Indexing.Import;
using PolicySearch.Engine.Searching;

namespace PolicySearch.Engine.Tests.Support;

/// <summary>The shipped sample archive imported once into a real index on disk, shared read-only by a test class.</summary>
public sealed class SampleIndexFixture : IDisposable
{
    public static readonly string ArchivePath = Path.Combine(AppContext.BaseDirectory, "TestData", "samples", "archive.jsonl.gz");
    private readonly TemporaryDirectory _directory = new();

    public SampleIndexFixture()
    {
        var options = new IndexOptions { Path = _directory.Path, RefreshInterval = TimeSpan.FromHours(1) };
        using (var writer = PolicyIndexWriter.Open(options, NullLogger.Instance))
        {
            var importer = new ArchiveImporter(writer, new ImportOptions(), NullLogger.Instance);
            Summary = importer.ImportAsync([ArchivePath]).GetAwaiter().GetResult();
        }

        Reader = PolicyIndexReader.Open(options, NullLogger.Instance);
        Documents = ArchiveDocuments().ToList();
    }

    public ImportSummary Summary { get; }

    public PolicyIndexReader Reader { get; }

    public IReadOnlyList<PolicyDocument> Documents { get; }

    public void Dispose()
    {
        Reader.Dispose();
        _directory.Dispose();
    }

    /// <summary>The sample archive's documents, read afresh; every line of it is a valid document.</summary>
    public static IEnumerable<PolicyDocument> ArchiveDocuments() =>
        JsonLinesDocumentReader.ReadAsync(ArchivePath)
            .ToBlockingEnumerable()
            .Select(line => line.Document ?? throw new InvalidOperationException(line.Error));
}
