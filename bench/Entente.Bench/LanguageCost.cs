using System.Diagnostics;
using Entente.Core.Reading;

namespace Entente.Bench;

/// <summary>Per-call time and allocation of <see cref="LanguageIdentifier.Identify(string, int, int)"/> by slice length.</summary>
internal static class LanguageCost
{
    public static int Run(BenchArgs a)
    {
        Modes.PrintMachine();
        var docs = new CorpusGenerator(new CorpusOptions(a.Int("seed", 42), 2L * 1024 * 1024, 6 * 1024)).Documents().Select(d => d.Text).ToList();
        var id = LanguageIdentifier.Shared;
        foreach (var d in docs.Take(100)) id.Identify(d, 0, Math.Min(d.Length, 1000)); // load models, JIT
        Console.WriteLine($"{"chars",6} {"calls",6} {"us/call",9} {"KB alloc/call",14} {"cpu cores",9}");
        foreach (int chars in a.Ints("chars", [100, 300, 1000, 3000]))
        {
            var sample = docs.Where(d => d.Length >= chars).ToList();
            long alloc0 = GC.GetTotalAllocatedBytes(true);
            using var p = Process.GetCurrentProcess();
            var cpu0 = p.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            foreach (var d in sample) id.Identify(d, 0, chars);
            sw.Stop();
            p.Refresh();
            double cores = (p.TotalProcessorTime - cpu0).TotalSeconds / sw.Elapsed.TotalSeconds;
            Console.WriteLine($"{chars,6} {sample.Count,6} {sw.Elapsed.TotalMicroseconds / sample.Count,9:F0} {(GC.GetTotalAllocatedBytes(true) - alloc0) / 1024.0 / sample.Count,14:F0} {cores,9:F1}");
        }
        return 0;
    }
}
