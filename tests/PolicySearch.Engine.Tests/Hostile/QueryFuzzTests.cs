using Xunit.Abstractions;

namespace PolicySearch.Engine.Tests.Hostile;

/// <summary>50,000 seeded queries built from quotes, operators, nesting and odd characters (two families of <see cref="QueryFuzzer"/>).</summary>
public sealed class QueryFuzzTests : IClassFixture<FuzzIndex>
{
    private readonly FuzzIndex _index;
    private readonly ITestOutputHelper _output;

    public QueryFuzzTests(FuzzIndex index, ITestOutputHelper output)
    {
        _index = index;
        _output = output;
    }

    [Fact]
    public void Unbalanced_quotes_operators_and_nesting_only_ever_return_results_or_a_typed_error() =>
        QueryFuzzer.Run(_index.Reader, _output, 1, generator => generator.Structure());

    [Fact]
    public void Control_characters_surrogates_and_mixed_scripts_only_ever_return_results_or_a_typed_error() =>
        QueryFuzzer.Run(_index.Reader, _output, 3, generator => generator.Characters());
}
