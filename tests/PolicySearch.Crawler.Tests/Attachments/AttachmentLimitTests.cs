using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using PolicySearch.Crawler.Attachments;
using PolicySearch.Crawler.Fetching;
using PolicySearch.Crawler.Tests.Support;

namespace PolicySearch.Crawler.Tests.Attachments;

/// <summary>The new readers keep the crawler's hostile-input limits: inflation, entries, depth, pages, characters, loops.</summary>
public sealed class AttachmentLimitTests
{
    [Fact]
    public void A_zip_that_inflates_past_the_limit_is_refused_as_a_bomb()
    {
        var bomb = Zip(("zeros.txt", new byte[AttachmentText.MaxArchiveInflatedBytes + 1024]));

        Assert.True(bomb.Length < 1024 * 1024);
        Assert.Equal("attachment_bomb", AttachmentText.Read(ContentKind.Zip, bomb).Problem);
    }

    [Fact]
    public void An_archive_of_too_many_files_is_refused_as_a_bomb()
    {
        var many = Zip([.. Enumerable.Range(0, AttachmentText.MaxArchiveEntries + 1).Select(i => ($"{i}.txt", "正文"u8.ToArray()))]);

        Assert.Equal("attachment_bomb", AttachmentText.Read(ContentKind.Zip, many).Problem);
    }

    [Fact]
    public void Archives_inside_archives_are_read_one_level_deep()
    {
        var bundle = File.ReadAllBytes(TestPaths.Attachment("bundle.zip"));
        var once = Zip(("bundle.zip", bundle));
        var twice = Zip(("once.zip", once));

        Assert.Contains("高标准农田建设补助资金分配方案", AttachmentText.Read(ContentKind.Zip, once).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("高标准农田建设补助资金分配方案", AttachmentText.Read(ContentKind.Zip, twice).Text ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compound_file_whose_sector_chains_loop_is_refused_as_unreadable()
    {
        var doc = File.ReadAllBytes(TestPaths.Attachment("notice.doc"));
        var firstFatSector = BinaryPrimitives.ReadUInt32LittleEndian(doc.AsSpan(0x4C));
        var fat = doc.AsSpan((int)(firstFatSector + 1) * 512, 512);
        fat.Clear(); // every sector now continues in sector 0, itself included

        Assert.Equal("attachment_unreadable", AttachmentText.Read(ContentKind.Doc, doc).Problem);
    }

    [Theory]
    [InlineData("notice.doc")]
    [InlineData("permits.xls")]
    [InlineData("bundle.rar")]
    [InlineData("standard.ofd")]
    public void A_truncated_file_is_refused_as_unreadable(string fileName)
    {
        var whole = File.ReadAllBytes(TestPaths.Attachment(fileName));

        var reading = AttachmentText.Read(ContentKinds.OfExtension(Path.GetExtension(fileName)), whole[..(whole.Length / 2)]);

        Assert.Equal("attachment_unreadable", reading.Problem);
    }

    [Fact]
    public void An_ofd_declaring_more_pages_than_the_limit_is_refused()
    {
        var pages = string.Concat(Enumerable.Range(0, AttachmentText.MaxPdfPages + 1).Select(i => $"<ofd:Page ID=\"{i}\" BaseLoc=\"Pages/Page_{i}/Content.xml\"/>"));
        var ofd = Zip(
            ("OFD.xml", Encoding.UTF8.GetBytes("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")),
            ("Doc_0/Document.xml", Encoding.UTF8.GetBytes($"<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Pages>{pages}</ofd:Pages></ofd:Document>")));

        Assert.Equal("attachment_too_many_pages", AttachmentText.Read(ContentKind.Ofd, ofd).Problem);
    }

    [Fact]
    public void Text_past_the_character_limit_is_refused()
    {
        var text = Encoding.UTF8.GetBytes(new string('政', AttachmentText.MaxTextChars + 1));

        Assert.Equal("attachment_text_too_long", AttachmentText.Read(ContentKind.Text, text).Problem);
    }

    [Fact]
    public void An_rtf_of_a_million_nested_groups_and_a_lying_bin_length_is_read_without_failing()
    {
        var nested = Encoding.ASCII.GetBytes(@"{\rtf1 " + new string('{', 1_000_000) + "deep" + new string('}', 1_000_000) + @"\bin999999999 }");

        var reading = AttachmentText.Read(ContentKind.Rtf, nested);

        Assert.Null(reading.Problem);
        Assert.Equal("deep", reading.Text);
    }

    [Fact]
    public void An_rtf_in_gbk_bytes_is_decoded_in_its_fonts_code_page()
    {
        // As Word and WPS write Chinese RTF: \'hh bytes in a font whose \fcharset134 is GB2312.
        var gbk = string.Concat(CharsetDecoder.Gb18030.GetBytes("关于印发").Select(b => $"\\'{b:x2}"));
        var rtf = Encoding.ASCII.GetBytes(@"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil\fcharset0 Arial;}{\f1\fnil\fcharset134 \'cb\'ce\'cc\'e5;}}" + @"\f1 " + gbk + @"\f0  notice\par}");

        Assert.Equal("关于印发 notice", AttachmentText.Read(ContentKind.Rtf, rtf).Text);
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(content);
            }
        }

        return output.ToArray();
    }
}
