using System.Diagnostics;
using System.Globalization;

namespace Entente.Bench;

/// <summary>Totals of one timed run.</summary>
internal sealed record RunTotals(string Label, int Threads, long Bytes, int Documents, long Sentences, long Events, long Errors, TimeSpan Elapsed, long AllocatedBytes, TimeSpan Cpu = default)
{
    public double Seconds => Elapsed.TotalSeconds;
    public double MegaBytes => Bytes / (1024.0 * 1024.0);
    public double MBps => MegaBytes / Seconds;

    public string Format()
    {
        var ci = CultureInfo.InvariantCulture;
        return string.Format(ci,
            "{0,-34} threads={1,2}  {2,7:F1} MB  {3,6:F2} s  {4,6:F2} MB/s ({5,5:F2} MB/s/thread)  {6,8:F0} docs/s  {7,9:F0} sent/s  {8,8:F0} events/s  alloc {9,6:F1} MB/MB  cpu {11:F1} cores{10}",
            Label, Threads, MegaBytes, Seconds, MBps, MBps / Threads, Documents / Seconds, Sentences / Seconds, Events / Seconds,
            AllocatedBytes / (1024.0 * 1024.0) / MegaBytes, Errors > 0 ? $"  errors={Errors}" : "", Cpu.TotalSeconds / Seconds);
    }
}

internal static class Memory
{
    public static long PeakWorkingSet()
    {
        using var p = Process.GetCurrentProcess();
        p.Refresh();
        return p.PeakWorkingSet64;
    }

    public static long WorkingSet()
    {
        using var p = Process.GetCurrentProcess();
        p.Refresh();
        return p.WorkingSet64;
    }

    public static TimeSpan Cpu()
    {
        using var p = Process.GetCurrentProcess();
        return p.TotalProcessorTime;
    }

    /// <summary>
    /// CPU time of the calling thread (Linux: utime + stime of /proc/thread-self/stat, in 10 ms ticks), or null elsewhere.
    /// Unlike <see cref="Cpu"/> it leaves out the runtime's own threads (background JIT, background GC).
    /// </summary>
    public static TimeSpan? ThreadCpu()
    {
        const string stat = "/proc/thread-self/stat";
        if (!File.Exists(stat)) return null;
        var text = File.ReadAllText(stat);
        // fields after the command name in parentheses (which may hold spaces): state is field 3, utime 14, stime 15
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        const double TicksPerSecond = 100; // USER_HZ, 100 on Linux
        return TimeSpan.FromSeconds((long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond);
    }

    public static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("F0", CultureInfo.InvariantCulture) + " MB";
}
