namespace PolicySearch.Engine.Analysis.Segmentation;

/// <summary>
/// SmartCn's hierarchical-HMM word segmentation of one sentence, rebuilt on reusable arrays: the word
/// graph (every dictionary word at every Han position, one node per letter run, digit run, punctuation
/// mark or other character, plus start and end markers), bigram-weighted edges from each node to the
/// nodes at the next occupied position, and the cheapest path through them. Node order, weights and
/// tie-breaking (first cheapest predecessor wins) are SmartCn's, so the path is the one it finds.
/// One instance per tokenizer: not thread-safe; it allocates only when a sentence outgrows its arrays.
/// </summary>
internal sealed class HhmmSegmenter
{
    // SmartCn's Utility.MAX_FREQUENCE: the smoothing denominator, and the frequency punctuation gets.
    private const int DelimiterFrequency = 2079997 + 80000;
    private const double MaxFrequency = DelimiterFrequency;
    private const double Smooth = 0.1;
    private const double Tiny = 1.0 / MaxFrequency;
    private const char PairSeparator = '@';
    private const int UnseenCacheSize = 1024;

    // _keys starts with the four pseudo-words, then holds the sentence without its spaces.
    private const string PseudoKeys = PseudoWords.String + PseudoWords.Number + PseudoWords.Begin + PseudoWords.End;
    private const int PseudoKeyLength = 4;
    private const int StringKey = 0;
    private const int NumberKey = StringKey + PseudoKeyLength;
    private const int BeginKey = NumberKey + PseudoKeyLength;
    private const int EndKey = BeginKey + PseudoKeyLength;

    private readonly WordTrie _words;
    private readonly BigramTable _bigrams;
    private readonly SmartCnDictionaries _dictionaries;
    private readonly SegmentGraph _graph = new();
    private readonly int[] _unseenFrequencies = new int[UnseenCacheSize];
    private readonly double[] _unseenWeights = new double[UnseenCacheSize];
    private char[] _keys = new char[PseudoKeys.Length + 1024];
    private int[] _keyIndex = new int[1024];
    private CharKind[] _kinds = new CharKind[1024];
    private int[] _path = new int[256];
    private int _pathLength;

    public HhmmSegmenter(SmartCnDictionaries dictionaries)
    {
        ArgumentNullException.ThrowIfNull(dictionaries);
        System.Diagnostics.Debug.Assert(PseudoKeys.Length == 4 * PseudoKeyLength, "Each pseudo-word key is four chars.");
        _dictionaries = dictionaries;
        _words = dictionaries.Words;
        _bigrams = dictionaries.Bigrams;
        PseudoKeys.CopyTo(_keys);
        Array.Fill(_unseenFrequencies, -1);
    }

    /// <summary>Number of words of the last segmented sentence (markers excluded).</summary>
    public int Count => _pathLength > 2 ? _pathLength - 2 : 0;

    public int StartOf(int word) => _graph.Start[_path[word + 1]];

    public int EndOf(int word) => _graph.End[_path[word + 1]];

    /// <summary>Length of the word's text as SmartCn emits it (see <see cref="CopyText"/>).</summary>
    public int TextLength(int word)
    {
        var node = _path[word + 1];
        return _graph.Kind[node] switch
        {
            SegmentKind.Han => _graph.KeyLength[node],
            SegmentKind.Letters or SegmentKind.Digits => _graph.End[node] - _graph.Start[node],
            _ => 1,
        };
    }

    /// <summary>
    /// Writes the word's text: Han words without the spaces they spanned, letter and digit runs folded
    /// to half width and ASCII lower case, other characters as they are, punctuation as ",".
    /// </summary>
    public void CopyText(int word, Span<char> target)
    {
        var node = _path[word + 1];
        var kind = _graph.Kind[node];
        switch (kind)
        {
            case SegmentKind.Han:
                _keys.AsSpan(_graph.KeyStart[node], _graph.KeyLength[node]).CopyTo(target);
                break;
            case SegmentKind.Letters or SegmentKind.Digits:
                var run = _keys.AsSpan(_keyIndex[_graph.Start[node]], _graph.End[node] - _graph.Start[node]);
                for (var i = 0; i < run.Length; i++)
                {
                    var c = run[i] >= '\uFF10' ? (char)(run[i] - 0xFEE0) : run[i];
                    target[i] = c is >= 'A' and <= 'Z' ? (char)(c + 0x20) : c;
                }

                break;
            case SegmentKind.Delimiter:
                target[0] = ',';
                break;
            default:
                target[0] = _keys[_keyIndex[_graph.Start[node]]];
                break;
        }
    }

    /// <summary>Segments one sentence; the words are then read with <see cref="Count"/>, <see cref="StartOf"/> and <see cref="CopyText"/>.</summary>
    public void Segment(ReadOnlySpan<char> sentence)
    {
        Prepare(sentence);
        BuildGraph(sentence);
        FindCheapestPath();
    }

    /// <summary>Forgets the last sentence.</summary>
    public void Clear() => _pathLength = 0;

    private void Prepare(ReadOnlySpan<char> sentence)
    {
        if (_kinds.Length < sentence.Length)
        {
            var size = Math.Max(sentence.Length, _kinds.Length * 2);
            _kinds = new CharKind[size];
            _keyIndex = new int[size];
            var keys = new char[PseudoKeys.Length + size];
            PseudoKeys.CopyTo(keys);
            _keys = keys;
        }

        var next = PseudoKeys.Length;
        for (var i = 0; i < sentence.Length; i++)
        {
            var c = sentence[i];
            var kind = CharKinds.Of(c);
            _kinds[i] = kind;
            if (kind != CharKind.SpaceLike)
            {
                _keyIndex[i] = next;
                _keys[next++] = c;
            }
        }
    }

    private void BuildGraph(ReadOnlySpan<char> sentence)
    {
        var graph = _graph;
        var kinds = _kinds;
        var length = sentence.Length;
        graph.Reset(length);
        graph.Add(SegmentKind.Marker, -1, 0, _dictionaries.BeginFrequency, BeginKey, PseudoKeyLength);
        var i = 0;
        while (i < length)
        {
            switch (kinds[i])
            {
                case CharKind.SpaceLike:
                    i++;
                    break;
                case CharKind.Hanzi:
                    AddHanWords(sentence, i);
                    i++;
                    break;
                case CharKind.Letter or CharKind.FullWidthLetter:
                    var letters = RunEnd(i, length, CharKind.Letter, CharKind.FullWidthLetter);
                    graph.Add(SegmentKind.Letters, i, letters, _dictionaries.StringFrequency, StringKey, PseudoKeyLength);
                    i = letters;
                    break;
                case CharKind.Digit or CharKind.FullWidthDigit:
                    var digits = RunEnd(i, length, CharKind.Digit, CharKind.FullWidthDigit);
                    graph.Add(SegmentKind.Digits, i, digits, _dictionaries.NumberFrequency, NumberKey, PseudoKeyLength);
                    i = digits;
                    break;
                case CharKind.Delimiter:
                    graph.Add(SegmentKind.Delimiter, i, i + 1, DelimiterFrequency, _keyIndex[i], 1);
                    i++;
                    break;
                default:
                    graph.Add(SegmentKind.Other, i, i + 1, _dictionaries.StringFrequency, StringKey, PseudoKeyLength);
                    i++;
                    break;
            }
        }

        graph.Add(SegmentKind.Marker, length, length + 1, _dictionaries.EndFrequency, EndKey, PseudoKeyLength);
        graph.IndexStarts();
    }

    /// <summary>The single character at <paramref name="start"/>, then every longer dictionary word from it, shortest first.</summary>
    private void AddHanWords(ReadOnlySpan<char> sentence, int start)
    {
        var kinds = _kinds;
        var keyStart = _keyIndex[start];
        var node = WordTrie.Root(sentence[start]);
        _graph.Add(SegmentKind.Han, start, start + 1, _words.Frequency(node), keyStart, 1);
        var end = start + 1;
        var wordLength = 1;
        while (true)
        {
            while (end < sentence.Length && kinds[end] == CharKind.SpaceLike)
            {
                end++;
            }

            if (end >= sentence.Length || kinds[end] != CharKind.Hanzi)
            {
                return;
            }

            node = _words.Child(node, sentence[end]);
            end++;
            wordLength++;
            if (node < 0)
            {
                return;
            }

            if (_words.IsWord(node))
            {
                _graph.Add(SegmentKind.Han, start, end, _words.Frequency(node), keyStart, wordLength);
            }
        }
    }

    private int RunEnd(int start, int length, CharKind half, CharKind full)
    {
        var end = start + 1;
        while (end < length && (_kinds[end] == half || _kinds[end] == full))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Viterbi over the graph in node order. Every edge into a node comes from an earlier node, so each
    /// node's cost is final when its edges are relaxed; a later predecessor replaces an earlier one only
    /// if strictly cheaper, as in SmartCn.
    /// </summary>
    private void FindCheapestPath()
    {
        var graph = _graph;
        var count = graph.Count;
        var cost = graph.Cost;
        var previous = graph.Previous;
        cost[0] = 0;
        for (var node = 1; node < count; node++)
        {
            cost[node] = double.MaxValue;
            previous[node] = -1;
        }

        var keys = _keys;
        for (var from = 0; from < count - 1; from++)
        {
            var position = graph.NextStart[graph.End[from]];
            if (position < 0)
            {
                continue;
            }

            var fnv = SmartCnHash.FnvSeed;
            var djb = SmartCnHash.DjbSeed;
            foreach (var c in keys.AsSpan(graph.KeyStart[from], graph.KeyLength[from]))
            {
                fnv = SmartCnHash.Fnv(fnv, c);
                djb = SmartCnHash.Djb(djb, c);
            }

            fnv = SmartCnHash.Fnv(fnv, PairSeparator);
            djb = SmartCnHash.Djb(djb, PairSeparator);
            double fromFrequency = graph.Frequency[from];
            var unigram = Smooth * (1.0 + fromFrequency) / (MaxFrequency + 0.0);
            var unseen = UnseenWeight(graph.Frequency[from], unigram);
            var fromCost = cost[from];
            var first = graph.FirstAt[position];
            var last = first + graph.CountAt[position];
            for (var to = first; to < last; to++)
            {
                var pairFnv = fnv;
                var pairDjb = djb;
                foreach (var c in keys.AsSpan(graph.KeyStart[to], graph.KeyLength[to]))
                {
                    pairFnv = SmartCnHash.Fnv(pairFnv, c);
                    pairDjb = SmartCnHash.Djb(pairDjb, c);
                }

                var pairFrequency = _bigrams.Frequency(pairFnv, pairDjb);
                var weight = pairFrequency == 0 ? unseen : Weight(unigram, fromFrequency, pairFrequency);
                var candidate = fromCost + weight;
                if (candidate < cost[to])
                {
                    cost[to] = candidate;
                    previous[to] = from;
                }
            }
        }

        TracePath(count - 1);
    }

    /// <summary>The weight of a pair the bigram dictionary does not know, which depends only on the first word's frequency: remembered.</summary>
    private double UnseenWeight(int fromFrequency, double unigram)
    {
        var slot = fromFrequency & (UnseenCacheSize - 1);
        if (_unseenFrequencies[slot] != fromFrequency)
        {
            _unseenWeights[slot] = Weight(unigram, fromFrequency, 0);
            _unseenFrequencies[slot] = fromFrequency;
        }

        return _unseenWeights[slot];
    }

    /// <summary>-log of the smoothed probability of the pair, written as SmartCn writes it so the doubles agree bit for bit.</summary>
    private static double Weight(double unigram, double fromFrequency, int pairFrequency) =>
        0.0 - Math.Log(unigram + ((1.0 - Smooth) * (((1.0 - Tiny) * pairFrequency / (1.0 + fromFrequency)) + Tiny)));

    private void TracePath(int last)
    {
        var length = 1;
        for (var node = last; node != 0; node = _graph.Previous[node])
        {
            if (node < 0)
            {
                throw new InvalidOperationException("The segmentation graph has a node no path reaches.");
            }

            length++;
        }

        if (_path.Length < length)
        {
            _path = new int[Math.Max(length, _path.Length * 2)];
        }

        var at = length - 1;
        for (var node = last; node != 0; node = _graph.Previous[node])
        {
            _path[at--] = node;
        }

        _path[0] = 0;
        _pathLength = length;
    }
}
