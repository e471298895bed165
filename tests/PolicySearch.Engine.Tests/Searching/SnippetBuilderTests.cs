using PolicySearch.Core.Search;
using PolicySearch.Core.Serialization;
using PolicySearch.Engine.Searching;

namespace PolicySearch.Engine.Tests.Searching;

public class SnippetBuilderTests
{
    private static string Filler(int length) => string.Concat(Enumerable.Repeat("各部门协调推进", (length / 7) + 1))[..length];

    private static IEnumerable<string> Highlighted(Snippet snippet) =>
        snippet.Segments().Where(segment => segment.IsHighlight).Select(segment => segment.Text);

    [Fact]
    public void A_snippet_never_starts_or_ends_inside_a_marked_term()
    {
        // The best window starts at the second 营商环境; its leading context would begin two characters into
        // the first one, which showed as …<mark>境</mark>.
        var text = Filler(40) + "营商环境" + Filler(22) + "营商环境" + Filler(116) + "政策措施" + Filler(200);

        var snippet = SnippetBuilder.Build(text, ["营商环境", "政策措施"]);

        Assert.Contains("营商环境", Highlighted(snippet));
        Assert.Contains("政策措施", Highlighted(snippet));
        Assert.All(Highlighted(snippet), term => Assert.True(term is "营商环境" or "政策措施", term));
    }

    [Fact]
    public void A_marked_phrase_longer_than_the_window_is_shown_from_its_start()
    {
        var phrase = Filler(200);
        var text = "前言。" + phrase + "。结尾";

        var snippet = SnippetBuilder.Build(text, [phrase]);

        Assert.StartsWith("…<mark>各部门协调推进", SnippetHtml.Render(snippet), StringComparison.Ordinal);
        Assert.Equal(new TextSpan(1, snippet.Text.Length - 2), Assert.Single(snippet.Highlights));
        Assert.EndsWith("</mark>…", SnippetHtml.Render(snippet), StringComparison.Ordinal);
        Assert.True(snippet.Text.Length > 150, snippet.Text);
    }

    [Fact]
    public void Markup_and_entities_in_the_document_stay_text_and_only_the_terms_are_highlighted()
    {
        var text = "第一条 <script>alert(1)</script> 依法行政 &amp; <mark>伪造的高亮</mark>，依法行政。";

        var snippet = SnippetBuilder.Build(text, ["依法行政"]);

        Assert.Equal(text, snippet.Text);
        Assert.Equal(["依法行政", "依法行政"], Highlighted(snippet));
        Assert.Equal(
            "第一条 &lt;script&gt;alert(1)&lt;/script&gt; <mark>依法行政</mark> &amp;amp; &lt;mark&gt;伪造的高亮&lt;/mark&gt;，<mark>依法行政</mark>。",
            SnippetHtml.Render(snippet));
    }

    [Fact]
    public void Whitespace_runs_and_heading_marks_show_as_one_space_and_highlights_keep_their_place()
    {
        var snippet = SnippetBuilder.Build("  \n# 第一章\n\n  总则  依法\t\t行政  ", ["总则"]);

        Assert.Equal("第一章 总则 依法 行政", snippet.Text);
        Assert.Equal("总则", Assert.Single(Highlighted(snippet)));
    }
}
