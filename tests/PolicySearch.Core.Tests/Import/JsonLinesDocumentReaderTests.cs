using System.Text;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Import;

namespace PolicySearch.Core.Tests.Import;

public sealed class JsonLinesDocumentReaderTests : IDisposable
{
    private static readonly string[] _mixedLines =
    [
        ArchiveFiles.Record("doc-1"),
        "",
        ArchiveFiles.Record("doc-2"),
        "{\"id\":\"doc-3\",\"title\":",
        "   ",
        "{\"id\":\"doc-4\",\"body\":\"b\"}",
        "{\"id\":\"doc-5\",\"title\":5,\"body\":\"b\"}",
        ArchiveFiles.Record("doc-6"),
    ];

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("mixed.jsonl", false)]
    [InlineData("mixed.jsonl.gz", true)]
    public async Task ReadAsync_mixed_lines_yields_documents_and_errors_with_line_numbers(string name, bool gzip)
    {
        var data = ArchiveFiles.Text(_mixedLines);
        var path = _directory.Write(name, gzip ? ArchiveFiles.Gzip(data) : data);

        var lines = await ArchiveReading.ReadAllAsync(path);

        Assert.Equal([1, 3, 4, 6, 7, 8], lines.Select(l => l.LineNumber));
        Assert.All(lines, l => Assert.Equal(path, l.File));
        Assert.Equal("doc-1", lines[0].Document?.Id);
        Assert.Equal("doc-2", lines[1].Document?.Id);
        Assert.Null(lines[2].Document);
        Assert.StartsWith("invalid JSON: ", lines[2].Error, StringComparison.Ordinal);
        Assert.Contains("LineNumber", lines[2].Error, StringComparison.Ordinal);
        Assert.Equal("field 'title' is missing", lines[3].Error);
        Assert.Equal("field 'title' must be a string, got a number", lines[4].Error);
        Assert.Equal("doc-6", lines[5].Document?.Id);
        Assert.Null(lines[5].Error);
    }

    [Fact]
    public async Task ReadAsync_gzip_content_without_gz_extension_is_decompressed()
    {
        var path = _directory.Write("archive.jsonl", ArchiveFiles.Gzip(ArchiveFiles.Text([ArchiveFiles.Record("doc-1")])));

        var lines = await ArchiveReading.ReadAllAsync(path);

        Assert.Equal("doc-1", Assert.Single(lines).Document?.Id);
    }

    [Fact]
    public async Task ReadAsync_plain_content_with_gz_extension_is_read_as_text()
    {
        var path = _directory.Write("archive.jsonl.gz", ArchiveFiles.Text([ArchiveFiles.Record("doc-1")]));

        var lines = await ArchiveReading.ReadAllAsync(path);

        Assert.Equal("doc-1", Assert.Single(lines).Document?.Id);
    }

    [Fact]
    public async Task ReadAsync_crlf_line_endings_and_byte_order_mark_are_handled()
    {
        var text = "\uFEFF" + ArchiveFiles.Record("doc-1") + "\r\n\r\n" + ArchiveFiles.Record("doc-2") + "\r\n";
        var path = _directory.Write("crlf.jsonl", Encoding.UTF8.GetBytes(text));

        var lines = await ArchiveReading.ReadAllAsync(path);

        Assert.Equal(["doc-1", "doc-2"], lines.Select(l => l.Document?.Id));
        Assert.Equal([1, 3], lines.Select(l => l.LineNumber));
    }

    [Fact]
    public async Task ReadAsync_last_line_without_newline_is_read()
    {
        var path = _directory.Write("nonl.jsonl", Encoding.UTF8.GetBytes(ArchiveFiles.Record("doc-1") + "\n" + ArchiveFiles.Record("doc-2")));

        var lines = await ArchiveReading.ReadAllAsync(path);

        Assert.Equal(["doc-1", "doc-2"], lines.Select(l => l.Document?.Id));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReadAsync_empty_file_yields_nothing(bool gzip)
    {
        var path = _directory.Write("empty.jsonl", gzip ? ArchiveFiles.Gzip([]) : []);

        var lines = await ArchiveReading.ReadAllAsync(path);

        Assert.Empty(lines);
    }

    [Fact]
    public async Task ReadAsync_text_bytes_is_utf8_byte_count_of_the_line()
    {
        var record = ArchiveFiles.Record("doc-1", body: "中文正文");
        var path = _directory.Write("bytes.jsonl", ArchiveFiles.Text([record]));

        var line = Assert.Single(await ArchiveReading.ReadAllAsync(path));

        Assert.Equal(Encoding.UTF8.GetByteCount(record), line.TextBytes);
    }

    [Theory]
    [InlineData("positions.jsonl", false)]
    [InlineData("positions.jsonl.gz", true)]
    public async Task ReadAsync_file_position_grows_up_to_the_file_length(string name, bool gzip)
    {
        var records = Enumerable.Range(0, 400).Select(i => ArchiveFiles.Record($"doc-{i}", body: ArchiveFiles.NoisyBody(i, 2_000)));
        var data = ArchiveFiles.Text(records);
        var path = _directory.Write(name, gzip ? ArchiveFiles.Gzip(data) : data);
        var length = new FileInfo(path).Length;

        var lines = await ArchiveReading.ReadAllAsync(path);

        Assert.Equal(400, lines.Count);
        Assert.All(lines, l => Assert.Null(l.Error));
        var positions = lines.Select(l => l.FilePosition).ToList();
        Assert.Equal(positions.Order(), positions);
        Assert.True(positions[0] > 0 && positions[0] < length, $"first position {positions[0]} of {length}");
        Assert.Equal(length, positions[^1]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReadAsync_line_of_several_megabytes_is_read(bool gzip)
    {
        var body = ArchiveFiles.NoisyBody(7, 3_000_000);
        var data = ArchiveFiles.Text([ArchiveFiles.Record("small-1"), ArchiveFiles.Record("big", body: body), ArchiveFiles.Record("small-2")]);
        var path = _directory.Write("long.jsonl", gzip ? ArchiveFiles.Gzip(data) : data);

        var lines = await ArchiveReading.ReadAllAsync(path);

        Assert.Equal(["small-1", "big", "small-2"], lines.Select(l => l.Document?.Id));
        Assert.Equal(body, lines[1].Document?.Body);
        Assert.True(lines[1].TextBytes > 9_000_000, $"{lines[1].TextBytes} bytes");
    }

    [Fact]
    public void ReadAsync_missing_file_throws_import_file_not_found_naming_the_path()
    {
        var path = _directory.Combine("missing.jsonl.gz");

        var ex = Assert.Throws<PolicySearchException>(() => JsonLinesDocumentReader.ReadAsync(path));

        Assert.Equal(ErrorCodes.ImportFileNotFound, ex.Code);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Equal(path, ex.Target);
    }

    [Fact]
    public async Task ReadAsync_cancelled_token_throws()
    {
        var path = _directory.Write("cancel.jsonl", ArchiveFiles.Text([ArchiveFiles.Record("doc-1")]));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var line in JsonLinesDocumentReader.ReadAsync(path, cancellation.Token))
            {
                Assert.Fail($"unexpected line {line.LineNumber}");
            }
        });
    }
}
