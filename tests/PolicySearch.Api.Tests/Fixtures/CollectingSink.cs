using Serilog.Core;
using Serilog.Events;

namespace PolicySearch.Api.Tests.Fixtures;

/// <summary>A Serilog sink that keeps events and lets a test wait for one, with a timeout instead of a sleep.</summary>
public sealed class CollectingSink : ILogEventSink
{
    private readonly List<LogEvent> _events = [];
    private readonly List<(Func<LogEvent, bool> Match, TaskCompletionSource<LogEvent> Found)> _waiters = [];
    private readonly Lock _gate = new();

    public void Emit(LogEvent logEvent)
    {
        lock (_gate)
        {
            _events.Add(logEvent);
            foreach (var waiter in _waiters.Where(waiter => waiter.Match(logEvent)).ToList())
            {
                waiter.Found.TrySetResult(logEvent);
                _waiters.Remove(waiter);
            }
        }
    }

    public Task<LogEvent> WaitForAsync(Func<LogEvent, bool> match, TimeSpan timeout)
    {
        Task<LogEvent> found;
        lock (_gate)
        {
            if (_events.FirstOrDefault(match) is { } existing)
            {
                return Task.FromResult(existing);
            }

            var source = new TaskCompletionSource<LogEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, source));
            found = source.Task;
        }

        return found.WaitAsync(timeout);
    }

    public IReadOnlyList<LogEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return _events.ToList();
            }
        }
    }
}
