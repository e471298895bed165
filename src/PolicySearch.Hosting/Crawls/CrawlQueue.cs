using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;

namespace PolicySearch.Hosting.Crawls;

/// <summary>
/// The crawls asked for (by the admin API or the schedule), run one at a time by <see cref="CrawlService"/>.
/// Asking for a site already queued or running returns that crawl instead of queuing it twice.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "It is a queue: crawls wait in it and run in order.")]
public sealed class CrawlQueue
{
    /// <summary>Finished crawls kept for the status answer.</summary>
    public const int History = 50;

    private readonly Channel<CrawlJob> _channel = Channel.CreateUnbounded<CrawlJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<CrawlJob> _jobs = [];
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly IEnumerable<ICrawlListener> _listeners;

    public CrawlQueue(TimeProvider time, IEnumerable<ICrawlListener> listeners)
    {
        _time = time;
        _listeners = listeners;
    }

    public ChannelReader<CrawlJob> Reader => _channel.Reader;

    /// <returns>The crawl of <paramref name="site"/>, and whether it was queued now (false: one was already waiting or running).</returns>
    public (CrawlJob Job, bool Queued) Enqueue(string site, string trigger, bool revisitAll = false)
    {
        lock (_gate)
        {
            if (_jobs.FirstOrDefault(job => job.Site == site && job.IsWaitingOrRunning) is { } existing)
            {
                return (existing, false);
            }

            var job = new CrawlJob(Guid.NewGuid().ToString("N")[..12], site, trigger, revisitAll, _time.GetUtcNow());
            _jobs.Add(job);
            if (_jobs.Count > History)
            {
                _jobs.Remove(_jobs.First(old => !old.IsWaitingOrRunning));
            }

            foreach (var listener in _listeners)
            {
                listener.Queued(job.Status);
            }

            _channel.Writer.TryWrite(job);
            return (job, true);
        }
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<CrawlJobStatus> Snapshot()
    {
        lock (_gate)
        {
            return _jobs.Select(job => job.Status).OrderByDescending(status => status.QueuedAt).ToList();
        }
    }

    public CrawlJobStatus? Find(string id)
    {
        lock (_gate)
        {
            return _jobs.FirstOrDefault(job => job.Id == id)?.Status;
        }
    }

    public DateTimeOffset? LastFinished(string site)
    {
        lock (_gate)
        {
            return _jobs.Where(job => job.Site == site).Select(job => job.Status.FinishedAt).Max();
        }
    }
}
