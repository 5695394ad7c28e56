using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Entente.Cli.Tests.Commands;

/// <summary><c>entente serve</c> as a child process: how it fails and what it prints when it starts.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    /// <summary>Runs to the end, or kills the server after <paramref name="seconds"/> (a server that started when it should have stopped).</summary>
    private (int Code, string Err) RunToEnd(int seconds, params string[] args)
    {
        using var p = Process.Start(EntenteProcess.StartInfo(_dir.Path, args))!;
        p.StandardInput.Close();
        var errTask = p.StandardError.ReadToEndAsync();
        _ = p.StandardOutput.ReadToEndAsync();
        if (!p.WaitForExit(seconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            Assert.Fail($"entente {string.Join(' ', args)} kept running: {errTask.Result}");
        }
        return (p.ExitCode, errTask.Result);
    }

    /// <summary>Starts the server, returns its standard error up to the token line, and stops it.</summary>
    private string StartAndStop(params string[] args)
    {
        var psi = EntenteProcess.StartInfo(_dir.Path, args);
        psi.Environment.Remove("ENTENTE_TOKEN");
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var lines = new List<string>();
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (DateTime.UtcNow < deadline)
            {
                var line = p.StandardError.ReadLine();
                if (line is null) break;
                lines.Add(line);
                if (line.Contains("write token")) break;
            }
        }
        finally
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }
        return string.Join('\n', lines);
    }

    [Fact]
    public void Serve_PrintsOneLineWithAHint_WhenThePortIsInUse()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var (code, stderr) = RunToEnd(60, "serve", "--db", _dir.File("s.db"), "--token", "t", "--urls", $"http://127.0.0.1:{port}");
        Assert.Equal(1, code);
        var lines = stderr.Trim().Split('\n');
        Assert.Single(lines);
        Assert.Contains("already in use", lines[0]);
        Assert.Contains($"--urls http://127.0.0.1:{port + 1}", lines[0]);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Serve_UsesTheDataOption_AndStopsWithOneLine_WhenTheFolderHoldsNoKnowledge()
    {
        var empty = Directory.CreateDirectory(_dir.File("empty-knowledge")).FullName;
        var (code, stderr) = RunToEnd(60, "serve", "--db", _dir.File("s.db"), "--token", "t", "--urls", $"http://127.0.0.1:{FreePort()}", "--data", empty);
        Assert.Equal(2, code);
        Assert.Contains("file not found", stderr);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Serve_ShowsTheTokenInFull_OnlyOnTheStartThatGeneratesIt()
    {
        if (Environment.GetEnvironmentVariable("ENTENTE_TOKEN") is { Length: > 0 }) return; // a set variable takes precedence over the file
        var db = _dir.File("tok.db");
        var first = StartAndStop("serve", "--db", db, "--urls", $"http://127.0.0.1:{FreePort()}");
        var token = File.ReadAllText(db + ".token").Trim();
        Assert.Contains(token, first);
        Assert.Contains("generated", first);
        var second = StartAndStop("serve", "--db", db, "--urls", $"http://127.0.0.1:{FreePort()}");
        Assert.Contains("write token", second);
        Assert.DoesNotContain(token, second);
        Assert.Contains(db + ".token", second);
    }

    [Theory]
    [InlineData("entente.db")]
    [InlineData("entente.db-wal")]
    [InlineData("entente.db-journal")]
    [InlineData("entente.db.token")]
    [InlineData("corpus.db.token")]
    public void Repository_IgnoresStoresAndTokens_SoTheyCannotBeCommitted(string name)
    {
        var patterns = File.ReadAllLines(Path.Combine(EntenteProcess.RepoRoot(), ".gitignore"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Contains(patterns, p => System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(p, name));
    }
}
