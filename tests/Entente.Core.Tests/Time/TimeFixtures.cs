using System.Collections.Immutable;
using Entente.Core.Time;

namespace Entente.Core.Tests.Time;

/// <summary>Shared recognizer built from the repository's periods file (located by walking up to Entente.sln).</summary>
internal static class TimeFixtures
{
    public static readonly Lazy<DateRecognizer> Recognizer = new(() => DateRecognizer.Load(DataPath("time", "periods.tsv")));

    public static string DataPath(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Entente.sln"))) dir = dir.Parent;
        if (dir == null) throw new InvalidOperationException("repository root (Entente.sln) not found above " + AppContext.BaseDirectory);
        return Path.Combine([dir.FullName, "data", .. parts]);
    }

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    public static PeriodTable SmallPeriods() => new([
        new Period(["the Cold War"], new DateRange(D("1947-03-12"), D("1991-12-26")), "", "fixture:1"),
        new Period(["Russia's invasion of Ukraine", "the full-scale invasion"], DateRange.Day(D("2022-02-24")), "", "fixture:2"),
    ]);
}
