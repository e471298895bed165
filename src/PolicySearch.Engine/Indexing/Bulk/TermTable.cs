using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>
/// One field's distinct terms, numbered in the order first seen, with their UTF-8 bytes. A term of up to
/// three UTF-16 units (every bigram, most words) is found by a single 64-bit key, one probe and no UTF-8
/// encoding; longer terms and binary terms (numeric tries) by a hash of their bytes and a comparison.
/// </summary>
internal sealed class TermTable
{
    /// <summary>Marks a pending token whose id is already known (see <see cref="Resolve"/>).</summary>
    public const long ResolvedFlag = 1L << 62;

    private const long ByteKeyFlag = long.MinValue;
    private const int InitialSlots = 1 << 12;
    private const int PrefetchDistance = 8;

    private Slot[] _slots = new Slot[InitialSlots];
    private int _mask = InitialSlots - 1;
    private byte[] _bytes = new byte[1 << 14];
    private int _bytesUsed;
    private int[] _starts = new int[1 << 10];
    private readonly byte[] _scratch = new byte[64];

    public int Count { get; private set; }

    /// <summary>Bytes the terms take, counting the hash table at its load: what a flush budget should see.</summary>
    public long UsedBytes => (Count * 28L) + _bytesUsed;

    /// <summary>Forgets every term but keeps the arrays, for the next segment.</summary>
    public void Clear()
    {
        Array.Clear(_slots);
        _bytesUsed = 0;
        Count = 0;
    }

    /// <summary>The key a term of one to three UTF-16 units is found by; 0 for any other term.</summary>
    public static long ShortKey(ReadOnlySpan<char> term)
    {
        if (term.Length is 0 or > 3)
        {
            return 0;
        }

        var key = (long)term.Length << 48;
        for (var i = 0; i < term.Length; i++)
        {
            key |= (long)term[i] << (16 * (2 - i));
        }

        return key;
    }

    public int Add(ReadOnlySpan<char> term)
    {
        var key = ShortKey(term);
        return key == 0 ? AddBytes(Utf8(term)) : AddShort(key);
    }

    /// <summary>
    /// The ids of a document's tokens: each pending value is a <see cref="ShortKey"/> or an id already
    /// known, marked with <see cref="ResolvedFlag"/>. Looking the keys up together lets the slots of the
    /// next few be fetched from memory while this one is probed: the table of a body's bigrams is far
    /// larger than the caches, and a probe at a time waited for every miss.
    /// </summary>
    public void Resolve(ReadOnlySpan<long> pending, Span<int> ids)
    {
        for (var i = 0; i < pending.Length; i++)
        {
            if (i + PrefetchDistance < pending.Length)
            {
                Prefetch(pending[i + PrefetchDistance]);
            }

            var value = pending[i];
            ids[i] = (value & ResolvedFlag) != 0 ? (int)value : AddShort(value);
        }
    }

    private int AddShort(long key)
    {
        var slot = (int)Mix(key) & _mask;
        while (true)
        {
            ref var candidate = ref _slots[slot];
            if (candidate.Id == 0)
            {
                var id = Append(Utf8(ShortTerm(key, stackalloc char[3])));
                candidate = new Slot(key, id + 1);
                GrowIfFull();
                return id;
            }

            if (candidate.Key == key)
            {
                return candidate.Id - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private static ReadOnlySpan<char> ShortTerm(long key, Span<char> chars)
    {
        var length = (int)(key >> 48);
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)(key >> (16 * (2 - i)));
        }

        return chars[..length];
    }

    /// <summary>A hint only: a slot the garbage collector has since moved is merely not prefetched.</summary>
    private unsafe void Prefetch(long key)
    {
        if (Sse.IsSupported && (key & ResolvedFlag) == 0)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref _slots[(int)Mix(key) & _mask]));
        }
    }

    public int AddBytes(ReadOnlySpan<byte> term)
    {
        var key = ByteKeyFlag | (long)(Hash(term) & 0x7FFF_FFFF_FFFF_FFFF);
        var slot = (int)Mix(key) & _mask;
        while (true)
        {
            ref var candidate = ref _slots[slot];
            if (candidate.Id == 0)
            {
                var id = Append(term);
                candidate = new Slot(key, id + 1);
                GrowIfFull();
                return id;
            }

            if (candidate.Key == key && Bytes(candidate.Id - 1).SequenceEqual(term))
            {
                return candidate.Id - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    public ReadOnlySpan<byte> Bytes(int termId) => _bytes.AsSpan(_starts[termId], _starts[termId + 1] - _starts[termId]);

    public int ByteStart(int termId) => _starts[termId];

    public int ByteLength(int termId) => _starts[termId + 1] - _starts[termId];

    public byte[] ByteBuffer => _bytes;

    /// <summary>Term ids in the order a Lucene segment lists terms: their UTF-8 bytes, unsigned.</summary>
    public int[] SortedIds()
    {
        var ids = new int[Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = i;
        }

        Array.Sort(ids, (left, right) => Bytes(left).SequenceCompareTo(Bytes(right)));
        return ids;
    }

    private ReadOnlySpan<byte> Utf8(ReadOnlySpan<char> term)
    {
        // Unpaired surrogates become U+FFFD, as Lucene's UnicodeUtil.UTF16toUTF8 makes them.
        var buffer = term.Length * 3 <= _scratch.Length ? _scratch : new byte[term.Length * 3];
        var length = Encoding.UTF8.GetBytes(term, buffer);
        return buffer.AsSpan(0, length);
    }

    private int Append(ReadOnlySpan<byte> term)
    {
        if (_bytesUsed + term.Length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _bytesUsed + term.Length));
        }

        if (Count + 2 > _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
        }

        term.CopyTo(_bytes.AsSpan(_bytesUsed));
        _starts[Count] = _bytesUsed;
        _bytesUsed += term.Length;
        _starts[Count + 1] = _bytesUsed;
        return Count++;
    }

    private void GrowIfFull()
    {
        if (Count * 2 <= _slots.Length)
        {
            return;
        }

        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _mask = _slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Id == 0)
            {
                continue;
            }

            var slot = (int)Mix(entry.Key) & _mask;
            while (_slots[slot].Id != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = entry;
        }
    }

    private static ulong Mix(long key) => BitOperations.RotateLeft((ulong)key * 0x9E3779B97F4A7C15UL, 29) ^ ((ulong)key >> 32);

    private static long Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = unchecked((long)0xCBF29CE484222325UL);
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 0x100000001B3L;
        }

        return hash;
    }

    /// <summary>Twelve bytes, not sixteen: the table of a body's bigrams is larger than the caches, and every probe is a miss.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Slot(long Key, int Id);
}
