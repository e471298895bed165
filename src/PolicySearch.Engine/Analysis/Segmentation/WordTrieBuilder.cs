namespace PolicySearch.Engine.Analysis.Segmentation;

/// <summary>
/// Builds a <see cref="WordTrie"/> from SmartCn's word tables. Each table's items, sorted ordinally,
/// give the candidate extensions of every prefix as contiguous runs; each candidate is then checked
/// with SmartCn's own prefix search (from the position its parent's search found, as SmartCn does) and
/// each word's frequency taken from SmartCn's own lookup. A node's children are allocated together,
/// in character order, before any of them is expanded.
/// </summary>
internal sealed class WordTrieBuilder
{
    private readonly CoreDictionaryTables _tables;
    private readonly NodeLists _nodes = new();
    private readonly List<List<(int Low, int High, int Found)>> _runsByDepth = [];
    private char[] _word = new char[32];
    private char[]?[] _items = [];
    private int _table;

    private WordTrieBuilder(CoreDictionaryTables tables) => _tables = tables;

    public static WordTrie Build(CoreDictionaryTables tables) => new WordTrieBuilder(tables).Build();

    private WordTrie Build()
    {
        var expand = new List<(int Node, int Table, int Found)>();
        for (var c = WordTrie.FirstHan; c <= WordTrie.LastHan; c++)
        {
            var table = _tables.TableOf(c);
            ReadOnlySpan<char> word = [c];
            _nodes.Add(c, table < 0 ? 0 : _tables.Frequency(table, word), isWord: false);
            if (table >= 0 && _tables.PrefixMatch(table, word, 0) is var found and >= 0)
            {
                expand.Add((_nodes.Count - 1, table, found));
            }
        }

        foreach (var (node, table, found) in expand)
        {
            _table = table;
            _items = [.. _tables.Items(table).Where(item => item is { Length: > 0 })];
            Array.Sort(_items, static (left, right) => left.AsSpan().SequenceCompareTo(right));
            _word[0] = _nodes.Labels[node];
            Expand(node, 1, 0, _items.Length, found);
        }

        return new WordTrie([.. _nodes.Labels], [.. _nodes.FirstChild], [.. _nodes.ChildCount], [.. _nodes.Frequencies], [.. _nodes.IsWord]);
    }

    /// <summary>
    /// Adds the children of <paramref name="node"/>, whose word is <c>_word[..length]</c>; the items in
    /// [low, high) are those that continue it (an item holds a word without its first character).
    /// </summary>
    private void Expand(int node, int length, int low, int high, int found)
    {
        var depth = length - 1;
        while (low < high && _items[low]!.Length <= depth)
        {
            low++;
        }

        if (_runsByDepth.Count <= depth)
        {
            _runsByDepth.Add([]);
        }

        if (_word.Length <= length)
        {
            Array.Resize(ref _word, _word.Length * 2);
        }

        var runs = _runsByDepth[depth];
        runs.Clear();
        var firstChild = _nodes.Count;
        while (low < high)
        {
            var next = _items[low]![depth];
            var end = low + 1;
            while (end < high && _items[end]![depth] == next)
            {
                end++;
            }

            _word[length] = next;
            var word = _word.AsSpan(0, length + 1);
            var childFound = _tables.PrefixMatch(_table, word, found);
            if (childFound >= 0)
            {
                var isWord = _tables.IsWordAt(_table, word, childFound);
                _nodes.Add(next, isWord ? _tables.Frequency(_table, word) : 0, isWord);
                runs.Add((low, end, childFound));
            }

            low = end;
        }

        _nodes.FirstChild[node] = firstChild;
        _nodes.ChildCount[node] = runs.Count;
        // The children's own expansions use the lists of deeper levels, so this one stays intact.
        for (var i = 0; i < runs.Count; i++)
        {
            _word[length] = _nodes.Labels[firstChild + i];
            Expand(firstChild + i, length + 1, runs[i].Low, runs[i].High, runs[i].Found);
        }
    }

    private sealed class NodeLists
    {
        public List<char> Labels { get; } = [];

        public List<int> FirstChild { get; } = [];

        public List<int> ChildCount { get; } = [];

        public List<int> Frequencies { get; } = [];

        public List<bool> IsWord { get; } = [];

        public int Count => Labels.Count;

        public void Add(char label, int frequency, bool isWord)
        {
            Labels.Add(label);
            FirstChild.Add(0);
            ChildCount.Add(0);
            Frequencies.Add(frequency);
            IsWord.Add(isWord);
        }
    }
}
