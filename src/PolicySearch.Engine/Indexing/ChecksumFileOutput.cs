using System.IO.Hashing;
using Lucene.Net.Store;

namespace PolicySearch.Engine.Indexing;

/// <summary>
/// An index file being written: buffered, with the CRC-32 Lucene stores in every file's footer computed by
/// <see cref="Crc32"/> (vectorized), and flushed to disk when closed as Lucene.Net's own output is. Lucene.Net's
/// FSIndexOutput updates its checksum a byte at a time through a table, 2–3 % of an import's CPU, paid
/// again on the merge that compacts the index (docs/benchmarks.md).
/// </summary>
internal sealed class ChecksumFileOutput : IndexOutput
{
    private const int BufferSize = 64 * 1024;
    private readonly FileStream _file;
    private readonly byte[] _buffer = new byte[BufferSize];
    private readonly Crc32 _crc = new();
    private int _buffered;
    private int _hashed;
    private long _flushed;
    private bool _disposed;

    public ChecksumFileOutput(string path)
    {
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
    }

    public override long Position => _flushed + _buffered;

    public override long Length => Position;

    /// <summary>The CRC-32 of every byte written so far, as Lucene's footer needs it.</summary>
    public override long Checksum
    {
        get
        {
            HashBuffered();
            return _crc.GetCurrentHashAsUInt32();
        }
    }

    public override void WriteByte(byte b)
    {
        if (_buffered == BufferSize)
        {
            FlushBuffer();
        }

        _buffer[_buffered++] = b;
    }

    public override void WriteBytes(byte[] b, int offset, int length)
    {
        var bytes = b.AsSpan(offset, length);
        if (bytes.Length > BufferSize - _buffered)
        {
            FlushBuffer();
            if (bytes.Length >= BufferSize)
            {
                _crc.Append(bytes);
                _file.Write(bytes);
                _flushed += bytes.Length;
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_buffered));
        _buffered += bytes.Length;
    }

    public override void Flush()
    {
        FlushBuffer();
        _file.Flush();
    }

    [Obsolete("Only Lucene 3.x formats seek an output.")]
    public override void Seek(long pos) =>
        throw new NotSupportedException($"Index files are written front to back; a seek to {pos} in {_file.Name} is not supported.");

    protected override void Dispose(bool disposing)
    {
        if (!disposing || _disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            FlushBuffer();
            _file.Flush(flushToDisk: true);
        }
        finally
        {
            _file.Dispose();
        }
    }

    private void HashBuffered()
    {
        _crc.Append(_buffer.AsSpan(_hashed, _buffered - _hashed));
        _hashed = _buffered;
    }

    private void FlushBuffer()
    {
        if (_buffered == 0)
        {
            return;
        }

        HashBuffered();
        _file.Write(_buffer, 0, _buffered);
        _flushed += _buffered;
        _buffered = 0;
        _hashed = 0;
    }
}
