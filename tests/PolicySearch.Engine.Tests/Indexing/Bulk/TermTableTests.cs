using System.Text;
using PolicySearch.Engine.Indexing.Bulk;

namespace PolicySearch.Engine.Tests.Indexing.Bulk;

public class TermTableTests
{
    [Theory]
    [InlineData("")]
    [InlineData("四个汉字")]
    public void Terms_of_no_or_more_than_three_units_have_no_short_key(string term) =>
        Assert.Equal(0, TermTable.ShortKey(term));

    [Fact]
    public void Short_keys_tell_apart_terms_that_share_characters_or_differ_in_length()
    {
        string[] terms = ["法", "法治", "治法", "法治国", "a", "a\0", "\0a", "𠀀"];

        var keys = terms.Select(term => TermTable.ShortKey(term)).ToList();

        Assert.Equal(terms.Length, keys.Distinct().Count());
        Assert.DoesNotContain(0, keys);
    }

    [Fact]
    public void Resolving_a_document_numbers_its_terms_as_adding_them_one_by_one_does_and_keeps_their_bytes()
    {
        string[] tokens = ["法治", "政府", "法治", "𠀀", "\uD800", "行政复议法", "政府", "ab", "法治", "行政复议法"];
        var oneByOne = new TermTable();
        var expected = tokens.Select(token => oneByOne.Add(token)).ToArray();

        var resolved = new TermTable();
        var pending = tokens
            .Select(token => TermTable.ShortKey(token) is var key and not 0 ? key : TermTable.ResolvedFlag | (uint)resolved.Add(token))
            .ToArray();
        var ids = new int[tokens.Length];
        resolved.Resolve(pending, ids);

        Assert.Equal(expected.Distinct().Count(), resolved.Count);
        Assert.Equal(
            tokens.Select((token, i) => Encoding.UTF8.GetString(oneByOne.Bytes(expected[i]))),
            tokens.Select((token, i) => Encoding.UTF8.GetString(resolved.Bytes(ids[i]))));
        Assert.Equal("\uFFFD", Encoding.UTF8.GetString(resolved.Bytes(ids[4])));
    }

    [Fact]
    public void Resolving_more_keys_than_the_table_holds_grows_it_and_finds_every_key_again()
    {
        var table = new TermTable();
        var keys = Enumerable.Range(0, 20_000).Select(i => TermTable.ShortKey($"{(char)(0x4E00 + (i / 100))}{(char)(0x4E00 + (i % 100))}")).ToArray();
        var first = new int[keys.Length];
        var again = new int[keys.Length];

        table.Resolve(keys, first);
        table.Resolve(keys.Reverse().ToArray(), again);

        Assert.Equal(Enumerable.Range(0, keys.Length), first);
        Assert.Equal(first.Reverse(), again);
    }
}
