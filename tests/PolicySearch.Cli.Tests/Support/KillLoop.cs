using System.Globalization;

namespace PolicySearch.Cli.Tests.Support;

/// <summary>The seed and cycle count of the kill loops: 20 cycles, the test's own seed, unless the environment names others.</summary>
internal static class KillLoop
{
    public const int DefaultCycles = 20;

    public static int Seed(int defaultSeed) =>
        int.TryParse(Environment.GetEnvironmentVariable("POLICYSEARCH_KILL_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : defaultSeed;

    public static int Cycles() =>
        int.TryParse(Environment.GetEnvironmentVariable("POLICYSEARCH_KILL_CYCLES"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var cycles) ? cycles : DefaultCycles;
}
