using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Core.Search;
using PolicySearch.Crawler.Attachments.Ocr;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Crawler.Tests.Support;
using PolicySearch.Engine;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Searching;

namespace PolicySearch.Crawler.Tests.Crawling;

/// <summary>
/// The acceptance crawl of the crawler issue: the shipped crawler-config/sample-site.json, unchanged, crawls the offline
/// sample site (file: mirror, so its root-relative attachment links are read from the mirror's root) into a real index,
/// and every attachment format is found by a phrase only that attachment contains, pictures and the scan by OCR.
/// </summary>
public sealed class SampleSiteAttachmentTests : IDisposable
{
    /// <summary>Attachment file on the site and a phrase of its text that no page or other attachment has.</summary>
    private static readonly (string File, string Phrase)[] Attachments =
    [
        ("fujian1.pdf", "Decisions are published within 20 working days"),
        ("fujian2.docx", "一次性告知需要补正的全部内容"),
        ("fujian3.doc", "自新版启用之日起停止使用"),
        ("fujian4.wps", "提高资金使用效益"),
        ("fujian5.xls", "行政许可事项清单第一百零八项"),
        ("fujian6.xlsx", "特种设备检验费"),
        ("fujian7.et", "低保边缘家庭名单"),
        ("fujian8.rtf", "市场主体登记实行"),
        ("fujian9.txt", "维护河势稳定"),
        ("fujian10.ofd", "电子公文交换"),
        ("fujian11.zip", "高标准农田建设补助资金"),
        ("fujian12.rar", "东城街道全域"),
        ("guide.txt", "推进政务服务"),
        ("scan.pdf", "森林防火期野外用火"),
        ("tingche.jpg", "路内停车收费调整公告"),
        ("notice.png", "禁止燃放烟花爆竹通告"),
    ];

    private static readonly TesseractOcr Installed = new(new CrawlerOptions());

    private readonly TemporaryDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [SkippableFact]
    public async Task The_shipped_site_file_finds_every_document_and_each_attachment_by_a_phrase_only_it_contains()
    {
        Skip.IfNot(Installed.IsAvailable && Installed.Status.Contains("pdftoppm", StringComparison.Ordinal), "OCR: " + Installed.Status);
        TestPaths.CopySampleSite(Path.Combine(_work.Path, "samples", "site"));
        var site = await SiteFileLoader.LoadAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "crawler-config", "sample-site.json"), _work.Path, CancellationToken.None);
        using var harness = new CrawlerHarness(CrawlerHarness.FastOptionsWithOcr());
        var index = new IndexOptions { Path = Path.Combine(_work.Path, "index"), RamBufferMB = 16 };

        CrawlReport report;
        using (var writer = PolicyIndexWriter.Open(index, NullLogger.Instance))
        {
            report = await harness.Crawler.CrawlAsync(site, writer, harness.StateDirectory, new CrawlRequest(), null, CancellationToken.None);
        }

        Assert.Equal("completed", report.Stop);
        Assert.Equal(CrawlerHarness.SampleDocuments, report.NewDocuments);
        Assert.Equal(Attachments.Length, report.AttachmentsExtracted);
        Assert.Empty(report.AttachmentsNotExtracted);
        Assert.Empty(report.ErrorsByKind);
        using var reader = PolicyIndexReader.Open(index, NullLogger.Instance);
        Assert.All(Attachments, attachment =>
        {
            var results = reader.Search(new SearchRequest($"\"{attachment.Phrase}\""));
            var hit = Assert.Single(results.Hits);
            Assert.EndsWith("/attachments/" + attachment.File, hit.Url, StringComparison.Ordinal);
            Assert.Contains("（附件：", hit.Title, StringComparison.Ordinal);
        });
    }
}
