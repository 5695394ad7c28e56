using System.Diagnostics.Tracing;
using System.Globalization;

namespace Entente.Bench;

/// <summary>
/// Which types the analysis allocates (<c>analyze-prose --alloc-types N</c>): the runtime's GC AllocationTick events
/// (one about every 100 KB allocated, naming the type of the object that crossed the mark) counted by type during the
/// measured run. A sample, not an exact count: a type's share of the ticks estimates its share of the bytes.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    private readonly Dictionary<string, (long Ticks, long Bytes)> _byType = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _on;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick is verbose
    }

    public void Start() { lock (_gate) { _byType.Clear(); _on = true; } }
    public void Stop() { lock (_gate) _on = false; }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        int ti = e.PayloadNames!.IndexOf("TypeName"), ai = e.PayloadNames.IndexOf("AllocationAmount64");
        string type = ti >= 0 ? e.Payload[ti] as string ?? "?" : "?";
        long bytes = ai >= 0 ? Convert.ToInt64(e.Payload[ai], CultureInfo.InvariantCulture) : 0;
        lock (_gate)
        {
            _byType.TryGetValue(type, out var v);
            _byType[type] = (v.Ticks + 1, v.Bytes + bytes);
        }
    }

    public void Print(int top)
    {
        lock (_gate)
        {
            long all = _byType.Values.Sum(v => v.Bytes);
            Console.WriteLine($"allocation by type (GC AllocationTick samples, {_byType.Values.Sum(v => v.Ticks)} ticks, {all / 1048576.0:F0} MB sampled):");
            foreach (var (type, v) in _byType.OrderByDescending(kv => kv.Value.Bytes).Take(top))
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0,5:F1} %  {1,7:F0} MB  {2}", 100.0 * v.Bytes / Math.Max(1, all), v.Bytes / 1048576.0, type));
        }
    }
}
