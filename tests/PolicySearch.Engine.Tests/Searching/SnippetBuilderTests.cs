using PolicySearch.Engine.Searching;

namespace PolicySearch.Engine.Tests.Searching;

public class SnippetBuilderTests
{
    private static string Filler(int length) => string.Concat(Enumerable.Repeat("各部门协调推进", (length / 7) + 1))[..length];

    [Fact]
    public void A_snippet_never_starts_or_ends_inside_a_marked_term()
    {
        // The best window starts at the second 营商环境; its leading context would begin two characters into
        // the first one, which showed as …<mark>境</mark>.
        var text = Filler(40) + "营商环境" + Filler(22) + "营商环境" + Filler(116) + "政策措施" + Filler(200);

        var snippet = SnippetBuilder.Build(text, ["营商环境", "政策措施"]);

        Assert.Contains("<mark>营商环境</mark>", snippet);
        Assert.Contains("<mark>政策措施</mark>", snippet);
        Assert.DoesNotContain("<mark>境</mark>", snippet);
        Assert.DoesNotMatch("<mark>(营|营商|营商环|商环境|环境|境)</mark>", snippet);
    }

    [Fact]
    public void A_marked_phrase_longer_than_the_window_is_shown_from_its_start()
    {
        var phrase = Filler(200);
        var text = "前言。" + phrase + "。结尾";

        var snippet = SnippetBuilder.Build(text, [phrase]);

        Assert.StartsWith("…<mark>各部门协调推进", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length > 150, snippet);
    }
}
