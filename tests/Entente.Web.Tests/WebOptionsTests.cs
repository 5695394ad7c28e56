using Entente.Web.Api;

namespace Entente.Web.Tests;

public sealed class WebOptionsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", 0)]
    [InlineData("http://localhost:5080", 0)]
    [InlineData("http://[::1]:5080", 0)]
    [InlineData("http://0.0.0.0:5080", 1)]
    [InlineData("http://*:5080", 1)]
    [InlineData("http://+:5080", 1)]
    [InlineData("http://192.168.1.20:80;http://127.0.0.1:5080", 1)]
    [InlineData("https://example.org", 1)]
    public void Options_WarnButAllow_WhenAddressIsNotLoopback(string urls, int warnings)
    {
        var found = new WebOptions("x.db", urls).Warnings();
        Assert.Equal(warnings, found.Count);
        Assert.All(found, w => Assert.Contains("not a loopback address", w));
    }

    [Fact]
    public void Token_IsGeneratedOwnerOnlyAndKept_WhenNoneGiven()
    {
        using var dir = new TempDir();
        var db = dir.File("s.db");
        if (Environment.GetEnvironmentVariable(ApiToken.EnvironmentVariable) is { Length: > 0 }) return; // the variable takes precedence; covered below
        var first = ApiToken.Resolve(new WebOptions(db));
        Assert.Equal(db + ".token", ApiToken.FileFor(db));
        Assert.True(File.Exists(db + ".token"));
        Assert.Contains("generated", first.Source);
        Assert.True(first.Value.Length >= 40);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(db + ".token"));
        var second = ApiToken.Resolve(new WebOptions(db));
        Assert.Equal(first.Value, second.Value);
        Assert.DoesNotContain("generated", second.Source);
        Assert.NotEqual(first.Value, ApiToken.Resolve(new WebOptions(dir.File("other.db"))).Value);
    }

    [Fact]
    public void Token_PrefersTheOption_WhenGiven()
    {
        var token = ApiToken.Resolve(new WebOptions("unused.db", Token: "abc"));
        Assert.Equal("--token", token.Source);
        Assert.True(token.Accepts("Bearer abc"));
        Assert.True(token.Accepts("bearer abc"));
        Assert.False(token.Accepts("Bearer abd"));
        Assert.False(token.Accepts("Bearer abcd"));
        Assert.False(token.Accepts("abc"));
        Assert.False(token.Accepts(null));
        Assert.False(File.Exists(Path.GetFullPath("unused.db.token")));
    }

    [Fact]
    public void TokenFile_IsInTheConfigFolder_WhenStoreIsPostgres()
    {
        var file = ApiToken.FileFor("Host=db.example;Port=5433;Database=entente;Username=u;Password=secret");
        Assert.EndsWith(Path.Combine("entente", "db.example_5433_entente.token"), file);
        Assert.DoesNotContain("secret", file);
    }

    [Fact]
    public void Token_IsShownInFullOnlyOnTheStartThatGeneratesIt()
    {
        using var dir = new TempDir();
        var db = dir.File("t.db");
        if (Environment.GetEnvironmentVariable(ApiToken.EnvironmentVariable) is { Length: > 0 }) return; // the variable takes precedence
        var first = ApiToken.Resolve(new WebOptions(db));
        Assert.True(first.Generated);
        Assert.Equal(first.Value, first.Display);
        var again = ApiToken.Resolve(new WebOptions(db));
        Assert.False(again.Generated);
        Assert.DoesNotContain(again.Value, again.Display);
        Assert.Contains(db + ".token", again.Display);
        var given = ApiToken.Resolve(new WebOptions(db, Token: "a-token-the-user-chose"));
        Assert.DoesNotContain("a-token-the-user-chose", given.Display);
    }

    [Fact]
    public void Options_LoadTheKnowledgeFromDataDirectory_WhenOneIsGiven()
    {
        using var dir = new TempDir();
        var empty = Directory.CreateDirectory(dir.File("no-knowledge")).FullName;
        // the folder exists but holds no knowledge files: honoured, so loading fails on the first file it should hold
        var ex = Assert.Throws<Entente.Core.Knowledge.DataFileException>(() => new WebOptions(dir.File("k.db"), DataDirectory: empty).Knowledge());
        Assert.Contains("file not found", ex.Message);
        Assert.Same(Entente.Core.Knowledge.KnowledgeBase.Default, new WebOptions(dir.File("k.db")).Knowledge());
    }
}
