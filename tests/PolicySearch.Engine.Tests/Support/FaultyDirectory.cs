using Lucene.Net.Store;
using PolicySearch.Engine.Indexing;

namespace PolicySearch.Engine.Tests.Support;

/// <summary>
/// An index directory whose reads or writes of chosen files fail once armed, as a disk does: reads
/// past a file's header, or writes past a number of bytes.
/// </summary>
internal sealed class FaultyDirectory(string path) : PositionalReadDirectory(new DirectoryInfo(path))
{
    private const long HeaderBytes = 64;

    /// <summary>Files whose reads past their header throw; null for none.</summary>
    public Func<string, bool>? FailReadsOf { get; set; }

    /// <summary>Files whose writes past <see cref="FailWritesAfterBytes"/> throw; null for none.</summary>
    public Func<string, bool>? FailWritesOf { get; set; }

    public long FailWritesAfterBytes { get; set; }

    public override IndexInput OpenInput(string name, IOContext context) => new FaultyInput(name, base.OpenInput(name, context), this);

    public override IndexOutput CreateOutput(string name, IOContext context)
    {
        var output = base.CreateOutput(name, context);
        return FailWritesOf?.Invoke(name) == true ? new FaultyOutput(name, output, FailWritesAfterBytes) : output;
    }

    private sealed class FaultyInput(string fileName, IndexInput inner, FaultyDirectory owner) : IndexInput(fileName)
    {
        private readonly string _fileName = fileName;
        private IndexInput _inner = inner;

        public override long Position => _inner.Position;

        public override long Length => _inner.Length;

        public override byte ReadByte()
        {
            ThrowIfArmed();
            return _inner.ReadByte();
        }

        public override void ReadBytes(byte[] b, int offset, int len)
        {
            ThrowIfArmed();
            _inner.ReadBytes(b, offset, len);
        }

        public override void Seek(long pos) => _inner.Seek(pos);

        public override object Clone()
        {
            var clone = (FaultyInput)base.Clone();
            clone._inner = (IndexInput)_inner.Clone();
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }
        }

        private void ThrowIfArmed()
        {
            if (_inner.Position >= HeaderBytes && owner.FailReadsOf?.Invoke(_fileName) == true)
            {
                throw new IOException($"Injected read failure in {_fileName} at byte {_inner.Position}.");
            }
        }
    }

    private sealed class FaultyOutput(string name, IndexOutput inner, long failAfterBytes) : IndexOutput
    {
        public override long Position => inner.Position;

        public override long Checksum => inner.Checksum;

        public override void WriteByte(byte b)
        {
            ThrowIfPast(1);
            inner.WriteByte(b);
        }

        public override void WriteBytes(byte[] b, int offset, int length)
        {
            ThrowIfPast(length);
            inner.WriteBytes(b, offset, length);
        }

        public override void Flush() => inner.Flush();

        [Obsolete("Lucene.Net marks Seek on outputs obsolete; this only forwards it.")]
        public override void Seek(long pos) => inner.Seek(pos);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
        }

        private void ThrowIfPast(int length)
        {
            if (inner.Position + length > failAfterBytes)
            {
                throw new IOException($"Injected write failure in {name} at byte {inner.Position}.");
            }
        }
    }
}
