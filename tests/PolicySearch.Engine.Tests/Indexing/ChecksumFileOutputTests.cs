using Lucene.Net.Codecs;
using Lucene.Net.Store;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Tests.Support;

namespace PolicySearch.Engine.Tests.Indexing;

public class ChecksumFileOutputTests
{
    [Fact]
    public void A_file_written_in_every_size_of_write_carries_the_checksum_Lucene_verifies()
    {
        using var folder = new TemporaryDirectory();
        using var directory = LuceneDirectories.Open(folder.Path, create: true);
        var random = new Random(20261125);
        var written = new List<byte>();
        using (var output = directory.CreateOutput("data.bin", IOContext.DEFAULT))
        {
            CodecUtil.WriteHeader(output, "test", 1);
            foreach (var size in new[] { 1, 7, 65_535, 1, 65_536, 200_000, 3, 70_000 })
            {
                var bytes = new byte[size];
                random.NextBytes(bytes);
                if (size == 1)
                {
                    output.WriteByte(bytes[0]);
                }
                else
                {
                    output.WriteBytes(bytes, 0, size);
                }
            }

            Assert.Equal(output.Position, output.Length);
            CodecUtil.WriteFooter(output);
        }

        using var input = directory.OpenInput("data.bin", IOContext.DEFAULT);
        var stored = CodecUtil.ChecksumEntireFile(input);

        Assert.Equal(new FileInfo(Path.Combine(folder.Path, "data.bin")).Length, input.Length);
        Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(File.ReadAllBytes(Path.Combine(folder.Path, "data.bin")).AsSpan(..^8)), stored);
    }

    [Fact]
    public void A_corrupted_byte_fails_Lucene_s_check()
    {
        using var folder = new TemporaryDirectory();
        using var directory = LuceneDirectories.Open(folder.Path, create: true);
        using (var output = directory.CreateOutput("data.bin", IOContext.DEFAULT))
        {
            CodecUtil.WriteHeader(output, "test", 1);
            output.WriteBytes(new byte[100_000], 0, 100_000);
            CodecUtil.WriteFooter(output);
        }

        var path = Path.Combine(folder.Path, "data.bin");
        var bytes = File.ReadAllBytes(path);
        bytes[50_000] ^= 1;
        File.WriteAllBytes(path, bytes);

        using var input = directory.OpenInput("data.bin", IOContext.DEFAULT);
        var failure = Assert.ThrowsAny<IOException>(() => CodecUtil.ChecksumEntireFile(input));
        Assert.Contains("checksum failed", failure.Message, StringComparison.Ordinal);
    }
}
