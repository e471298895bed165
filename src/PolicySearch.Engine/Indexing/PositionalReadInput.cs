using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace PolicySearch.Engine.Indexing;

/// <summary>A buffered input over a file region read with positional reads; clones share the handle.</summary>
internal sealed class PositionalReadInput : BufferedIndexInput
{
    private readonly SafeFileHandle _file;
    private readonly long _start;
    private readonly long _length;
    private bool _ownsFile;

    public PositionalReadInput(string description, SafeFileHandle file, long start, long length, int bufferSize, bool ownsFile)
        : base(description, bufferSize)
    {
        _file = file;
        _start = start;
        _length = length;
        _ownsFile = ownsFile;
    }

    public override long Length => _length;

    public override object Clone()
    {
        var clone = (PositionalReadInput)base.Clone();
        clone._ownsFile = false;
        return clone;
    }

    protected override void ReadInternal(byte[] b, int offset, int length)
    {
        var position = Position;
        if (position + length > _length)
        {
            throw new EndOfStreamException($"read past EOF: {this} (position {position}, length {length}, file length {_length})");
        }

        var target = b.AsSpan(offset, length);
        while (!target.IsEmpty)
        {
            var read = RandomAccess.Read(_file, target, _start + position);
            if (read <= 0)
            {
                throw new EndOfStreamException($"read past EOF: {this} (the file shrank under the reader at {position})");
            }

            target = target[read..];
            position += read;
        }
    }

    protected override void SeekInternal(long pos)
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _ownsFile)
        {
            _file.Dispose();
        }
    }
}
