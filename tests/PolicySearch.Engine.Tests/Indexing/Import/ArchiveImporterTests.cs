using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Import;
using PolicySearch.Core.Indexing;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Indexing.Import;
using PolicySearch.Engine.Tests.Support;

namespace PolicySearch.Engine.Tests.Indexing.Import;

/// <summary>Archives imported through the real writer into an index on disk.</summary>
public sealed class ArchiveImporterTests : IDisposable
{
    private readonly TestIndex _index = new();
    private readonly TemporaryDirectory _files = new();

    public void Dispose()
    {
        _index.Dispose();
        _files.Dispose();
    }

    private string WriteArchive(string name, params string[] lines)
    {
        var path = Path.Combine(_files.Path, name);
        using var file = File.Create(path);
        using Stream stream = name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionLevel.Fastest) : file;
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
        stream.Write(bytes);
        return path;
    }

    private static string Line(string id, string title) =>
        $$"""{"id":"{{id}}","source":"test","url":null,"title":"{{title}}","issuer":"国务院","doc_number":null,"written_date":null,"published_date":"2020-01-02","effective_date":null,"validity":"有效","category":"国务院文件","body":"{{title}}的正文。","extra":null}""";

    private async Task<(ImportSummary Summary, List<ImportLine> Rejected)> ImportAsync(CancellationToken cancellationToken, params string[] files)
    {
        using var writer = PolicyIndexWriter.Open(_index.Options, NullLogger.Instance);
        var importer = new ArchiveImporter(writer, new ImportOptions { CommitEveryDocuments = 2 }, NullLogger.Instance);
        var rejected = new List<ImportLine>();
        importer.LineRejected += line => rejected.Add(line);
        return (await importer.ImportAsync(files, cancellationToken: cancellationToken), rejected);
    }

    [Fact]
    public async Task Bad_lines_are_reported_with_file_and_line_and_the_rest_is_imported()
    {
        var archive = WriteArchive("mixed.jsonl", Line("a", "第一份"), "{not json", Line("b", "第二份"), """{"id":"c","body":"无标题"}""", Line("d", "第四份"));

        var (summary, rejected) = await ImportAsync(CancellationToken.None, archive);

        Assert.Equal(3, summary.Documents);
        Assert.Equal(2, summary.Rejected);
        Assert.Equal([2, 4], rejected.Select(line => line.LineNumber));
        Assert.All(rejected, line => Assert.Equal(archive, line.File));
        Assert.Contains("title", rejected[1].Error, StringComparison.Ordinal);
        Assert.Equal(3, _index.Reader.GetStatistics().DocumentCount);
    }

    [Fact]
    public async Task Importing_the_same_archive_twice_does_not_duplicate_documents()
    {
        var archive = WriteArchive("docs.jsonl.gz", Line("a", "第一份"), Line("b", "第二份"), Line("c", "第三份"));

        await ImportAsync(CancellationToken.None, archive);
        var (again, _) = await ImportAsync(CancellationToken.None, archive);

        Assert.Equal(3, again.Documents);
        Assert.Equal(3, _index.Reader.GetStatistics().DocumentCount);
    }

    [Fact]
    public async Task A_cancelled_import_commits_what_it_indexed_and_leaves_a_readable_index()
    {
        var archive = WriteArchive("many.jsonl", Enumerable.Range(0, 2000).Select(i => Line($"doc-{i}", $"文件{i}")).ToArray());
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var (summary, _) = await ImportAsync(cancellation.Token, archive);

        Assert.True(summary.Cancelled);
        Assert.True(summary.Documents < 2000);
        Assert.Equal(summary.Documents, _index.Reader.GetStatistics().DocumentCount);
    }

    [Fact]
    public async Task A_missing_file_is_refused_before_anything_is_written()
    {
        var missing = Path.Combine(_files.Path, "absent.jsonl");

        var error = await Assert.ThrowsAsync<PolicySearch.Core.Errors.PolicySearchException>(() => ImportAsync(CancellationToken.None, missing));

        Assert.Contains("absent.jsonl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_final_commit_starts_while_the_last_documents_are_indexed_and_they_are_committed_too()
    {
        var archive = WriteArchive("three.jsonl", Line("a", "第一份"), Line("b", "第二份"), Line("c", "第三份"));
        using (var writer = PolicyIndexWriter.Open(_index.Options, NullLogger.Instance))
        {
            var holding = new LastDocumentHeldUntilACommit(writer, lastId: "c");
            var importer = new ArchiveImporter(holding, new ImportOptions { CommitEveryDocuments = 1000, IndexingThreads = 2 }, NullLogger.Instance);

            var summary = await importer.ImportAsync([archive]);

            Assert.Equal(3, summary.Documents);
        }

        Assert.Equal(3, _index.Reader.GetStatistics().DocumentCount);
    }

    /// <summary>Holds the document <paramref name="lastId"/> until a commit starts; an importer that commits only after indexing fails.</summary>
    private sealed class LastDocumentHeldUntilACommit(IDocumentSink writer, string lastId) : IDocumentSink
    {
        private readonly TaskCompletionSource _commitStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void AddOrUpdate(PolicyDocument document)
        {
            if (document.Id == lastId && !_commitStarted.Task.Wait(TimeSpan.FromSeconds(10)))
            {
                throw new TimeoutException($"No commit started while {lastId} waited to be indexed.");
            }

            writer.AddOrUpdate(document);
        }

        public void Delete(string id) => writer.Delete(id);

        public IReadOnlyDictionary<string, string?> DocumentVersions(string source, string versionKey) => writer.DocumentVersions(source, versionKey);

        public Task CommitAsync(CancellationToken cancellationToken = default)
        {
            _commitStarted.TrySetResult();
            return writer.CommitAsync(cancellationToken);
        }
    }
}
