namespace PolicySearch.Core.Import;

/// <summary>
/// Hands a file's bytes to a decompressor and remembers which range of the file it handed over last and whether
/// it hit the end of the file, so that <see cref="VerifiedGzipStream"/> can find the gzip trailer afterwards.
/// </summary>
internal sealed class TrackingReadStream : Stream
{
    private readonly FileStream _file;

    public TrackingReadStream(FileStream file)
    {
        _file = file;
        Reset();
    }

    /// <summary>File offset of the first byte of the last non-empty read, or -1 before any.</summary>
    public long LastChunkStart { get; private set; }

    /// <summary>File offset just past the last non-empty read, or -1 before any.</summary>
    public long LastChunkEnd { get; private set; }

    /// <summary>True once a read found no more bytes: the decompressor wanted more than the file holds.</summary>
    public bool ReachedEnd { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public void Reset()
    {
        LastChunkStart = -1;
        LastChunkEnd = -1;
        ReachedEnd = false;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var start = _file.Position;
        var count = await _file.ReadAsync(buffer, cancellationToken);
        Record(start, count);
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var start = _file.Position;
        var count = _file.Read(buffer);
        Record(start, count);
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Record(long start, int count)
    {
        if (count == 0)
        {
            ReachedEnd = true;
            return;
        }

        LastChunkStart = start;
        LastChunkEnd = start + count;
    }
}
