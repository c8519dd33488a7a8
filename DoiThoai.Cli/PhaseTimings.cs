using System.Diagnostics;

namespace DoiThoai.Cli;

/// <summary>
/// With <c>DOITHOAI_TIMINGS=1</c>, prints to standard error how long each phase of the command took since the
/// process started (runtime start-up included), to find where a cold process spends its time
/// (docs/benchmarks.md). Without it, does nothing. Not thread-safe: the phases of one command follow each other.
/// </summary>
internal static class PhaseTimings
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("DOITHOAI_TIMINGS") == "1";
    private static TimeSpan _last;

    /// <summary>Prints the time since the previous mark (the process start for the first) and the total.</summary>
    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }

        var total = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.Error.WriteLine($"[timing] {phase,-22} +{(total - _last).TotalMilliseconds,7:F0} ms  = {total.TotalMilliseconds,7:F0} ms  (GC heap {GC.GetTotalMemory(false) / 1048576} MB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB)");
        _last = total;
    }
}
