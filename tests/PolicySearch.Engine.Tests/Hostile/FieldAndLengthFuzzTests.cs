using Xunit.Abstractions;

namespace PolicySearch.Engine.Tests.Hostile;

/// <summary>50,000 seeded queries built from field prefixes, date ranges and long strings (two families of <see cref="QueryFuzzer"/>).</summary>
public sealed class FieldAndLengthFuzzTests : IClassFixture<FuzzIndex>
{
    private readonly FuzzIndex _index;
    private readonly ITestOutputHelper _output;

    public FieldAndLengthFuzzTests(FuzzIndex index, ITestOutputHelper output)
    {
        _index = index;
        _output = output;
    }

    [Fact]
    public void Field_prefixes_and_out_of_range_dates_only_ever_return_results_or_a_typed_error() =>
        QueryFuzzer.Run(_index.Reader, _output, 2, generator => generator.FieldClauses());

    [Fact]
    public void Long_queries_and_long_runs_of_one_character_only_ever_return_results_or_a_typed_error() =>
        QueryFuzzer.Run(_index.Reader, _output, 4, generator => generator.Long());
}
