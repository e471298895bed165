using System.Buffers.Binary;
using System.Text;

namespace PolicySearch.Crawler.Attachments;

/// <summary>
/// Text of a Word 97–2003 file and of a WPS writer file (the same format) from its piece table ([MS-DOC] 2.4.1, "Retrieving
/// Text"): the FIB in the WordDocument stream points at the CLX in the 0Table or 1Table stream, whose pieces give where each
/// run of characters lies and whether it is stored as 8-bit (cp1252) or UTF-16 text. Only the main document is read
/// (ccpText characters), not headers, footnotes or comments. Field instructions are dropped, their results kept.
/// </summary>
internal static class WordBinaryText
{
    private const ushort WordSignature = 0xA5EC;
    private const ushort Encrypted = 0x0100;
    private const ushort TableStreamIsOne = 0x0200;
    private const int FcClxIndex = 33;

    static WordBinaryText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Read(byte[] body, ReadingContext context)
    {
        var file = CompoundFile.Open(body);
        var word = file.ReadStream("WordDocument") ?? throw new InvalidDataException("No WordDocument stream.");
        if (U16(word, 0) != WordSignature)
        {
            throw new InvalidDataException("Not a Word 97 FIB.");
        }

        var flags = U16(word, 0x0A);
        if ((flags & Encrypted) != 0)
        {
            throw new AttachmentRefusedException("attachment_encrypted");
        }

        var table = file.ReadStream((flags & TableStreamIsOne) != 0 ? "1Table" : "0Table") ?? throw new InvalidDataException("No table stream.");

        // FibBase (32 bytes), csw + FibRgW97, cslw + FibRgLw97 (ccpText is its 4th value), cbRgFcLcb + FibRgFcLcb (fcClx is pair 33).
        var rgLw = 0x20 + 2 + (U16(word, 0x20) * 2) + 2;
        var ccpText = BinaryPrimitives.ReadInt32LittleEndian(word.AsSpan(rgLw + 12));
        var rgFcLcb = rgLw + (U16(word, rgLw - 2) * 4);
        if (U16(word, rgFcLcb) <= FcClxIndex)
        {
            throw new InvalidDataException("FIB without a CLX.");
        }

        var fcClx = (int)U32(word, rgFcLcb + 2 + (FcClxIndex * 8));
        var lcbClx = (int)U32(word, rgFcLcb + 2 + (FcClxIndex * 8) + 4);
        var text = new WordTextCleaner(new TextBudget(context));
        foreach (var (cpStart, cpEnd, fc) in Pieces(table.AsSpan(fcClx, lcbClx)))
        {
            if (cpStart >= ccpText)
            {
                break;
            }

            context.CheckTime();
            var count = Math.Min(cpEnd, ccpText) - cpStart;
            var compressed = (fc & 0x40000000) != 0;
            var offset = (int)(fc & 0x3FFFFFFF);
            text.Append(compressed
                ? Encoding.GetEncoding(1252).GetString(word, offset / 2, count)
                : Encoding.Unicode.GetString(word, offset, count * 2));
        }

        return text.ToString();
    }

    /// <summary>The pieces of the CLX's PlcPcd, in character-position order: (first CP, CP past the end, FcCompressed).</summary>
    private static List<(int CpStart, int CpEnd, uint Fc)> Pieces(ReadOnlySpan<byte> clx)
    {
        var at = 0;
        while (at < clx.Length && clx[at] == 0x01)
        {
            at += 3 + BinaryPrimitives.ReadInt16LittleEndian(clx[(at + 1)..]); // a Prc: formatting, skipped
        }

        if (at >= clx.Length || clx[at] != 0x02)
        {
            throw new InvalidDataException("CLX without a piece table.");
        }

        var plc = clx.Slice(at + 5, BinaryPrimitives.ReadInt32LittleEndian(clx[(at + 1)..]));
        var count = (plc.Length - 4) / 12;
        var pieces = new List<(int, int, uint)>(count);
        for (var i = 0; i < count; i++)
        {
            var start = BinaryPrimitives.ReadInt32LittleEndian(plc[(i * 4)..]);
            var end = BinaryPrimitives.ReadInt32LittleEndian(plc[((i + 1) * 4)..]);
            var fc = BinaryPrimitives.ReadUInt32LittleEndian(plc[(((count + 1) * 4) + (i * 8) + 2)..]);
            if (end < start)
            {
                throw new InvalidDataException("Piece table out of order.");
            }

            pieces.Add((start, end, fc));
        }

        return pieces;
    }

    private static ushort U16(byte[] bytes, int offset) => BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(offset));

    private static uint U32(byte[] bytes, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset));
}
