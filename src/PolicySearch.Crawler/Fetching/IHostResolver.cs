using System.Net;

namespace PolicySearch.Crawler.Fetching;

/// <summary>Turns a host name into addresses. The crawler resolves each name once, through this, and connects only to what it checked.</summary>
public interface IHostResolver
{
    /// <summary>The addresses of <paramref name="host"/>; throws <see cref="System.Net.Sockets.SocketException"/> when the name does not resolve.</summary>
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
