using PolicySearch.Engine.Suggest;

namespace PolicySearch.Engine.Tests.Suggest;

public sealed class SuggestionMixTests
{
    [Theory]
    [InlineData(8, 20, 20, 6, 2)]
    [InlineData(9, 20, 20, 6, 3)]
    [InlineData(20, 20, 20, 17, 3)]
    [InlineData(8, 3, 20, 3, 3)]
    [InlineData(8, 20, 1, 7, 1)]
    [InlineData(8, 20, 0, 8, 0)]
    [InlineData(2, 20, 20, 2, 0)]
    [InlineData(1, 0, 5, 0, 1)]
    [InlineData(1, 0, 0, 0, 0)]
    public void Issuers_get_a_third_of_the_slots_at_most_three_and_whatever_titles_leave(
        int size, int titlesFound, int issuersFound, int titles, int issuers)
    {
        Assert.Equal((titles, issuers), SuggestionMix.Split(size, titlesFound, issuersFound));
    }
}
