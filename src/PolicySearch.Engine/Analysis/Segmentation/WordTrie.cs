namespace PolicySearch.Engine.Analysis.Segmentation;

/// <summary>
/// SmartCn's word dictionary as a trie in flat arrays. Node <c>c - U+4E00</c> is the root of Han
/// character <c>c</c>; a node's children are contiguous and sorted by character. A node exists where
/// SmartCn's prefix search would go on matching, and carries the frequency SmartCn's lookup returns.
/// Read-only after construction, so one instance serves all threads.
/// </summary>
internal sealed class WordTrie
{
    public const char FirstHan = '\u4E00';
    public const char LastHan = '\u9FA5';

    private readonly char[] _labels;
    private readonly int[] _firstChild;
    private readonly int[] _childCount;
    private readonly int[] _frequencies;
    private readonly bool[] _isWord;

    internal WordTrie(char[] labels, int[] firstChild, int[] childCount, int[] frequencies, bool[] isWord)
    {
        _labels = labels;
        _firstChild = firstChild;
        _childCount = childCount;
        _frequencies = frequencies;
        _isWord = isWord;
    }

    public int NodeCount => _labels.Length;

    /// <summary>The node of a single Han character (every one in the range has a node, frequency 0 if unknown).</summary>
    public static int Root(char han) => han - FirstHan;

    /// <summary>The node that extends <paramref name="node"/> by <paramref name="c"/>, or -1 when no dictionary word goes on so.</summary>
    public int Child(int node, char c)
    {
        // Branch-free lower bound: the children of a common character number in the hundreds.
        var at = _firstChild[node];
        var count = _childCount[node];
        if (count == 0)
        {
            return -1;
        }

        var labels = _labels;
        while (count > 1)
        {
            var half = count >> 1;
            at = labels[at + half - 1] < c ? at + half : at;
            count -= half;
        }

        return labels[at] == c ? at : -1;
    }

    /// <summary>Whether the characters up to this node are a dictionary word of two or more characters.</summary>
    public bool IsWord(int node) => _isWord[node];

    public int Frequency(int node) => _frequencies[node];
}
