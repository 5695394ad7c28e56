using System.Diagnostics;
using System.Globalization;

namespace Entente.Cli.Tests.Commands;

/// <summary>
/// An ingest killed with SIGKILL mid-run and started again ends with exactly the store an uninterrupted run writes:
/// no duplicate, nothing lost. Both runs are real child processes; the stores are compared as canonical dumps.
/// </summary>
public sealed class IngestKillTests : IDisposable
{
    private const int Documents = 600;

    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Ingest_EndsWithTheSameStore_WhenKilledMidRunAndStartedAgain()
    {
        var corpus = CorpusWriter.Write(_dir.File("corpus"), Documents);
        var a = _dir.File("a.db");
        var b = _dir.File("b.db");
        string[] Args(string db) => ["ingest", corpus, "--db", db, "--batch", "10", "--parallel", "2", "--no-language-check"];

        // run 1: killed once some batches are committed (polled through a reader connection while it writes)
        using (var run = Process.Start(EntenteProcess.StartInfo(_dir.Path, Args(a)))!)
        {
            run.StandardInput.Close();
            run.OutputDataReceived += (_, _) => { };
            run.ErrorDataReceived += (_, _) => { };
            run.BeginOutputReadLine();
            run.BeginErrorReadLine();
            var clock = Stopwatch.StartNew();
            long seen = -1;
            while (clock.Elapsed < TimeSpan.FromMinutes(2) && !run.HasExited && (seen = StoreDump.DocumentCount(a)) < 30)
                Thread.Sleep(10);
            Assert.False(run.HasExited, $"the ingest ended by itself (exit code {(run.HasExited ? run.ExitCode : 0)}) before it could be killed; {seen} documents seen");
            run.Kill(entireProcessTree: true);
            Assert.True(run.WaitForExit(30_000));
        }
        long afterKill = StoreDump.DocumentCount(a);
        Assert.InRange(afterKill, 30, Documents - 1);
        Assert.Equal(0, afterKill % 10); // whole batches only: each is one transaction

        // run 2: the same command again, to the end
        var (code, _, stderr) = EntenteProcess.Run(_dir.Path, Args(a));
        Assert.True(code == 0, stderr);
        Assert.Contains($"unchanged {afterKill},", stderr);

        // the reference: one uninterrupted run, queried by another process while it writes
        using (var reference = Process.Start(EntenteProcess.StartInfo(_dir.Path, Args(b)))!)
        {
            reference.StandardInput.Close();
            var err = reference.StandardError.ReadToEndAsync();
            var output = reference.StandardOutput.ReadToEndAsync();
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromMinutes(2) && !reference.HasExited && StoreDump.DocumentCount(b) < 10)
                Thread.Sleep(10);
            var (queryCode, events, queryErr) = EntenteProcess.Run(_dir.Path, "events", "--db", b, "--format", "jsonl");
            Assert.True(queryCode == 0, queryErr);
            Assert.All(events.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.StartsWith("{\"id\":\"E", l));
            Assert.True(reference.WaitForExit(180_000));
            Assert.True(reference.ExitCode == 0, await err);
            Assert.Equal("", await output);
        }

        Assert.Equal(Documents, StoreDump.DocumentCount(a));
        var dumpA = StoreDump.Of(a);
        var dumpB = StoreDump.Of(b);
        Assert.Contains($"documents {Documents}\n", dumpB);
        Assert.DoesNotContain("events 0\n", dumpB);
        Assert.Equal(dumpB, dumpA);
    }
}

/// <summary>
/// A deterministic corpus of small articles in our own words: a few dozen events between a handful of states, each
/// reported (and sometimes denied) by several outlets on several days, so that the store merges mentions across documents.
/// </summary>
internal static class CorpusWriter
{
    private static readonly string[] Outlets = ["Reuters", "TASS", "Associated Press", "Iran International", "Tasnim News Agency", "Kyiv Independent", "Al Jazeera", "Harbour Dispatch"];

    private static readonly (string A, string B)[] Pairs =
    [
        ("Iran", "Russia"), ("North Korea", "Russia"), ("China", "Taiwan"), ("Turkey", "Greece"), ("Poland", "Ukraine"), ("Japan", "South Korea"),
    ];

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"];

    /// <summary>Sentence templates: {0} and {1} are states, {2} a day such as "March 12".</summary>
    private static readonly string[] Templates =
    [
        "{0} delivered a batch of attack drones to {1} on {2}, according to officials.",
        "The foreign minister of {0} met his counterpart from {1} on {2} to discuss trade.",
        "{0} expelled two diplomats from {1} on {2}.",
        "{0} and {1} signed a defence cooperation agreement on {2}.",
        "{0} condemned {1} on {2} over the detention of its citizens.",
        "{1} denied on {2} that it had received ballistic missiles from {0}.",
    ];

    public static string Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        for (int i = 0; i < count; i++)
        {
            int first = i % 37, second = (i * 7 + 3) % 37;
            var published = new DateOnly(2024, 1, 1).AddDays(40 + i % 200);
            var text = string.Create(CultureInfo.InvariantCulture,
                $"---\ntitle: Regional brief {i}\npublished: {published:yyyy-MM-dd}\noutlet: {Outlets[i % Outlets.Length]}\n---\n" +
                $"{Sentence(first)}\n\n{Sentence(second)}\n\nThis is brief number {i} in the series.\n");
            File.WriteAllText(Path.Combine(folder, $"brief-{i:D4}.md"), text);
        }
        return folder;
    }

    /// <summary>The n-th of 37 distinct events (pair, template and day).</summary>
    private static string Sentence(int n)
    {
        var (a, b) = Pairs[n % Pairs.Length];
        var template = Templates[n / Pairs.Length % Templates.Length];
        var day = $"{Months[n % Months.Length]} {1 + n % 27}";
        return string.Format(CultureInfo.InvariantCulture, template, a, b, day);
    }
}
