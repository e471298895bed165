using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace PolicySearch.Crawler.Tests.Support;

/// <summary>Small hand-built PDFs: a normal one with a line of text, a Flate bomb, and one with thousands of pages.</summary>
internal static class PdfSamples
{
    private const string Font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    public static byte[] WithText(string text) => Build(
        Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
        Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"),
        Stream(string.Empty, Ascii($"BT /F1 12 Tf 72 720 Td ({text}) Tj ET")),
        Ascii(Font));

    /// <summary>One page whose content stream is <paramref name="inflatedBytes"/> of zeros, Flate-compressed to a few hundred KB.</summary>
    public static byte[] FlateBomb(long inflatedBytes) => Build(
        Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
        Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"),
        Stream("/Filter /FlateDecode", Zeros(inflatedBytes)));

    /// <summary><paramref name="pages"/> pages sharing one small content stream: a large page count in a small file.</summary>
    public static byte[] ManyPages(int pages)
    {
        var kids = string.Join(' ', Enumerable.Range(0, pages).Select(i => string.Create(CultureInfo.InvariantCulture, $"{i + 5} 0 R")));
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Pages /Kids [{kids}] /Count {pages} >>")),
            Stream(string.Empty, Ascii("BT /F1 12 Tf 72 720 Td (page) Tj ET")),
            Ascii(Font),
        };
        objects.AddRange(Enumerable.Range(0, pages).Select(_ => Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 3 0 R >>")));
        return Build([.. objects]);
    }

    private static byte[] Zeros(long count)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            var block = new byte[1024 * 1024];
            for (long written = 0; written < count; written += block.Length)
            {
                zlib.Write(block, 0, (int)Math.Min(block.Length, count - written));
            }
        }

        return packed.ToArray();
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static byte[] Stream(string dictionary, byte[] data) =>
        [.. Ascii(string.Create(CultureInfo.InvariantCulture, $"<< /Length {data.Length} {dictionary} >>\nstream\n")), .. data, .. Ascii("\nendstream")];

    private static byte[] Build(params byte[][] objects)
    {
        using var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.4\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii(string.Create(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n")));
            pdf.Write(objects[i]);
            pdf.Write(Ascii("\nendobj\n"));
        }

        var xref = pdf.Position;
        var table = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }
}
