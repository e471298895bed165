using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace PolicySearch.Engine.Indexing;

/// <summary>
/// An <see cref="FSDirectory"/> whose inputs read with <see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>
/// (pread on Linux): threads share one handle without a lock, and a read is one system call. Lucene.Net's
/// NIOFSDirectory goes through a FileStream that locks, seeks and asks the file's length on every buffer refill
/// (a third of plain-search time on this machine), and MMapDirectory searches slower under concurrency.
/// Files are written by <see cref="ChecksumFileOutput"/>, whose checksum is vectorized.
/// </summary>
internal class PositionalReadDirectory(DirectoryInfo path) : FSDirectory(path, lockFactory: null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = OpenHandle(name);
        try
        {
            return new PositionalReadInput(Describe(name), file, 0, RandomAccess.GetLength(file), BufferedIndexInput.GetBufferSize(context), ownsFile: true);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public override IndexOutput CreateOutput(string name, IOContext context)
    {
        EnsureOpen();
        EnsureCanWrite(name);
        return new ChecksumFileOutput(Path.Combine(Directory.FullName, name));
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(Describe(name), OpenHandle(name), BufferedIndexInput.GetBufferSize(context));
    }

    private SafeFileHandle OpenHandle(string name) =>
        File.OpenHandle(Path.Combine(Directory.FullName, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    private string Describe(string name) => Path.Combine(Directory.FullName, name);

    /// <summary>Slices of a compound file share its handle; the slicer owns it.</summary>
    private sealed class Slicer(string path, SafeFileHandle file, int bufferSize) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new PositionalReadInput($"{sliceDescription} in {path}", file, offset, length, bufferSize, ownsFile: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(file));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                file.Dispose();
            }
        }
    }
}
