using System.Security.Cryptography;
using System.Text;
using PolicySearch.Crawler.Extraction;

namespace PolicySearch.Crawler.Crawling;

/// <summary>
/// The identity of an extracted document, whatever page surrounds it: a hash of its title, text and metadata. A
/// document re-listed in a second column under a second URL hashes the same, though the raw pages differ.
/// </summary>
public static class DocumentHash
{
    public static string Of(ExtractedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var text = new StringBuilder().Append(page.Title).Append('\u0001').Append(page.Body);
        foreach (var (field, value) in page.Fields.OrderBy(pair => pair.Key))
        {
            text.Append('\u0001').Append(field).Append('=').Append(value);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
