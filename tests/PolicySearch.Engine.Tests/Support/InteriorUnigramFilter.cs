using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicySearch.Engine.Tests.Support;

/// <summary>
/// Drops CJKBigramFilter's unigrams that stand between two bigrams (the B of A AB B BC C), giving their
/// position increment to the token after them: the reference for what BigramTokenizer leaves out.
/// Reads the whole stream first, as a reference can afford to.
/// </summary>
internal sealed class InteriorUnigramFilter : TokenFilter
{
    private readonly ITypeAttribute _type;
    private readonly IPositionIncrementAttribute _increment;
    private readonly List<State> _kept = [];
    private int _next = -1;

    public InteriorUnigramFilter(TokenStream input)
        : base(input)
    {
        _type = AddAttribute<ITypeAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next < 0)
        {
            ReadAll();
        }

        if (_next >= _kept.Count)
        {
            return false;
        }

        RestoreState(_kept[_next++]);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _kept.Clear();
        _next = -1;
    }

    private void ReadAll()
    {
        var tokens = new List<(State State, string Type, int Increment)>();
        while (m_input.IncrementToken())
        {
            tokens.Add((CaptureState(), _type.Type, _increment.PositionIncrement));
        }

        var carried = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var interior = tokens[i].Type == CJKBigramFilter.SINGLE_TYPE
                && i > 0 && tokens[i - 1].Type == CJKBigramFilter.DOUBLE_TYPE
                && i + 1 < tokens.Count && tokens[i + 1].Type == CJKBigramFilter.DOUBLE_TYPE;
            if (interior)
            {
                carried += tokens[i].Increment;
                continue;
            }

            RestoreState(tokens[i].State);
            _increment.PositionIncrement += carried;
            carried = 0;
            _kept.Add(CaptureState());
        }

        _next = 0;
    }
}
