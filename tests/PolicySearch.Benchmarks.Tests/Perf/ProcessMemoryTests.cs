using PolicySearch.Benchmarks.Perf;

namespace PolicySearch.Benchmarks.Tests.Perf;

public sealed class ProcessMemoryTests
{
    [Fact]
    public void Reads_resident_and_peak_memory_from_proc_status()
    {
        const string Status = "Name:\tdotnet\nVmPeak:\t 3000000 kB\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\nThreads:\t20\n";

        Assert.Equal(new ProcessMemory(100, 200), ProcessMemory.Parse(Status));
    }

    [Fact]
    public void A_zombie_without_memory_lines_reads_as_nothing()
    {
        Assert.Null(ProcessMemory.Parse("Name:\tpolicysearch\nState:\tZ (zombie)\nThreads:\t1\n"));
    }
}
