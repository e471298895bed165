using Lucene.Net.Analysis.Cn.Smart;

namespace PolicySearch.Engine.Analysis.Segmentation;

/// <summary>
/// SmartCn's two dictionaries, read once per process from the resources embedded in its assembly (never
/// from a smartcn-data folder), with the frequencies of the four pseudo-words the segmenter uses for
/// non-Han runs and sentence ends.
/// </summary>
internal sealed class SmartCnDictionaries
{
    private const string WordResource = "Lucene.Net.Analysis.SmartCn.Hhmm.coredict.mem";
    private const string BigramResource = "Lucene.Net.Analysis.SmartCn.Hhmm.bigramdict.mem";
    private static readonly Lazy<SmartCnDictionaries> Loaded = new(Load);

    private SmartCnDictionaries(WordTrie words, BigramTable bigrams, CoreDictionaryTables tables)
    {
        Words = words;
        Bigrams = bigrams;
        StringFrequency = PseudoWordFrequency(tables, PseudoWords.String);
        NumberFrequency = PseudoWordFrequency(tables, PseudoWords.Number);
        BeginFrequency = PseudoWordFrequency(tables, PseudoWords.Begin);
        EndFrequency = PseudoWordFrequency(tables, PseudoWords.End);
    }

    public static SmartCnDictionaries Instance => Loaded.Value;

    public WordTrie Words { get; }

    public BigramTable Bigrams { get; }

    public int StringFrequency { get; }

    public int NumberFrequency { get; }

    public int BeginFrequency { get; }

    public int EndFrequency { get; }

    private static SmartCnDictionaries Load()
    {
        using var wordStream = OpenResource(WordResource);
        using var bigramStream = OpenResource(BigramResource);
        var tables = CoreDictionaryTables.Read(wordStream);
        return new SmartCnDictionaries(WordTrieBuilder.Build(tables), BigramTable.Read(bigramStream), tables);
    }

    private static Stream OpenResource(string name) =>
        typeof(SmartChineseAnalyzer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"SmartCn resource {name} is missing.");

    private static int PseudoWordFrequency(CoreDictionaryTables tables, string word)
    {
        var table = tables.TableOf(word[0]);
        return table < 0 ? 0 : tables.Frequency(table, word.ToCharArray());
    }
}
