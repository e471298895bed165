namespace PolicySearch.Api.Endpoints;

/// <summary>Whether warm-up (first search, SmartCn dictionary, suggestions) has finished; set once by <see cref="WarmUpService"/>.</summary>
internal sealed class ReadinessState
{
    private int _ready;

    public bool IsReady => Volatile.Read(ref _ready) == 1;

    public void MarkReady() => Volatile.Write(ref _ready, 1);
}
