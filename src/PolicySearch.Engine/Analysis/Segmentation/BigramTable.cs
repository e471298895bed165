using System.Runtime.InteropServices;

namespace PolicySearch.Engine.Analysis.Segmentation;

/// <summary>
/// SmartCn's bigram dictionary (bigramdict.mem): word pairs "w1@w2" stored only as their 64-bit FNV
/// hash, in an open-addressing table probed by double hashing. Looked up exactly as SmartCn does,
/// from the two hashes of the pair, which callers compute incrementally. Read-only, thread-safe.
/// </summary>
internal sealed class BigramTable
{
    private const int Length = 402137;
    private readonly long[] _hashes;
    private readonly int[] _frequencies;

    private BigramTable(long[] hashes, int[] frequencies)
    {
        if (hashes.Length != Length || frequencies.Length != Length)
        {
            throw new InvalidDataException($"SmartCn bigram table has {hashes.Length} slots, expected {Length}.");
        }

        _hashes = hashes;
        _frequencies = frequencies;
    }

    /// <summary>Reads the serialized table (little-endian: Int32 count, Int64 hashes, Int32 count, Int32 frequencies).</summary>
    public static BigramTable Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var hashes = new long[reader.ReadInt32()];
        ReadExactly(reader, MemoryMarshal.AsBytes(hashes.AsSpan()));
        var frequencies = new int[reader.ReadInt32()];
        ReadExactly(reader, MemoryMarshal.AsBytes(frequencies.AsSpan()));
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The SmartCn bigram table is read on little-endian machines only.");
        }

        return new BigramTable(hashes, frequencies);
    }

    /// <summary>The frequency of the pair whose FNV hash is <paramref name="fnv"/> and djb hash <paramref name="djb"/>; 0 if unknown.</summary>
    public int Frequency(long fnv, int djb)
    {
        var hash1 = (int)(fnv % Length);
        var hash2 = djb % Length;
        if (hash1 < 0)
        {
            hash1 += Length;
        }

        if (hash2 < 0)
        {
            hash2 += Length;
        }

        var hashes = _hashes;
        var index = hash1;
        var probe = 1;
        while (hashes[index] != 0 && hashes[index] != fnv && probe < Length)
        {
            index = (hash1 + (probe * hash2)) % Length;
            probe++;
        }

        return probe < Length && hashes[index] == fnv ? _frequencies[index] : 0;
    }

    private static void ReadExactly(BinaryReader reader, Span<byte> target) => reader.BaseStream.ReadExactly(target);
}
