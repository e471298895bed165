using System.Text;

namespace PolicySearch.Engine.Analysis.Segmentation;

/// <summary>
/// SmartCn's word dictionary (coredict.mem) as stored: a hash of first characters to tables of word
/// remainders, sorted, with their frequencies. The lookups repeat SmartCn's binary searches exactly,
/// so that <see cref="WordTrie"/> built from them answers as SmartCn does even where the data is odd
/// (duplicate entries, empty remainders). Used only while the trie is built.
/// </summary>
internal sealed class CoreDictionaryTables
{
    private const int IndexLength = 12071;
    private readonly short[] _wordIndex;
    private readonly char[] _charIndex;
    private readonly char[]?[]?[] _items;
    private readonly int[]?[] _frequencies;

    private CoreDictionaryTables(short[] wordIndex, char[] charIndex, char[]?[]?[] items, int[]?[] frequencies)
    {
        _wordIndex = wordIndex;
        _charIndex = charIndex;
        _items = items;
        _frequencies = frequencies;
    }

    /// <summary>Reads the serialized tables (BinaryWriter layout: little-endian lengths, -1 for null, chars UTF-8).</summary>
    public static CoreDictionaryTables Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var cursor = new ByteCursor(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        var wordIndex = new short[cursor.Int32()];
        for (var i = 0; i < wordIndex.Length; i++)
        {
            wordIndex[i] = cursor.Int16();
        }

        var charIndex = new char[cursor.Int32()];
        for (var i = 0; i < charIndex.Length; i++)
        {
            charIndex[i] = cursor.Char();
        }

        var items = new char[]?[]?[Math.Max(0, cursor.Int32())];
        for (var i = 0; i < items.Length; i++)
        {
            var count = cursor.Int32();
            items[i] = count < 0 ? null : new char[]?[count];
            for (var j = 0; j < count; j++)
            {
                var length = cursor.Int32();
                items[i]![j] = length < 0 ? null : cursor.Chars(length);
            }
        }

        var frequencies = new int[]?[Math.Max(0, cursor.Int32())];
        for (var i = 0; i < frequencies.Length; i++)
        {
            var count = cursor.Int32();
            frequencies[i] = count < 0 ? null : new int[count];
            for (var j = 0; j < count; j++)
            {
                frequencies[i]![j] = cursor.Int32();
            }
        }

        return new CoreDictionaryTables(wordIndex, charIndex, items, frequencies);
    }

    /// <summary>The table of words starting with <paramref name="c"/>, or -1 when the character has none.</summary>
    public int TableOf(char c)
    {
        var hash1 = (int)(SmartCnHash.FnvMixed(c) % IndexLength);
        var hash2 = SmartCnHash.Djb(SmartCnHash.DjbSeed, c) % IndexLength;
        if (hash1 < 0)
        {
            hash1 += IndexLength;
        }

        if (hash2 < 0)
        {
            hash2 += IndexLength;
        }

        var index = hash1;
        var probe = 1;
        while (_charIndex[index] != 0 && _charIndex[index] != c && probe < IndexLength)
        {
            index = (hash1 + (probe * hash2)) % IndexLength;
            probe++;
        }

        return probe < IndexLength && _charIndex[index] == c ? _wordIndex[index] : -1;
    }

    /// <summary>The items of a table; SmartCn fails on a character whose table is missing, so this throws too.</summary>
    public char[]?[] Items(int table) =>
        _items[table] ?? throw new InvalidDataException($"SmartCn word table {table} is empty.");

    /// <summary>SmartCn's GetFrequency: binary search for the whole word, 0 when absent.</summary>
    public int Frequency(int table, ReadOnlySpan<char> word)
    {
        var items = Items(table);
        int start = 0, end = items.Length - 1;
        var mid = (start + end) / 2;
        while (start <= end)
        {
            var compared = -Compare(word, 1, items[mid], 0);
            if (compared == 0)
            {
                return _frequencies[table]![mid];
            }

            if (compared < 0)
            {
                start = mid + 1;
            }
            else
            {
                end = mid - 1;
            }

            mid = (start + end) / 2;
        }

        return 0;
    }

    /// <summary>SmartCn's GetPrefixMatch: the first item the word is a prefix of, searching from <paramref name="knownStart"/>; -1 if none.</summary>
    public int PrefixMatch(int table, ReadOnlySpan<char> word, int knownStart)
    {
        var items = Items(table);
        int start = knownStart, end = items.Length - 1;
        var mid = (start + end) / 2;
        while (start <= end)
        {
            var compared = CompareByPrefix(word, 1, items[mid]);
            if (compared == 0)
            {
                while (mid >= 0 && CompareByPrefix(word, 1, items[mid]) == 0)
                {
                    mid--;
                }

                return mid + 1;
            }

            if (compared < 0)
            {
                end = mid - 1;
            }
            else
            {
                start = mid + 1;
            }

            mid = (start + end) / 2;
        }

        return -1;
    }

    /// <summary>SmartCn's IsEqual: whether the item at <paramref name="index"/> is the whole word.</summary>
    public bool IsWordAt(int table, ReadOnlySpan<char> word, int index) => Compare(word, 1, Items(table)[index], 0) == 0;

    /// <summary>SmartCn's CompareArray with a word (never null) on the left.</summary>
    private static int Compare(ReadOnlySpan<char> left, int leftStart, char[]? right, int rightStart)
    {
        if (right is null)
        {
            return leftStart >= left.Length ? 0 : 1;
        }

        int li = leftStart, ri = rightStart;
        while (li < left.Length && ri < right.Length && left[li] == right[ri])
        {
            li++;
            ri++;
        }

        if (li == left.Length)
        {
            return ri == right.Length ? 0 : -1;
        }

        return ri == right.Length || left[li] > right[ri] ? 1 : -1;
    }

    private static int CompareByPrefix(ReadOnlySpan<char> prefix, int prefixStart, char[]? item)
    {
        if (item is null)
        {
            return prefixStart < prefix.Length ? 1 : 0;
        }

        int si = prefixStart, li = 0;
        while (si < prefix.Length && li < item.Length && prefix[si] == item[li])
        {
            si++;
            li++;
        }

        if (si == prefix.Length)
        {
            return 0;
        }

        return li == item.Length || prefix[si] > item[li] ? 1 : -1;
    }
}
