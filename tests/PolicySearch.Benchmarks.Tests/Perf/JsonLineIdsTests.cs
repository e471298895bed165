using System.Text;
using PolicySearch.Benchmarks.Perf;

namespace PolicySearch.Benchmarks.Tests.Perf;

public sealed class JsonLineIdsTests
{
    private static string Suffixed(string line) => Encoding.UTF8.GetString(JsonLineIds.WithSuffix(Encoding.UTF8.GetBytes(line), "~r2"));

    [Fact]
    public void The_id_gets_the_suffix_and_every_other_byte_stays()
    {
        const string Line = """{"title":"关于优化营商环境的通知", "id" : "gov-123","body":"正文\"引号\"","extra":{"id":"inner"}}""";

        Assert.Equal("""{"title":"关于优化营商环境的通知", "id" : "gov-123~r2","body":"正文\"引号\"","extra":{"id":"inner"}}""", Suffixed(Line));
    }

    [Fact]
    public void An_id_after_nested_objects_and_arrays_is_found()
    {
        const string Line = """{"extra":{"id":"inner","list":[{"id":1}]},"tags":["id"],"id":"outer"}""";

        Assert.Equal("""{"extra":{"id":"inner","list":[{"id":1}]},"tags":["id"],"id":"outer~r2"}""", Suffixed(Line));
    }

    [Fact]
    public void An_escaped_id_keeps_its_escapes()
    {
        Assert.Equal("""{"id":"a\u4e00\"b~r2"}""", Suffixed("""{"id":"a\u4e00\"b"}"""));
    }

    [Theory]
    [InlineData("""{"id": 42, "title": "数字"}""")]
    [InlineData("""{"title": "没有编号"}""")]
    [InlineData("""{"id": "cut""")]
    [InlineData("""["id", "x"]""")]
    [InlineData("")]
    public void A_line_without_a_string_id_is_left_as_it_is(string line)
    {
        Assert.Equal(line, Suffixed(line));
    }
}
