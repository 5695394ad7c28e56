using Entente.Core.Reading;

namespace Entente.Core.Tests.Reading;

public class InputExpanderTests
{
    [Fact]
    public void InputExpander_ListsFolderRecursivelyInOrdinalOrder_WhenFolderIsGiven()
    {
        using var dir = new TempDir();
        dir.Write("b.txt", "b");
        dir.Write("A.md", "a");
        dir.Write("sub/c.html", "<p>c</p>");
        dir.Write("sub/deeper/d.jsonl", "{}");
        dir.Write("e.ndjson", "{}");
        dir.Write("notes.pdf", "skip me");
        dir.Write(".hidden.txt", "skip me");
        dir.Write(".git/config.txt", "skip me");
        var items = new InputExpander().Expand([dir.Path]).ToList();
        Assert.All(items, i => Assert.Null(i.Error));
        var names = items.Select(i => Path.GetRelativePath(dir.Path, i.Path).Replace('\\', '/')).ToArray();
        Assert.Equal(new[] { "A.md", "b.txt", "e.ndjson", "sub/c.html", "sub/deeper/d.jsonl" }, names);
        Assert.Equal(new[] { InputFormat.Markdown, InputFormat.Text, InputFormat.Jsonl, InputFormat.Html, InputFormat.Jsonl }, items.Select(i => i.Format).ToArray());
    }

    [Fact]
    public void InputExpander_ReportsFolder_WhenItHoldsNoReadableFiles()
    {
        using var dir = new TempDir();
        dir.Write("scan.pdf", "x");
        var item = Assert.Single(new InputExpander().Expand([dir.Path]));
        Assert.Equal("folder holds no readable files", item.Error!.Message);
    }

    [Fact]
    public void InputExpander_VisitsEachFolderOnce_WhenSymlinkLoops()
    {
        using var dir = new TempDir();
        dir.Write("sub/a.txt", "a");
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "sub", "loop"), dir.Path);
        var items = new InputExpander().Expand([dir.Path]).ToList();
        Assert.Single(items);
        Assert.EndsWith("a.txt", items[0].Path);
    }

    [Fact]
    public void InputExpander_ReportsUnknownFormat_WhenUnsupportedFileIsNamed()
    {
        using var dir = new TempDir();
        var pdf = dir.Write("report.pdf", "%PDF");
        var item = Assert.Single(new InputExpander().Expand([pdf]));
        Assert.Equal("unknown format '.pdf'", item.Error!.Message);
        Assert.Contains("supported: .txt .md", item.Error.Hint);
    }

    [Fact]
    public void InputExpander_ReportsMissingPath_WhenPathDoesNotExist()
    {
        var item = Assert.Single(new InputExpander().Expand(["/no/such/dir/article.txt"]));
        Assert.Equal("no such file or folder", item.Error!.Message);
        Assert.Equal("/no/such/dir/article.txt", item.Error.Path);
    }

    [Fact]
    public void DocumentReader_KeepsArgumentOrderAndReportsEachError_WhenInputsAreMixed()
    {
        using var dir = new TempDir();
        var a = dir.Write("z.txt", "Zulu text.");
        var b = dir.Write("a.txt", "Alpha text.");
        var results = new DocumentReader().Read([a, "/missing.txt", b, dir.Write("x.docx", "x")], ReaderOptions.Default).ToList();
        Assert.Equal(4, results.Count);
        Assert.Equal("Zulu text.", results[0].Document!.Text);
        Assert.Equal("/missing.txt", results[1].Error!.Path);
        Assert.Equal("Alpha text.", results[2].Document!.Text);
        Assert.Contains("unknown format '.docx'", results[3].Error!.Message);
    }

    [Theory]
    [InlineData("  \n{\"text\":\"from a feed\"}\n{\"text\":\"second\"}\n", "jsonl", 2)]
    [InlineData("\n<html><body><article><p>Piped page text.</p></article></body></html>", "html", 1)]
    [InlineData("\n Plain piped text.\n", "text", 1)]
    public void DocumentReader_SniffsStdinFormat_WhenArgumentIsDash(string input, string format, int count)
    {
        var results = new DocumentReader().Read(["-"], new ReaderOptions { Stdin = new StringReader(input) }).ToList();
        Assert.Equal(count, results.Count);
        Assert.All(results, r => Assert.Equal(format, r.Document!.Format));
        Assert.All(results, r => Assert.Equal("-", r.Document!.Path));
        if (format == "text")
            Assert.Equal(input, results[0].Document!.Text); // nothing trimmed: offsets stay true
        if (format == "jsonl")
            Assert.Equal(3, results[1].Document!.Line);
    }

    [Fact]
    public void ReadError_FormatsOneLine_WhenLineIsKnownOrNot()
    {
        Assert.Equal("a.jsonl:4: bad (hint: fix it)", new ReadError("a.jsonl", 4, "bad", "fix it").ToString());
        Assert.Equal("a.txt: empty file (hint: add text)", new ReadError("a.txt", null, "empty file", "add text").ToString());
    }
}
