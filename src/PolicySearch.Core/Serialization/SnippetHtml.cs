using System.Net;
using System.Text;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Serialization;

/// <summary>
/// A snippet as the JSON of <c>/api/search</c> (and <c>search --json</c>) gives it: every piece of text HTML-encoded,
/// matches in &lt;mark&gt;. The only markup is the &lt;mark&gt; written here, so document text (&lt;script&gt;,
/// &amp;amp;, a literal &lt;mark&gt;) always stays text.
/// </summary>
public static class SnippetHtml
{
    public static string Render(Snippet snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        var html = new StringBuilder(snippet.Text.Length * 2);
        foreach (var (text, isHighlight) in snippet.Segments())
        {
            var encoded = WebUtility.HtmlEncode(text);
            html.Append(isHighlight ? $"<mark>{encoded}</mark>" : encoded);
        }

        return html.ToString();
    }
}
