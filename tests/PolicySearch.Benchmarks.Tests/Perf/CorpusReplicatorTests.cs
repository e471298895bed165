using System.IO.Compression;
using PolicySearch.Benchmarks.Perf;
using PolicySearch.Core.Import;

namespace PolicySearch.Benchmarks.Tests.Perf;

public sealed class CorpusReplicatorTests : IDisposable
{
    private readonly TemporaryDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task Each_copy_after_the_first_gets_unique_ids_and_the_same_text()
    {
        var plain = Archives.Write(_work.Combine("a.jsonl"), [Archives.Line("a", "第一份通知", "营商环境。"), Archives.Line("b", "第二份通知", "法治政府。")]);
        var gzipped = _work.Combine("c.jsonl.gz");
        await using (var gzip = new GZipStream(File.Create(gzipped), CompressionLevel.Fastest))
        {
            await gzip.WriteAsync(File.ReadAllBytes(Archives.Write(_work.Combine("c.jsonl"), [Archives.Line("c", "第三份通知", "消防救援。")])));
        }

        var output = _work.Combine("x3.jsonl.gz");
        var lines = await CorpusReplicator.WriteAsync([plain, gzipped], 3, output, CancellationToken.None);

        var documents = new List<(string Id, string Title)>();
        await foreach (var line in JsonLinesDocumentReader.ReadAsync(output, CancellationToken.None))
        {
            Assert.NotNull(line.Document);
            documents.Add((line.Document.Id, line.Document.Title));
        }

        Assert.Equal(9, lines);
        Assert.Equal(["a", "b", "c", "a~r2", "b~r2", "c~r2", "a~r3", "b~r3", "c~r3"], documents.Select(d => d.Id));
        Assert.Equal(3, documents.Count(d => d.Title == "第三份通知"));
    }

    [Fact]
    public async Task One_copy_is_the_corpus_unchanged()
    {
        var plain = Archives.Write(_work.Combine("a.jsonl"), [Archives.Line("a", "通知", "正文。"), "not json"]);
        var output = _work.Combine("x1.jsonl.gz");

        await CorpusReplicator.WriteAsync([plain], 1, output, CancellationToken.None);

        await using var gzip = new GZipStream(File.OpenRead(output), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        Assert.Equal(await File.ReadAllTextAsync(plain), await reader.ReadToEndAsync());
    }
}
