using Entente.Core.Reading;

namespace Entente.Core.Tests.Reading;

public class JsonlReaderTests
{
    private static List<ReadResult> ReadFile(string content)
    {
        var dir = new TempDir();
        try
        {
            var path = dir.Write("feed.jsonl", content);
            return new DocumentReader().Read([path], ReaderOptions.Default).ToList();
        }
        finally
        {
            dir.Dispose();
        }
    }

    [Fact]
    public void JsonlReader_ReadsDocumentsWithLineNumbers_WhenLinesAreValid()
    {
        var results = ReadFile(
            "{\"text\":\"Moscow received drones.\",\"title\":\"One\",\"published\":\"2024-02-21\",\"outlet\":\"Example Wire\",\"url\":\"https://e.org/1\",\"author\":\"A\"}\r\n"
            + "\n"
            + "{\"text\":\"Tehran signed a deal.\",\"published\":\"November 28, 2023\"}\n");
        Assert.Equal(2, results.Count);
        var first = results[0].Document!;
        Assert.Equal(1, first.Line);
        Assert.Equal("Moscow received drones.", first.Text);
        Assert.Equal("One", first.Title);
        Assert.Equal(new DateOnly(2024, 2, 21), first.Published);
        Assert.Equal("Example Wire", first.Outlet);
        Assert.Equal("https://e.org/1", first.Url);
        Assert.Equal("jsonl", first.Format);
        var second = results[1].Document!;
        Assert.Equal(3, second.Line);
        Assert.Equal(new DateOnly(2023, 11, 28), second.Published);
        Assert.EndsWith("feed.jsonl:3", second.DisplayName);
    }

    [Theory]
    [InlineData("{\"text\": \"unterminated", "invalid JSON")]
    [InlineData("{\"title\": \"no text\"}", "missing \"text\"")]
    [InlineData("{\"text\": 42}", "\"text\" must be a string")]
    [InlineData("{\"text\": \"ok\", \"published\": \"someday\"}", "cannot read \"published\"")]
    [InlineData("[1,2,3]", "expected a JSON object")]
    public void JsonlReader_ReportsLineAndContinues_WhenLineIsBad(string badLine, string message)
    {
        var results = ReadFile("{\"text\":\"first\"}\n" + badLine + "\n{\"text\":\"third\"}\n");
        Assert.Equal(3, results.Count);
        Assert.Equal("first", results[0].Document!.Text);
        var error = results[1].Error!;
        Assert.Equal(2, error.Line);
        Assert.Contains(message, error.Message);
        Assert.Contains("feed.jsonl:2: ", error.ToString());
        Assert.Equal("third", results[2].Document!.Text);
        Assert.Equal(3, results[2].Document!.Line);
    }

    [Fact]
    public void JsonlReader_ReportsLineAndContinues_WhenLineIsInvalidUtf8()
    {
        using var dir = new TempDir();
        var path = dir.WriteBytes("feed.ndjson", [.. "{\"text\":\"a"u8, 0xC3, 0x28, .. "\"}\n{\"text\":\"b\"}\n"u8]);
        var results = new DocumentReader().Read([path], ReaderOptions.Default).ToList();
        Assert.Equal(1, results[0].Error!.Line);
        Assert.Equal("b", results[1].Document!.Text);
    }

    [Fact]
    public void JsonlReader_ReadsLongLines_WhenLineExceedsBuffer()
    {
        var longText = string.Concat(Enumerable.Repeat("Envoys met again. ", 10_000));
        var results = ReadFile("{\"text\":\"" + longText + "\"}\n{\"text\":\"short\"}");
        Assert.Equal(longText, results[0].Document!.Text);
        Assert.Equal("short", results[1].Document!.Text);
        Assert.Equal(2, results[1].Document!.Line);
    }

    [Fact]
    public void JsonlReader_ReadsALongTextInParts_WhenItIsLongerThanALargeFile()
    {
        using var dir = new TempDir();
        var text = TextPartSplitterTests.LongLine(200);
        var path = dir.Write("feed.jsonl", "{\"text\":\"short\"}\n" + System.Text.Json.JsonSerializer.Serialize(new { text, url = "https://example.org/a" }) + "\n{\"text\":\"last\"}\n");
        var results = new DocumentReader().Read([path], new ReaderOptions { LargeFileBytes = 4096, PartChars = 2048 }).ToList();
        var parts = results.Where(r => r.Document!.Line == 2).Select(r => r.Document!).ToList();
        Assert.True(parts.Count > 3, $"{parts.Count} parts");
        Assert.Equal(Enumerable.Range(1, parts.Count), parts.Select(p => p.Part));
        Assert.Equal(text, string.Concat(parts.Select(p => p.Text)));
        Assert.All(parts, p => Assert.Equal(p.BaseOffset, text.IndexOf(p.Text, StringComparison.Ordinal)));
        Assert.All(parts, p => Assert.Equal("https://example.org/a", p.Url));
        Assert.Equal(["short", "last"], results.Where(r => r.Document!.Line != 2).Select(r => r.Document!.Text));
    }

    [Fact]
    public void JsonlReader_SkipsLineWithErrorNamingIt_WhenLineIsLongerThanTheLimit()
    {
        using var dir = new TempDir();
        var huge = "{\"text\":\"" + new string('x', 300_000) + "\"}";
        var path = dir.Write("feed.jsonl", "{\"text\":\"first\"}\n" + huge + "\n{\"text\":\"after\"}\n" + huge);
        var results = new DocumentReader().Read([path], new ReaderOptions { MaxJsonlLineBytes = 100_000 }).ToList();
        Assert.Equal(4, results.Count);
        Assert.Equal("first", results[0].Document!.Text);
        Assert.Equal("after", results[2].Document!.Text);
        foreach (var (error, line) in new[] { (results[1].Error!, 2), (results[3].Error!, 4) })
        {
            Assert.Equal(path, error.Path);
            Assert.Equal(line, error.Line);
            Assert.Equal("line of 0.3 MB skipped: longer than the 0.1 MB a JSONL line may have", error.Message);
            Assert.Contains("several lines", error.Hint);
        }
    }
}
