using PolicySearch.Core.Import;

namespace PolicySearch.Core.Tests.Import;

/// <summary>Damaged and unusual gzip files: the reader must report them as a line error, never throw.</summary>
public sealed class JsonLinesDocumentReaderGzipTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task ReadAsync_truncated_gzip_yields_what_it_could_and_then_a_truncation_error()
    {
        var gzip = ArchiveFiles.Gzip(NoisyArchive(300));
        var path = _directory.Write("cut.jsonl.gz", gzip[..(gzip.Length / 2)]);

        var lines = await ArchiveReading.ReadAllAsync(path);

        var last = lines[^1];
        var before = lines[..^1];
        Assert.InRange(before.Count, 50, 299);
        Assert.All(before, l => Assert.NotNull(l.Document));
        Assert.Equal(Enumerable.Range(1, before.Count), before.Select(l => l.LineNumber));
        Assert.Null(last.Document);
        Assert.Equal(before.Count + 1, last.LineNumber);
        Assert.StartsWith("file is truncated or corrupt: ", last.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_gzip_without_trailer_yields_all_lines_and_then_a_truncation_error()
    {
        var gzip = ArchiveFiles.Gzip(NoisyArchive(20));
        var path = _directory.Write("notrailer.jsonl.gz", gzip[..^4]);

        var lines = await ArchiveReading.ReadAllAsync(path);

        Assert.Equal(21, lines.Count);
        Assert.All(lines[..^1], l => Assert.NotNull(l.Document));
        Assert.StartsWith("file is truncated or corrupt: ", lines[^1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_gzip_cut_inside_header_yields_only_a_truncation_error()
    {
        var path = _directory.Write("header.jsonl.gz", ArchiveFiles.Gzip(NoisyArchive(2))[..5]);

        var line = Assert.Single(await ArchiveReading.ReadAllAsync(path));

        Assert.Equal(1, line.LineNumber);
        Assert.StartsWith("file is truncated or corrupt: ", line.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_corrupt_gzip_data_ends_with_a_corruption_error_instead_of_throwing()
    {
        var gzip = ArchiveFiles.Gzip(NoisyArchive(100));
        for (var i = gzip.Length / 2; i < (gzip.Length / 2) + 64; i++)
        {
            gzip[i] ^= 0x5A;
        }

        var path = _directory.Write("corrupt.jsonl.gz", gzip);

        var lines = await ArchiveReading.ReadAllAsync(path);

        Assert.StartsWith("file is truncated or corrupt: ", lines[^1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_concatenated_gzip_members_are_read_as_one_archive()
    {
        var first = ArchiveFiles.Gzip(ArchiveFiles.Text(Enumerable.Range(0, 50).Select(i => ArchiveFiles.Record($"a-{i}", body: ArchiveFiles.NoisyBody(i, 500)))));
        var second = ArchiveFiles.Gzip(ArchiveFiles.Text(Enumerable.Range(0, 50).Select(i => ArchiveFiles.Record($"b-{i}", body: ArchiveFiles.NoisyBody(i + 50, 500)))));
        var path = _directory.Write("members.jsonl.gz", [.. first, .. second]);

        var lines = await ArchiveReading.ReadAllAsync(path);

        Assert.Equal(100, lines.Count);
        Assert.All(lines, l => Assert.Null(l.Error));
        Assert.Equal("b-49", lines[^1].Document?.Id);
        Assert.Equal(100, lines[^1].LineNumber);
    }

    [Fact]
    public async Task ReadAsync_garbage_after_gzip_stream_ends_with_a_corruption_error()
    {
        var gzip = ArchiveFiles.Gzip(ArchiveFiles.Text([ArchiveFiles.Record("doc-1")]));
        var path = _directory.Write("garbage.jsonl.gz", [.. gzip, .. "not gzip"u8.ToArray()]);

        var lines = await ArchiveReading.ReadAllAsync(path);

        Assert.Equal(2, lines.Count);
        Assert.Equal("doc-1", lines[0].Document?.Id);
        Assert.StartsWith("file is truncated or corrupt: ", lines[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_gzip_header_with_optional_fields_is_read()
    {
        // .NET writes a bare 10-byte header; other tools add a file name, comment, extra field or header CRC.
        var gzip = ArchiveFiles.Gzip(ArchiveFiles.Text([ArchiveFiles.Record("doc-1")]));
        byte[] optional = [4, 0, .. "abcd"u8, .. "archive.jsonl"u8, 0, .. "comment"u8, 0, 0x12, 0x34];
        var header = gzip[..10];
        header[3] = 0x04 | 0x08 | 0x10 | 0x02;
        var path = _directory.Write("fields.jsonl.gz", [.. header, .. optional, .. gzip[10..]]);

        var lines = await ArchiveReading.ReadAllAsync(path);

        Assert.Equal("doc-1", Assert.Single(lines).Document?.Id);
    }

    private static byte[] NoisyArchive(int count) =>
        ArchiveFiles.Text(Enumerable.Range(0, count).Select(i => ArchiveFiles.Record($"doc-{i}", body: ArchiveFiles.NoisyBody(i, 1_000))));
}
