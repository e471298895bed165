using System.Buffers.Binary;
using System.Text;

namespace PolicySearch.Crawler.Attachments;

/// <summary>
/// Reads the streams of a compound file ([MS-CFB]: Word 97–2003, WPS, Excel 97–2003 and ET files). Only root-level streams
/// are needed. Every sector chain is bounded by the file's sector count and checked for loops, so a hostile file fails
/// with <see cref="InvalidDataException"/> instead of looping or allocating past its own size.
/// </summary>
internal sealed class CompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint NoStream = 0xFFFFFFFF;
    private const int HeaderDifatEntries = 109;
    private const int DirectoryEntrySize = 128;

    private static readonly byte[] Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private readonly byte[] _file;
    private readonly int _sectorSize;
    private readonly int _sectorCount;
    private readonly uint _miniStreamCutoff;
    private readonly uint[] _fat;
    private readonly uint[] _miniFat;
    private readonly byte[] _miniStream;
    private readonly Dictionary<string, (uint Start, long Size)> _rootStreams = new(StringComparer.OrdinalIgnoreCase);

    private CompoundFile(byte[] file)
    {
        _file = file;
        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(0x1E));
        if (sectorShift is not (9 or 12))
        {
            throw new InvalidDataException("Compound file with an unknown sector size.");
        }

        _sectorSize = 1 << sectorShift;
        _sectorCount = (file.Length - _sectorSize + _sectorSize - 1) / _sectorSize;
        _miniStreamCutoff = U32(0x38);
        _fat = ReadFat();
        var directory = ReadChain(U32(0x30), long.MaxValue);
        _miniFat = ToUInts(ReadChain(U32(0x3C), long.MaxValue));
        var (rootStart, rootSize, rootChild) = Entry(directory, 0, sectorShift);
        _miniStream = ReadChain(rootStart, rootSize);
        CollectRootStreams(directory, rootChild, sectorShift);
    }

    public IReadOnlyCollection<string> RootStreamNames => _rootStreams.Keys;

    public static bool IsCompoundFile(ReadOnlySpan<byte> head) => head.StartsWith(Signature);

    public static CompoundFile Open(byte[] file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Length >= 512 && IsCompoundFile(file) ? new CompoundFile(file) : throw new InvalidDataException("Not a compound file.");
    }

    /// <summary>A stream of the root storage by name, or null when there is none.</summary>
    public byte[]? ReadStream(string name)
    {
        if (!_rootStreams.TryGetValue(name, out var stream))
        {
            return null;
        }

        return stream.Size < _miniStreamCutoff ? ReadMiniChain(stream.Start, stream.Size) : ReadChain(stream.Start, stream.Size);
    }

    private uint U32(int offset) => BinaryPrimitives.ReadUInt32LittleEndian(_file.AsSpan(offset));

    private uint[] ReadFat()
    {
        var fatSectorCount = (int)Math.Min(U32(0x2C), (uint)_sectorCount);
        var fatSectors = new List<uint>(fatSectorCount);
        for (var i = 0; i < HeaderDifatEntries && fatSectors.Count < fatSectorCount; i++)
        {
            fatSectors.Add(U32(0x4C + (i * 4)));
        }

        var difat = U32(0x44);
        var visited = new HashSet<uint>();
        while (fatSectors.Count < fatSectorCount && difat < _sectorCount && visited.Add(difat))
        {
            var sector = Sector(difat);
            var entries = (_sectorSize / 4) - 1;
            for (var i = 0; i < entries && fatSectors.Count < fatSectorCount; i++)
            {
                fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(sector[(i * 4)..]));
            }

            difat = BinaryPrimitives.ReadUInt32LittleEndian(sector[(entries * 4)..]);
        }

        var fat = new uint[fatSectors.Count * (_sectorSize / 4)];
        for (var i = 0; i < fatSectors.Count; i++)
        {
            var sector = fatSectors[i] < _sectorCount ? Sector(fatSectors[i]) : throw new InvalidDataException("FAT sector outside the file.");
            ToUInts(sector.ToArray()).CopyTo(fat, i * (_sectorSize / 4));
        }

        return fat;
    }

    private ReadOnlySpan<byte> Sector(uint index)
    {
        var offset = (long)(index + 1) * _sectorSize;
        var length = (int)Math.Min(_sectorSize, _file.Length - offset);
        return length > 0 ? _file.AsSpan((int)offset, length) : throw new InvalidDataException("Sector outside the file.");
    }

    /// <summary>The bytes of a sector chain, cut at <paramref name="size"/>.</summary>
    private byte[] ReadChain(uint start, long size)
    {
        using var output = new MemoryStream();
        var visited = new HashSet<uint>();
        for (var sector = start; sector != EndOfChain && output.Length < size; sector = _fat[sector])
        {
            if (sector >= _sectorCount || sector >= _fat.Length || !visited.Add(sector))
            {
                throw new InvalidDataException("Broken or looping sector chain.");
            }

            var bytes = Sector(sector);
            output.Write(bytes[..(int)Math.Min(bytes.Length, size - output.Length)]);
        }

        return output.Length >= size || size == long.MaxValue ? output.ToArray() : throw new InvalidDataException("Stream shorter than declared.");
    }

    private byte[] ReadMiniChain(uint start, long size)
    {
        const int miniSectorSize = 64;
        using var output = new MemoryStream();
        var visited = new HashSet<uint>();
        for (var sector = start; sector != EndOfChain && output.Length < size; sector = _miniFat[sector])
        {
            var offset = (long)sector * miniSectorSize;
            if (sector >= _miniFat.Length || offset >= _miniStream.Length || !visited.Add(sector))
            {
                throw new InvalidDataException("Broken or looping mini sector chain.");
            }

            var length = (int)Math.Min(Math.Min(miniSectorSize, size - output.Length), _miniStream.Length - offset);
            output.Write(_miniStream, (int)offset, length);
        }

        return output.Length >= size ? output.ToArray() : throw new InvalidDataException("Stream shorter than declared.");
    }

    private static (uint Start, long Size, uint Child) Entry(byte[] directory, uint index, ushort sectorShift)
    {
        var at = (int)index * DirectoryEntrySize;
        var size = (long)BinaryPrimitives.ReadUInt64LittleEndian(directory.AsSpan(at + 0x78));
        size = sectorShift == 9 ? size & 0xFFFFFFFF : size; // version 3 files may leave garbage in the high half
        return (BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(at + 0x74)), size, BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(at + 0x4C)));
    }

    /// <summary>Walks the root storage's red-black tree of children (left and right siblings), guarding against cycles.</summary>
    private void CollectRootStreams(byte[] directory, uint child, ushort sectorShift)
    {
        var entryCount = directory.Length / DirectoryEntrySize;
        var pending = new Stack<uint>();
        var visited = new HashSet<uint>();
        pending.Push(child);
        while (pending.Count > 0)
        {
            var index = pending.Pop();
            if (index == NoStream || index >= entryCount || !visited.Add(index))
            {
                continue;
            }

            var at = (int)index * DirectoryEntrySize;
            var nameBytes = Math.Clamp((int)BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 0x40)) - 2, 0, 62);
            var name = Encoding.Unicode.GetString(directory, at, nameBytes);
            if (directory[at + 0x42] == 2)
            {
                var (start, size, _) = Entry(directory, index, sectorShift);
                _rootStreams.TryAdd(name, (start, size));
            }

            pending.Push(BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(at + 0x44)));
            pending.Push(BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(at + 0x48)));
        }
    }

    private static uint[] ToUInts(byte[] bytes)
    {
        var values = new uint[bytes.Length / 4];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * 4));
        }

        return values;
    }
}
