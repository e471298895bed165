namespace PolicySearch.Cli.Infrastructure;

/// <summary>
/// Turns the first Ctrl-C into a cancellation the running command can finish cleanly on (an import
/// commits what it indexed); a second Ctrl-C ends the process at once.
/// </summary>
internal sealed class ConsoleInterruption : IDisposable
{
    private readonly CancellationTokenSource _source = new();

    public ConsoleInterruption()
    {
        Console.CancelKeyPress += OnCancelKeyPress;
    }

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _source.Dispose();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        if (_source.IsCancellationRequested)
        {
            return;
        }

        e.Cancel = true;
        Console.Error.WriteLine("Stopping… (press Ctrl-C again to quit at once)");
        _source.Cancel();
    }
}
