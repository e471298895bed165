namespace PolicySearch.Benchmarks.Tests.Support;

/// <summary>The programs of the test's output folder that tests run as child processes.</summary>
internal static class Programs
{
    public const string Benchmarks = "PolicySearch.Benchmarks.dll";
}
