using System.Diagnostics;

namespace DoiThoai.Cli;

/// <summary>
/// With <c>DOITHOAI_TIMINGS=1</c>, prints to standard error how long each phase of the command took since the
/// process started (runtime start-up included), to find where a cold process spends its time
/// (docs/benchmarks.md); with <c>DOITHOAI_TIMINGS=assemblies</c>, also the assemblies loaded by the end. Without it,
/// does nothing. Not thread-safe: the phases of one command follow each other.
/// </summary>
internal static class PhaseTimings
{
    private static readonly string? Setting = Environment.GetEnvironmentVariable("DOITHOAI_TIMINGS");
    private static readonly bool Enabled = Setting is "1" or "assemblies";
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

    /// <summary>With <c>DOITHOAI_TIMINGS=assemblies</c>, lists the assemblies loaded so far, one a line.</summary>
    public static void ListAssemblies()
    {
        if (Setting != "assemblies")
        {
            return;
        }

        foreach (var name in AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Order(StringComparer.Ordinal))
        {
            Console.Error.WriteLine($"[assembly] {name}");
        }
    }
}
