using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using PolicySearch.Crawler.Fetching;

namespace PolicySearch.Crawler.Tests.Support;

/// <summary>
/// A resolver for tests that never touches DNS: each name answers from its list of answers in turn (the last one
/// repeats); an unknown name does not resolve. Counts the lookups per name.
/// </summary>
internal sealed class MappedResolver : IHostResolver
{
    private readonly Dictionary<string, IPAddress[][]> _answers = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _lookups = new(StringComparer.OrdinalIgnoreCase);

    public MappedResolver Map(string host, params string[][] answers)
    {
        _answers[host] = answers.Select(answer => answer.Select(IPAddress.Parse).ToArray()).ToArray();
        return this;
    }

    public int Lookups(string host) => _lookups.GetValueOrDefault(host);

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var count = _lookups.AddOrUpdate(host, 1, (_, previous) => previous + 1);
        if (!_answers.TryGetValue(host, out var answers))
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        return Task.FromResult(answers[Math.Min(count, answers.Length) - 1]);
    }
}
