using System.Collections.Concurrent;

namespace PolicySearch.Crawler.Fetching;

/// <summary>
/// Per-host politeness: at most N requests in flight, a minimum gap between request starts, and a pause for a host
/// that keeps failing or answered with an anti-bot challenge.
/// </summary>
public sealed class HostGate : IDisposable
{
    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly int _concurrency;
    private readonly TimeProvider _time;

    public HostGate(int concurrency, TimeSpan delay, TimeProvider? time = null)
    {
        _concurrency = concurrency;
        DefaultDelay = delay;
        _time = time ?? TimeProvider.System;
    }

    public TimeSpan DefaultDelay { get; }

    /// <summary>Raises a host's delay (robots.txt Crawl-delay); never lowers it below the site's.</summary>
    public void SetMinimumDelay(string host, TimeSpan delay)
    {
        var state = Get(host);
        lock (state)
        {
            state.Delay = delay > state.Delay ? delay : state.Delay;
        }
    }

    public bool IsPaused(string host, out DateTimeOffset until)
    {
        var state = Get(host);
        lock (state)
        {
            until = state.PausedUntil;
            return until > _time.GetUtcNow();
        }
    }

    /// <summary>Pauses the host for <paramref name="duration"/> from now; returns when the pause ends (a longer one already set wins).</summary>
    public DateTimeOffset Pause(string host, TimeSpan duration) => PauseUntil(host, _time.GetUtcNow() + duration);

    public DateTimeOffset PauseUntil(string host, DateTimeOffset until)
    {
        var state = Get(host);
        lock (state)
        {
            state.PausedUntil = until > state.PausedUntil ? until : state.PausedUntil;
            return state.PausedUntil;
        }
    }

    /// <summary>Counts a failure; returns true when the host has now failed <paramref name="limit"/> times in a row.</summary>
    public bool RecordFailure(string host, int limit)
    {
        var state = Get(host);
        lock (state)
        {
            state.ConsecutiveFailures++;
            return state.ConsecutiveFailures >= limit;
        }
    }

    public void RecordSuccess(string host)
    {
        var state = Get(host);
        lock (state)
        {
            state.ConsecutiveFailures = 0;
        }
    }

    /// <summary>Waits for a slot and for the host's delay; dispose the result when the request is done.</summary>
    public async Task<IDisposable> EnterAsync(string host, CancellationToken cancellationToken)
    {
        var state = Get(host);
        await state.Slots.WaitAsync(cancellationToken);
        try
        {
            TimeSpan wait;
            lock (state)
            {
                var now = _time.GetUtcNow();
                var start = state.NextStart > now ? state.NextStart : now;
                state.NextStart = start + state.Delay;
                wait = start - now;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellationToken);
            }

            return new Release(state.Slots);
        }
        catch
        {
            state.Slots.Release();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var state in _hosts.Values)
        {
            state.Slots.Dispose();
        }
    }

    private HostState Get(string host) => _hosts.GetOrAdd(host, _ => new HostState(_concurrency, DefaultDelay));

    private sealed class HostState(int concurrency, TimeSpan delay)
    {
        public SemaphoreSlim Slots { get; } = new(concurrency, concurrency);

        public TimeSpan Delay { get; set; } = delay;

        public DateTimeOffset NextStart { get; set; }

        public DateTimeOffset PausedUntil { get; set; }

        public int ConsecutiveFailures { get; set; }
    }

    private sealed class Release(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
