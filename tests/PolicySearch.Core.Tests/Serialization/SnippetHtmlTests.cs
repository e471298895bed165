using System.Text.Json;
using PolicySearch.Core.Search;
using PolicySearch.Core.Serialization;

namespace PolicySearch.Core.Tests.Serialization;

public class SnippetHtmlTests
{
    // "<script>x</script> 法治 &amp; <mark>y</mark> 法治": the two 法治 are the matches.
    private static readonly Snippet Hostile = new("<script>x</script> 法治 &amp; <mark>y</mark> 法治", [new TextSpan(19, 2), new TextSpan(43, 2)]);

    [Fact]
    public void Document_text_is_encoded_and_only_the_highlights_become_mark_elements()
    {
        Assert.Equal(
            "&lt;script&gt;x&lt;/script&gt; <mark>法治</mark> &amp;amp; &lt;mark&gt;y&lt;/mark&gt; <mark>法治</mark>",
            SnippetHtml.Render(Hostile));
    }

    [Fact]
    public void Segments_cut_the_text_at_the_highlights_without_losing_a_character()
    {
        var segments = Hostile.Segments().ToList();

        Assert.Equal(Hostile.Text, string.Concat(segments.Select(segment => segment.Text)));
        Assert.Equal(["法治", "法治"], segments.Where(segment => segment.IsHighlight).Select(segment => segment.Text));
    }

    [Fact]
    public void A_hit_in_json_has_its_snippet_as_html_and_its_article_beside_it()
    {
        var hit = new SearchHit("a", "标题", null, null, null, null, PolicySearch.Core.Documents.Validity.Valid, null, null, 1f, Hostile with { Article = "第三条" });

        var json = JsonDocument.Parse(JsonSerializer.Serialize(hit, PolicyJson.Options)).RootElement;

        Assert.Equal(SnippetHtml.Render(Hostile), json.GetProperty("snippet").GetString());
        Assert.Equal("第三条", json.GetProperty("article").GetString());
        Assert.Equal("", JsonSerializer.Serialize(Snippet.Empty, PolicyJson.Options).Trim('"'));
    }
}
