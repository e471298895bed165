using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace PolicySearch.Core.Import;

/// <summary>
/// Decompresses a gzip file member by member and checks each member's CRC-32 and length against its trailer.
/// GZipStream reports a file cut off mid-stream as an ordinary end of data; this stream throws
/// <see cref="InvalidDataException"/> instead. Only <see cref="ReadAsync(Memory{byte}, CancellationToken)"/> is supported.
/// </summary>
internal sealed class VerifiedGzipStream : Stream
{
    private const int TrailerLength = 8;

    private readonly FileStream _file;
    private readonly TrackingReadStream _source;
    private DeflateStream? _deflate;
    private readonly Crc32 _crc = new();
    private long _memberLength;
    private bool _firstMember = true;
    private bool _finished;

    /// <param name="file">An unbuffered, seekable stream positioned at the start of the gzip data; not owned.</param>
    public VerifiedGzipStream(FileStream file)
    {
        _file = file;
        _source = new TrackingReadStream(file);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (!_finished)
        {
            if (_deflate is null && !await BeginMemberAsync(cancellationToken))
            {
                _finished = true;
                break;
            }

            var count = await _deflate!.ReadAsync(buffer, cancellationToken);
            if (count > 0)
            {
                _crc.Append(buffer.Span[..count]);
                _memberLength += count;
                return count;
            }

            await EndMemberAsync(cancellationToken);
        }

        return 0;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // The project does all I/O asynchronously; a synchronous path would only duplicate the member logic.
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _deflate?.Dispose();
            _source.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task<bool> BeginMemberAsync(CancellationToken cancellationToken)
    {
        if (!_firstMember && _file.Position == _file.Length)
        {
            return false;
        }

        await GzipHeader.SkipAsync(_file, _firstMember, cancellationToken);
        _firstMember = false;
        _crc.Reset();
        _memberLength = 0;
        _source.Reset();
        _deflate = new DeflateStream(_source, CompressionMode.Decompress, leaveOpen: true);
        return true;
    }

    // The decompressor reads ahead, so the trailer's offset is unknown. It starts right after the deflate data, which
    // ends inside the last chunk handed over; the expected trailer (CRC-32 and length of what was decompressed) is
    // searched for there. If it is missing, the data was cut off or damaged.
    private async Task EndMemberAsync(CancellationToken cancellationToken)
    {
        var expected = new byte[TrailerLength];
        BinaryPrimitives.WriteUInt32LittleEndian(expected, _crc.GetCurrentHashAsUInt32());
        BinaryPrimitives.WriteUInt32LittleEndian(expected.AsSpan(4), unchecked((uint)_memberLength));

        var trailerOffset = -1L;
        if (_source.LastChunkStart >= 0)
        {
            var windowStart = _source.LastChunkStart;
            var window = new byte[Math.Min(_source.LastChunkEnd + TrailerLength, _file.Length) - windowStart];
            var read = 0;
            int count;
            while (read < window.Length
                && (count = await RandomAccess.ReadAsync(_file.SafeFileHandle, window.AsMemory(read), windowStart + read, cancellationToken)) > 0)
            {
                read += count;
            }

            var index = window.AsSpan(0, read).IndexOf(expected);
            trailerOffset = index < 0 ? -1 : windowStart + index;
        }

        if (trailerOffset < 0)
        {
            throw new InvalidDataException(_source.ReachedEnd
                ? $"the compressed data stops at byte {_file.Length} before the end of the gzip stream"
                : "the gzip trailer is missing or its CRC-32 or length does not match the data");
        }

        _deflate!.Dispose();
        _deflate = null;
        _file.Position = trailerOffset + TrailerLength;
    }
}
