using System.Runtime.InteropServices;

namespace Entente.Syntax.Learning;

/// <summary>
/// Zeroed memory outside the GC heap for a model's lookup table, on 2 MB pages where the system allows it (Linux:
/// <c>madvise(MADV_HUGEPAGE)</c> before the first touch). The parser reads ~150 random cache lines of a ~20 MB table per
/// decision; with 4 KB pages nearly each of them also misses the TLB, and a page walk (two-dimensional in a virtual
/// machine) costs more than the cache miss. Freed by the finalizer; the owner keeps this object alive while it uses
/// <see cref="Pointer"/>.
/// </summary>
internal sealed unsafe partial class TableMemory
{
    private const nuint HugePage = 2 << 20;
    /// <summary>Tables smaller than this get ordinary pages (a 2 MB page each would waste more than it saves).</summary>
    private const long HugeMin = 1 << 20;
    private const int MadviseHugePage = 14;

    public byte* Pointer { get; }
    public long Length { get; }
    private readonly long _reserved;

    public TableMemory(long bytes)
    {
        Length = bytes;
        bool huge = bytes >= HugeMin;
        nuint align = huge ? HugePage : 64;
        nuint size = ((nuint)Math.Max(bytes, 1) + align - 1) / align * align;
        Pointer = (byte*)NativeMemory.AlignedAlloc(size, align);
        if (huge && OperatingSystem.IsLinux())
        {
            try { _ = Madvise(Pointer, size, MadviseHugePage); } // advice only: on failure the pages are ordinary
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { }
        }
        NativeMemory.Clear(Pointer, size);
        _reserved = (long)size;
        GC.AddMemoryPressure(_reserved);
    }

    ~TableMemory()
    {
        NativeMemory.AlignedFree(Pointer);
        GC.RemoveMemoryPressure(_reserved);
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
