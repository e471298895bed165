namespace PolicySearch.Engine.Analysis.Segmentation;

/// <summary>
/// The two string hashes SmartCn's dictionaries are keyed by, one character at a time so a key can be
/// hashed in pieces: a 64-bit FNV-1 over the low and high byte of each char (no final mixing), and a
/// djb2 variant whose operator precedence keeps it below 300. Bit for bit as SmartCn computes them.
/// </summary>
internal static class SmartCnHash
{
    public const long FnvSeed = unchecked((long)0xcbf29ce484222325L);
    public const int DjbSeed = 5381;
    private const long FnvPrime = 1099511628211L;

    public static long Fnv(long hash, char c)
    {
        unchecked
        {
            hash = (hash ^ (c & 0xFF)) * FnvPrime;
            return (hash ^ (c >> 8)) * FnvPrime;
        }
    }

    public static int Djb(int hash, char c)
    {
        hash = ((hash << 5) + hash + c) & 0xFF;
        return ((hash << 5) + hash + c) >> 8;
    }

    public static long Fnv(ReadOnlySpan<char> text)
    {
        var hash = FnvSeed;
        foreach (var c in text)
        {
            hash = Fnv(hash, c);
        }

        return hash;
    }

    public static int Djb(ReadOnlySpan<char> text)
    {
        var hash = DjbSeed;
        foreach (var c in text)
        {
            hash = Djb(hash, c);
        }

        return hash;
    }

    /// <summary>The single-char variant SmartCn uses to place a character in the word table: FNV plus a final mix.</summary>
    public static long FnvMixed(char c)
    {
        unchecked
        {
            var hash = Fnv(FnvSeed, c);
            hash += hash << 13;
            hash ^= hash >> 7;
            hash += hash << 3;
            hash ^= hash >> 17;
            return hash + (hash << 5);
        }
    }
}
