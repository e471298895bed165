using System.Security.Cryptography;
using System.Text;

namespace PolicySearch.Crawler.Crawling;

/// <summary>Stable ids of crawled documents: site-&lt;site&gt;-&lt;first 16 hex digits of sha1(canonical URL)&gt;.</summary>
public static class DocumentIds
{
    public static string For(string siteName, string canonicalUrl)
    {
        ArgumentNullException.ThrowIfNull(canonicalUrl);
#pragma warning disable CA5350 // SHA-1 names documents here; it protects nothing.
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(canonicalUrl));
#pragma warning restore CA5350
        return $"site-{siteName}-{Convert.ToHexStringLower(hash)[..16]}";
    }
}
