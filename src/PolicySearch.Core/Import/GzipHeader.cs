using System.Buffers.Binary;

namespace PolicySearch.Core.Import;

/// <summary>Reads past the header of a gzip member (RFC 1952, section 2.3), optional fields included.</summary>
internal static class GzipHeader
{
    private const int FixedLength = 10;
    private const byte MethodDeflate = 8;
    private const byte FlagHeaderCrc = 0x02;
    private const byte FlagExtra = 0x04;
    private const byte FlagName = 0x08;
    private const byte FlagComment = 0x10;
    private const byte ReservedFlags = 0xE0;

    /// <summary>Leaves <paramref name="file"/> at the first byte of the member's deflate data.</summary>
    /// <param name="isFirstMember">Chooses the wording when the magic bytes are missing.</param>
    /// <exception cref="InvalidDataException">The header is missing, cut off or not a deflate gzip header.</exception>
    public static async Task SkipAsync(FileStream file, bool isFirstMember, CancellationToken cancellationToken)
    {
        var start = file.Position;
        var header = new byte[FixedLength];
        await ReadExactlyAsync(file, header, cancellationToken);
        if (header[0] != 0x1F || header[1] != 0x8B)
        {
            throw new InvalidDataException(isFirstMember
                ? "the file does not start with a gzip header"
                : $"unexpected data after the gzip stream at byte {start}");
        }

        var flags = header[3];
        if (header[2] != MethodDeflate || (flags & ReservedFlags) != 0)
        {
            throw new InvalidDataException($"unsupported or damaged gzip header at byte {start}");
        }

        var small = new byte[2];
        if ((flags & FlagExtra) != 0)
        {
            await ReadExactlyAsync(file, small, cancellationToken);
            await ReadExactlyAsync(file, new byte[BinaryPrimitives.ReadUInt16LittleEndian(small)], cancellationToken);
        }

        if ((flags & FlagName) != 0)
        {
            await SkipZeroTerminatedAsync(file, cancellationToken);
        }

        if ((flags & FlagComment) != 0)
        {
            await SkipZeroTerminatedAsync(file, cancellationToken);
        }

        if ((flags & FlagHeaderCrc) != 0)
        {
            await ReadExactlyAsync(file, small, cancellationToken);
        }
    }

    private static async Task SkipZeroTerminatedAsync(FileStream file, CancellationToken cancellationToken)
    {
        var one = new byte[1];
        do
        {
            await ReadExactlyAsync(file, one, cancellationToken);
        }
        while (one[0] != 0);
    }

    private static async Task ReadExactlyAsync(FileStream file, byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            await file.ReadExactlyAsync(buffer, cancellationToken);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException($"the file ends inside a gzip header at byte {file.Length}", ex);
        }
    }
}
