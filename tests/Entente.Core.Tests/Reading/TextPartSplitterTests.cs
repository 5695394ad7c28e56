using Entente.Core.Reading;
using Entente.Core.Text;

namespace Entente.Core.Tests.Reading;

public class TextPartSplitterTests
{
    /// <summary>One long line (no line end) of event sentences in our own words, with abbreviations and initials that do not end sentences.</summary>
    internal static string LongLine(int sentences)
    {
        string[] states = ["Iran", "Russia", "China", "Turkey", "Greece", "Poland", "Japan", "Egypt"];
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < sentences; i++)
        {
            var (a, b) = (states[i % states.Length], states[(i * 3 + 1) % states.Length]);
            if (a == b) b = "Ukraine";
            sb.Append((i % 3) switch
            {
                0 => $"{a} expelled two diplomats from {b} on March {1 + i % 27}, 2024. ",
                1 => $"Gen. J. Smith said {a} delivered drones to {b} on Feb. {1 + i % 27}. ",
                _ => $"{a} condemned {b} over the detention of its citizens, officials in the U.S. said. ",
            });
        }
        return sb.ToString();
    }

    private static List<string> SentenceTexts(string text)
    {
        var doc = SentenceSplitter.Default.Split(text);
        return [.. doc.Sentences.Select(s => text[s.Start..s.End])];
    }

    [Fact]
    public void TextPartSplitter_CutsBetweenSentences_WhenALongLineHasNoLineEnd()
    {
        var text = LongLine(400);
        var parts = TextPartSplitter.Split(new StringReader(text), 1000).ToList();
        Assert.True(parts.Count > 20, $"{parts.Count} parts");
        Assert.Equal(text, string.Concat(parts.Select(p => p.Text)));
        // every sentence of the whole text is a sentence of exactly one part: none is cut in two
        Assert.Equal(SentenceTexts(text), parts.SelectMany(p => SentenceTexts(p.Text)));
    }

    [Fact]
    public void TextPartSplitter_LosesNoEventAtCuts_WhenALongLineIsReadInParts()
    {
        using var dir = new TempDir();
        var text = LongLine(150);
        var path = dir.Write("long.txt", text);
        var options = new ReaderOptions { LargeFileBytes = 4096, PartChars = 2048, Published = new DateOnly(2024, 6, 1) };
        var parts = new DocumentReader().Read([path], options).Select(r => r.Document!).ToList();
        Assert.True(parts.Count > 5, $"{parts.Count} parts");
        int inParts = parts.Sum(p => TestData.Analyzer.Analyze(p).Events.Length);
        int whole = TestData.Analyzer.Analyze(new SourceDocument(path, text, "text", Published: options.Published)).Events.Length;
        Assert.True(whole >= 150, $"{whole} events in the whole text");
        Assert.Equal(whole, inParts);
    }
}
