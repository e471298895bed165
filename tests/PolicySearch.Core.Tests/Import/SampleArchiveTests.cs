using PolicySearch.Core.Documents;
using PolicySearch.Core.Import;
using PolicySearch.Core.Metadata;

namespace PolicySearch.Core.Tests.Import;

/// <summary>The committed samples/archive.jsonl.gz imports cleanly and holds what samples/README.md promises.</summary>
public class SampleArchiveTests
{
    private static readonly string _archivePath = Path.Combine(AppContext.BaseDirectory, "TestData", "samples", "archive.jsonl.gz");

    [Fact]
    public async Task ReadAsync_sample_archive_reads_every_line_without_errors()
    {
        var lines = await ArchiveReading.ReadAllAsync(_archivePath);

        Assert.All(lines, l => Assert.Null(l.Error));
        Assert.InRange(lines.Count, 500, 700);
        Assert.Equal(lines.Count, lines.Select(l => l.Document!.Id).Distinct().Count());
        Assert.Equal(new FileInfo(_archivePath).Length, lines[^1].FilePosition);
    }

    [Fact]
    public async Task ReadAsync_sample_policies_have_document_and_index_numbers()
    {
        var policies = (await ReadDocumentsAsync()).Where(d => d.Category == "国务院文件").ToList();

        Assert.Equal(51, policies.Count);
        Assert.All(policies, d =>
        {
            Assert.True(DocumentNumbers.LooksLikeDocumentNumber(d.DocumentNumber!), d.DocumentNumber);
            Assert.True(IndexNumbers.LooksLikeIndexNumber(d.IndexNumber!), d.IndexNumber);
            Assert.NotNull(d.Topic);
            Assert.NotNull(d.WrittenDate);
        });
    }

    [Fact]
    public async Task ReadAsync_sample_document_numbers_in_other_bracket_styles_normalize_to_the_canonical_form()
    {
        var keys = (await ReadDocumentsAsync())
            .Select(d => d.DocumentNumber)
            .Where(n => n is not null && (n.Contains('[', StringComparison.Ordinal) || n.Contains('［', StringComparison.Ordinal)))
            .Select(DocumentNumbers.Normalize)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["人薪发〔1995〕32号", "劳社部发〔2008〕3号"], keys);
    }

    [Fact]
    public async Task ReadAsync_sample_versioned_law_has_each_version_with_its_validity()
    {
        var versions = (await ReadDocumentsAsync())
            .Where(d => d.Title == "中华人民共和国行政复议法")
            .OrderBy(d => d.PublishedDate)
            .Select(d => (d.PublishedDate, d.Validity));

        Assert.Equal(
            [(new DateOnly(2017, 9, 1), Validity.Amended), (new DateOnly(2023, 9, 1), Validity.Valid)],
            versions);
    }

    [Fact]
    public async Task ReadAsync_sample_taiwan_laws_include_repealed_ones()
    {
        var taiwan = (await ReadDocumentsAsync()).Where(d => d.Id.StartsWith("twmoj-", StringComparison.Ordinal)).ToList();

        Assert.Contains(taiwan, d => d.Validity == Validity.Repealed && d.ValidityText == "已廢止");
        Assert.Contains(taiwan, d => d.Validity == Validity.Valid);
    }

    private static async Task<List<PolicyDocument>> ReadDocumentsAsync() =>
        (await ArchiveReading.ReadAllAsync(_archivePath)).Select(l => l.Document!).ToList();
}
