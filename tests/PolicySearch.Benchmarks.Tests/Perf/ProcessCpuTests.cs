using PolicySearch.Benchmarks.Perf;

namespace PolicySearch.Benchmarks.Tests.Perf;

public sealed class ProcessCpuTests
{
    [Fact]
    public void Adds_user_and_system_ticks_counted_after_a_command_name_with_spaces()
    {
        const string Stat = "4242 (dotnet (serve) x) S 1 4242 578 0 -1 4194304 99 0 0 0 250 50 0 0 20 0 30 0 1137842 3133440 378";

        Assert.Equal(TimeSpan.FromSeconds(3), ProcessCpu.Parse(Stat));
    }

    [Fact]
    public void A_cut_line_reads_as_nothing()
    {
        Assert.Null(ProcessCpu.Parse("4242 (dotnet) S 1 4242"));
    }
}
