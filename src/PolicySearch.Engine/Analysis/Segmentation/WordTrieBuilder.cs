namespace PolicySearch.Engine.Analysis.Segmentation;

/// <summary>
/// Builds a <see cref="WordTrie"/> from SmartCn's word tables, breadth first so that siblings are
/// contiguous. Each candidate extension is checked with SmartCn's own prefix search, each word's
/// frequency taken from SmartCn's own lookup.
/// </summary>
internal static class WordTrieBuilder
{
    public static WordTrie Build(CoreDictionaryTables tables)
    {
        var nodes = new NodeLists();
        var queue = new Queue<Pending>();
        for (var c = WordTrie.FirstHan; c <= WordTrie.LastHan; c++)
        {
            var word = new[] { c };
            var table = tables.TableOf(c);
            var frequency = table < 0 ? 0 : tables.Frequency(table, word);
            nodes.Add(c, frequency, isWord: false);
            if (table >= 0 && tables.PrefixMatch(table, word, 0) is var found and >= 0)
            {
                queue.Enqueue(new Pending(nodes.Count - 1, table, word, found, [.. tables.Items(table)]));
            }
        }

        while (queue.TryDequeue(out var parent))
        {
            nodes.FirstChild[parent.Node] = nodes.Count;
            foreach (var (next, items) in Extensions(parent.Items, parent.Word.Length - 1))
            {
                char[] word = [.. parent.Word, next];
                var found = tables.PrefixMatch(parent.Table, word, parent.Found);
                if (found < 0)
                {
                    continue;
                }

                var isWord = tables.IsWordAt(parent.Table, word, found);
                nodes.Add(next, isWord ? tables.Frequency(parent.Table, word) : 0, isWord);
                nodes.ChildCount[parent.Node]++;
                queue.Enqueue(new Pending(nodes.Count - 1, parent.Table, word, found, items));
            }
        }

        return new WordTrie([.. nodes.Labels], [.. nodes.FirstChild], [.. nodes.ChildCount], [.. nodes.Frequencies], [.. nodes.IsWord]);
    }

    /// <summary>
    /// The items grouped by their character at <paramref name="depth"/>, ascending: the only extensions
    /// that can match, each with the items that share the longer prefix.
    /// </summary>
    private static SortedDictionary<char, List<char[]?>> Extensions(List<char[]?> items, int depth)
    {
        var groups = new SortedDictionary<char, List<char[]?>>();
        foreach (var item in items)
        {
            if (item is not null && item.Length > depth)
            {
                if (!groups.TryGetValue(item[depth], out var group))
                {
                    group = [];
                    groups.Add(item[depth], group);
                }

                group.Add(item);
            }
        }

        return groups;
    }

    /// <summary>A node to expand: its word, SmartCn's prefix-search position, and the items that start with the word.</summary>
    private readonly record struct Pending(int Node, int Table, char[] Word, int Found, List<char[]?> Items);

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
