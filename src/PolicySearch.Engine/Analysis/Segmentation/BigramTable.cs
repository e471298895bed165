using System.Runtime.InteropServices;

namespace PolicySearch.Engine.Analysis.Segmentation;

/// <summary>
/// SmartCn's bigram dictionary (bigramdict.mem): word pairs "w1@w2" stored only as their 64-bit FNV
/// hash, in an open-addressing table probed by double hashing. The table is 82% full and the probe
/// step is the tiny djb hash (0 to ~290), so SmartCn's own lookup walks about a thousand slots for a
/// pair it does not know, which is most pairs. This class answers exactly as that lookup does, from an
/// index of the stored hashes instead: a Bloom filter small enough for the cache turns away most
/// unknown pairs, an open-addressing index finds a stored hash in one cache line. A stored hash is
/// confirmed once by SmartCn's own walk (a pair's walk never changes) before its frequency is used.
/// Thread-safe: the only writes after construction are idempotent int stores.
/// </summary>
internal sealed class BigramTable
{
    private const int Length = 402137;
    private const int IndexBits = 19;
    private const int FilterWordBits = 15;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private readonly long[] _hashes;
    private readonly ulong[] _filter = new ulong[1 << FilterWordBits];
    private readonly Entry[] _index = new Entry[1 << IndexBits];

    private BigramTable(long[] hashes, int[] frequencies)
    {
        if (hashes.Length != Length || frequencies.Length != Length)
        {
            throw new InvalidDataException($"SmartCn bigram table has {hashes.Length} slots, expected {Length}.");
        }

        _hashes = hashes;
        for (var slot = 0; slot < Length; slot++)
        {
            if (hashes[slot] != 0)
            {
                Add(hashes[slot], frequencies[slot]);
            }
            else if (frequencies[slot] != 0)
            {
                // SmartCn answers a pair hashing to 0 with the frequency of an empty slot; they must all be 0.
                throw new InvalidDataException($"SmartCn bigram table has a frequency in empty slot {slot}.");
            }
        }
    }

    /// <summary>Reads the serialized table (little-endian: Int32 count, Int64 hashes, Int32 count, Int32 frequencies).</summary>
    public static BigramTable Read(Stream stream)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The SmartCn bigram table is read on little-endian machines only.");
        }

        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var hashes = new long[reader.ReadInt32()];
        stream.ReadExactly(MemoryMarshal.AsBytes(hashes.AsSpan()));
        var frequencies = new int[reader.ReadInt32()];
        stream.ReadExactly(MemoryMarshal.AsBytes(frequencies.AsSpan()));
        return new BigramTable(hashes, frequencies);
    }

    /// <summary>The frequency of the pair whose FNV hash is <paramref name="fnv"/> and djb hash <paramref name="djb"/>; 0 if unknown.</summary>
    public int Frequency(long fnv, int djb)
    {
        if (fnv == 0)
        {
            return 0;
        }

        var mixed = (ulong)fnv * Golden;
        var bits = FilterBits(mixed);
        if ((_filter[(int)(mixed >> (64 - FilterWordBits))] & bits) != bits)
        {
            return 0;
        }

        var mask = _index.Length - 1;
        var at = (int)(mixed >> (64 - IndexBits));
        while (_index[at].Fnv != fnv)
        {
            if (_index[at].Fnv == 0)
            {
                return 0;
            }

            at = (at + 1) & mask;
        }

        ref var entry = ref _index[at];
        if (entry.CheckedDjb != djb)
        {
            if (!IsReached(fnv, djb))
            {
                return 0;
            }

            entry.CheckedDjb = djb;
        }

        return entry.Frequency;
    }

    private static ulong FilterBits(ulong mixed) => (1UL << (int)(mixed & 63)) | (1UL << (int)((mixed >> 6) & 63)) | (1UL << (int)((mixed >> 12) & 63));

    private void Add(long fnv, int frequency)
    {
        var mixed = (ulong)fnv * Golden;
        _filter[(int)(mixed >> (64 - FilterWordBits))] |= FilterBits(mixed);
        var mask = _index.Length - 1;
        var at = (int)(mixed >> (64 - IndexBits));
        while (_index[at].Fnv != 0)
        {
            if (_index[at].Fnv == fnv)
            {
                throw new InvalidDataException("SmartCn bigram table stores a hash twice.");
            }

            at = (at + 1) & mask;
        }

        _index[at] = new Entry { Fnv = fnv, Frequency = frequency, CheckedDjb = -1 };
    }

    /// <summary>SmartCn's lookup: whether the probe sequence of the pair reaches <paramref name="fnv"/> before an empty slot.</summary>
    private bool IsReached(long fnv, int djb)
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

        return probe < Length && hashes[index] == fnv;
    }

    /// <summary>A stored pair hash, its frequency, and the djb hash its walk was confirmed for (-1: not yet).</summary>
    private struct Entry
    {
        public long Fnv;
        public int Frequency;
        public int CheckedDjb;
    }
}
