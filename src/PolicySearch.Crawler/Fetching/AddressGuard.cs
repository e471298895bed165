using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace PolicySearch.Crawler.Fetching;

/// <summary>Refuses hosts that resolve to private, loopback or link-local addresses unless the site allows the host.</summary>
public sealed class AddressGuard
{
    private readonly HashSet<string> _allowedHosts;
    private readonly ConcurrentDictionary<string, Task<bool>> _verdicts = new(StringComparer.OrdinalIgnoreCase);

    public AddressGuard(IEnumerable<string> allowPrivateHosts)
    {
        _allowedHosts = new HashSet<string>(allowPrivateHosts, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True when every address of the URL's host is public, or the host is explicitly allowed.</summary>
    public Task<bool> IsAllowedAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (_allowedHosts.Contains(url.Host) || _allowedHosts.Contains(url.Authority))
        {
            return Task.FromResult(true);
        }

        return _verdicts.GetOrAdd(url.Host, host => ResolveAsync(host, cancellationToken));
    }

    public static bool IsPrivate(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || (first & 0xFE) == 0xFC;
        }

        var b = address.GetAddressBytes();
        return b[0] == 10 || b[0] == 0 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] is >= 64 and <= 127);
    }

    private static async Task<bool> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            return !IsPrivate(literal);
        }

        var name = host.TrimEnd('.');
        if (name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
            return addresses.Length > 0 && !addresses.Any(IsPrivate);
        }
        catch (SocketException)
        {
            // Unresolvable: let the fetch report the connection error.
            return true;
        }
    }
}
