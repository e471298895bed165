using System.Net;

namespace PolicySearch.Crawler.Fetching;

/// <summary>The system resolver (DNS, /etc/hosts).</summary>
public sealed class DnsHostResolver : IHostResolver
{
    public static DnsHostResolver Instance { get; } = new();

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) => Dns.GetHostAddressesAsync(host, cancellationToken);
}
