namespace Entente.Cli.Tests.Commands;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("entente-eval-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Eval_PrintsScoresAndErrors_ForAGoldFile()
    {
        File.WriteAllText(Path.Combine(_dir, "one.gold"),
            "---\nid: t-1\npublished: 2024-03-01\n---\nIran has supplied Russia with drones. Turkey condemned Israel's strikes.\n\n=== events\n" +
            "IRN\tRUS\t072\t2024-01-31..2024-03-01\treported\tIran has supplied Russia\nCHN\tUSA\t111\t-\treported\tTurkey condemned Israel's\n");
        var (code, stdout, _) = AnalyzeCommandTests.Run(null, "eval", _dir, "--errors");
        Assert.Equal(0, code);
        Assert.Contains("CAMEO root", stdout);
        Assert.Contains("1 / 2 / 2", stdout.Replace("\u2502", "|"));
        Assert.Contains("missed", stdout);
        Assert.Contains("false-positive", stdout);
    }

    [Fact]
    public void Eval_ExitsTwoNamingTheLine_WhenEvidenceIsNotInTheText()
    {
        File.WriteAllText(Path.Combine(_dir, "bad.gold"), "---\nid: t-2\n---\nSome text.\n=== events\nIRN\tRUS\t072\t-\treported\tnot in the text\n");
        var (code, _, stderr) = AnalyzeCommandTests.Run(null, "eval", _dir);
        Assert.Equal(2, code);
        Assert.Contains("bad.gold:6", stderr);
    }
}
