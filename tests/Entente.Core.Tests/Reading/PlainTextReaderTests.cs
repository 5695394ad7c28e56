using Entente.Core.Reading;
using Entente.Core.Text;

namespace Entente.Core.Tests.Reading;

/// <summary>Runs alone: the large-file test measures process memory, which parallel tests would disturb.</summary>
[CollectionDefinition(nameof(PlainTextReaderTests), DisableParallelization = true)]
public sealed class PlainTextReaderCollection;

[Collection(nameof(PlainTextReaderTests))]
public class PlainTextReaderTests
{
    private static List<ReadResult> Read(params string[] args) => Read(ReaderOptions.Default, args);

    private static List<ReadResult> Read(ReaderOptions options, params string[] args) => new DocumentReader().Read(args, options).ToList();

    [Fact]
    public void PlainTextReader_ReturnsBodyAfterFrontMatter_WhenFileHasFrontMatter()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", "---\ntitle: Grain and guns\npublished: February 21, 2024\n---\r\nRussian officials met Iranian envoys.\r\n");
        var doc = Assert.Single(Read(path)).Document!;
        Assert.Equal("Russian officials met Iranian envoys.\r\n", doc.Text);
        Assert.Equal("Grain and guns", doc.Title);
        Assert.Equal(new DateOnly(2024, 2, 21), doc.Published);
        Assert.Equal("text", doc.Format);
        Assert.Equal(0, doc.Part);
    }

    [Fact]
    public void PlainTextReader_OverridesDate_WhenOptionIsSet()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", "---\npublished: 2024-02-21\n---\nText.");
        var doc = Assert.Single(Read(new ReaderOptions { Published = new DateOnly(2023, 11, 28) }, path)).Document!;
        Assert.Equal(new DateOnly(2023, 11, 28), doc.Published);
    }

    [Fact]
    public void PlainTextReader_StripsBomOnly_WhenFileStartsWithBom()
    {
        using var dir = new TempDir();
        var path = dir.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. "  Indented first line."u8]);
        Assert.Equal("  Indented first line.", Assert.Single(Read(path)).Document!.Text);
    }

    public static TheoryData<string, string> WideEncodings => new()
    {
        { "a.txt", "utf-16le" }, { "b.md", "utf-16be" }, { "c.txt", "utf-32le" }, { "d.txt", "utf-32be" },
        { "e.jsonl", "utf-16le" }, { "f.html", "utf-16le" },
    };

    [Theory]
    [MemberData(nameof(WideEncodings))]
    public void PlainTextReader_DecodesText_WhenFileIsUtf16OrUtf32WithBom(string name, string encoding)
    {
        const string sentence = "Kazakhstan and Uzbekistan signed a water accord in Tashkent \u2014 officials said.";
        var content = Path.GetExtension(name) switch
        {
            ".jsonl" => "{\"text\": \"" + sentence + "\"}\n",
            ".html" => "<html><body><p>" + sentence + "</p></body></html>",
            _ => sentence + "\n",
        };
        var enc = System.Text.Encoding.GetEncoding(encoding);
        using var dir = new TempDir();
        var path = dir.WriteBytes(name, [.. enc.GetPreamble(), .. enc.GetBytes(content)]);

        var doc = Assert.Single(Read(path)).Document;

        Assert.NotNull(doc);
        Assert.Contains(System.Text.RegularExpressions.Regex.Unescape(sentence), doc.Text);
        Assert.NotEqual('\uFEFF', doc.Text[0]);
    }

    [Fact]
    public void PlainTextReader_GivesErrorNamingFile_WhenUtf16FileHasALoneSurrogate()
    {
        using var dir = new TempDir();
        var path = dir.WriteBytes("bad.txt", [0xFF, 0xFE, (byte)'I', 0, (byte)'r', 0, 0x00, 0xD8, (byte)'n', 0]);
        var error = Assert.Single(Read(path)).Error!;
        Assert.Equal(path, error.Path);
        Assert.Contains("invalid utf-16", error.Message);
        Assert.Contains("UTF-8", error.Hint);
    }

    [Fact]
    public void PlainTextReader_BlanksMarkupKeepingLength_WhenFileIsMarkdown()
    {
        using var dir = new TempDir();
        const string body = "# Heading\n\nTehran **agreed** to [ship](https://example.org) more.\n";
        var path = dir.Write("a.md", "---\ntitle: M\n---\n" + body);
        var doc = Assert.Single(Read(path)).Document!;
        Assert.Equal("markdown", doc.Format);
        Assert.Equal(body.Length, doc.Text.Length);
        Assert.Equal(body.IndexOf("agreed", StringComparison.Ordinal), doc.Text.IndexOf("agreed", StringComparison.Ordinal));
        Assert.DoesNotContain("**", doc.Text);
        Assert.DoesNotContain("https", doc.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n  ")]
    [InlineData("---\ntitle: only metadata\n---\n\n")]
    public void PlainTextReader_ReportsEmptyFile_WhenFileHasNoText(string content)
    {
        using var dir = new TempDir();
        var path = dir.Write("empty.txt", content);
        var error = Assert.Single(Read(path)).Error!;
        Assert.Contains("empty file", error.Message);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void PlainTextReader_ReportsBinaryFile_WhenFileHasNulByte()
    {
        using var dir = new TempDir();
        var path = dir.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]);
        var error = Assert.Single(Read(path)).Error!;
        Assert.Equal("binary file", error.Message);
    }

    [Fact]
    public void PlainTextReader_ReportsByteOffsetAndLine_WhenUtf8IsInvalid()
    {
        using var dir = new TempDir();
        var path = dir.WriteBytes("bad.txt", [.. "line one\nline two \n"u8, 0xC3, 0x28, .. " tail"u8]);
        var error = Assert.Single(Read(path)).Error!;
        Assert.Equal(3, error.Line);
        Assert.Equal("invalid UTF-8 at byte 19", error.Message);
        Assert.StartsWith(path + ":3: invalid UTF-8", error.ToString());
    }

    [Fact]
    public void PlainTextReader_ReportsFrontMatterLine_WhenFrontMatterIsNotClosed()
    {
        using var dir = new TempDir();
        var path = dir.Write("open.md", "---\ntitle: T\nText without a closing fence.\n");
        var error = Assert.Single(Read(path)).Error!;
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void PlainTextReader_SplitsIntoParts_WhenFileIsLarge()
    {
        using var dir = new TempDir();
        var path = System.IO.Path.Combine(dir.Path, "big.txt");
        long chars = WriteLargeFile(path, targetBytes: 20L * 1024 * 1024);
        const int partChars = 256 * 1024;
        var options = new ReaderOptions { PartChars = partChars };

        long before = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        int count = 0;
        long expectedOffset = 0;
        using var original = new StreamReader(path);
        var buffer = new char[partChars];
        foreach (var result in new DocumentReader().Read([path], options))
        {
            var doc = result.Document!;
            count++;
            Assert.Equal(count, doc.Part);
            Assert.Equal(expectedOffset, doc.BaseOffset);
            Assert.InRange(doc.Text.Length, 1, partChars);
            // parts end at a blank line (or at the end of the file)
            Assert.True(doc.Text.EndsWith("\n\n", StringComparison.Ordinal) || doc.BaseOffset + doc.Text.Length == chars);
            original.ReadBlock(buffer, 0, doc.Text.Length);
            Assert.True(doc.Text.AsSpan().SequenceEqual(buffer.AsSpan(0, doc.Text.Length)), $"part {count} differs from the file");
            expectedOffset += doc.Text.Length;
            if (count % 8 == 0)
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - before);
        }
        Assert.Equal(-1, original.Read());
        Assert.Equal(chars, expectedOffset);
        Assert.InRange(count, (int)(chars / partChars) + 1, (int)(chars / (partChars / 2)) + 1);
        // The whole text as UTF-16 would be ~40 MB; the reader must hold only about one part (~0.5 MB) at a time.
        Assert.True(peak < 12L * 1024 * 1024, $"memory grew by {peak / 1024 / 1024} MB while streaming");
    }

    [Fact]
    public void PlainTextReader_YieldsFirstPartBeforeReadingTheRest_WhenFileIsLarge()
    {
        using var dir = new TempDir();
        var path = System.IO.Path.Combine(dir.Path, "big.md");
        WriteLargeFile(path, targetBytes: 5L * 1024 * 1024);
        var results = new DocumentReader().Read([path], new ReaderOptions { PartChars = 64 * 1024 });
        using var e = results.GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.Equal(1, e.Current.Document!.Part);
        Assert.Equal("markdown", e.Current.Document.Format);
        Assert.True(e.MoveNext());
        Assert.Equal(2, e.Current.Document!.Part);
    }

    [Fact]
    public void PlainTextReader_ReportsErrorAfterGoodParts_WhenLargeFileHasInvalidUtf8Later()
    {
        using var dir = new TempDir();
        var path = System.IO.Path.Combine(dir.Path, "late.txt");
        WriteLargeFile(path, targetBytes: 300 * 1024);
        using (var s = new FileStream(path, FileMode.Append)) s.Write([0xC3, 0x28]);
        var results = new DocumentReader().Read([path], new ReaderOptions { LargeFileBytes = 64 * 1024, PartChars = 32 * 1024 }).ToList();
        Assert.True(results.Count > 2);
        Assert.All(results[..^1], r => Assert.True(r.IsSuccess));
        Assert.Contains("invalid UTF-8", results[^1].Error!.Message);
    }

    /// <summary>Writes numbered paragraphs (own words) up to about <paramref name="targetBytes"/>; returns the char count.</summary>
    internal static long WriteLargeFile(string path, long targetBytes)
    {
        using var w = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        long chars = 0;
        for (int i = 0; w.BaseStream.Position < targetBytes; i++)
        {
            string para = i % 7 == 0
                ? $"Section {i}\n"
                : $"Paragraph {i}: officials in Moscow and Tehran discussed item {i * 13 % 997} of a supply list, "
                  + "and analysts said the talks covered drones, shells and payment channels.\nA second line follows here.\n";
            w.Write(para);
            w.Write('\n');
            chars += para.Length + 1;
        }
        return chars;
    }
}
