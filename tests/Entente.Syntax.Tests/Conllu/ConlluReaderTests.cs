using System.IO.Compression;
using System.Text;
using Entente.Syntax.Conllu;

namespace Entente.Syntax.Tests.Conllu;

public class ConlluReaderTests
{
    private const string Word = "\t_\t_\t_\t_\t0\troot\t_\t_";

    [Theory]
    [InlineData("mini-train.conllu", 48, 627, 12)]
    [InlineData("mini-dev.conllu", 10, 151, 2)]
    public void ReadFile_ReadsEverySentence_Fixture(string name, int sentences, int words, int ranges)
    {
        var read = TestData.Read(TestData.Fixture(name));

        Assert.Equal(sentences, read.Count);
        Assert.Equal(words, read.Sum(s => s.Words.Count));
        Assert.Equal(ranges, read.Sum(s => s.Ranges.Count));
        Assert.All(read, s => Assert.NotNull(s.Id));
        Assert.All(read, s => Assert.Equal(TestData.Fixture(name), s.Source));
    }

    [Fact]
    public void ReadFile_KeepsColumnsAndRanges_SentenceWithPossessive()
    {
        var s = TestData.Read(TestData.MiniTrain).Single(x => x.Id == "mini-3");

        Assert.Equal("Sergei Lavrov, Russia's foreign minister, met his Chinese counterpart in Beijing on Tuesday.", s.Text);
        Assert.Equal(32, s.Line); // "# sent_id = mini-3" is line 32 of the file
        Assert.Equal(17, s.Words.Count);
        Assert.Equal(new ConlluRange(4, 5, "Russia's"), Assert.Single(s.Ranges));
        Assert.Equal(new ConlluWord("Russia", "Russia", "PROPN", "NNP", "Number=Sing", 7, "nmod:poss"), s.Words[3]);
        Assert.Equal(new ConlluWord("'s", "'s", "PART", "POS", "_", 4, "case"), s.Words[4]);
        Assert.Equal(new ConlluWord("met", "meet", "VERB", "VBD", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", 0, "root"), s.Words[8]);
        Assert.False(s.Words[1].SpaceAfter); // "Lavrov,"
        Assert.True(s.Words[2].SpaceAfter);
    }

    [Theory]
    [InlineData("mini-train.conllu")]
    [InlineData("mini-dev.conllu")]
    public void ReadFile_RebuildsSentenceText_FromFormsAndSpaceAfter(string name)
    {
        // MISC SpaceAfter=No (on the range line for a multiword token) must be read so that the words give back # text
        foreach (var s in TestData.Read(TestData.Fixture(name)))
        {
            var text = new StringBuilder();
            int w = 0;
            while (w < s.Words.Count)
            {
                var range = s.Ranges.FirstOrDefault(r => r.First == w + 1);
                if (range != null) { text.Append(range.Form); w = range.Last; }
                else text.Append(s.Words[w++].Form);
                if (w < s.Words.Count && s.Words[w - 1].SpaceAfter) text.Append(' ');
            }
            Assert.Equal(s.Text, text.ToString());
        }
    }

    [Fact]
    public void Read_AppliesRangeSpaceAfterToLastWord_MultiwordTokenBeforePunctuation()
    {
        var s = ConlluReader.Read(new StringReader(PossessiveBeforeFullStop)).Single();

        Assert.Equal(new ConlluRange(2, 3, "Russia's", SpaceAfter: false), Assert.Single(s.Ranges));
        Assert.True(s.Words[1].SpaceAfter);   // inside the token: no MISC of its own
        Assert.False(s.Words[2].SpaceAfter);  // "'s" takes the range's SpaceAfter=No
        Assert.Equal(4, s.Words.Count);
    }

    internal const string PossessiveBeforeFullStop =
        "# text = Visit Russia's.\n" +
        "1\tVisit\tvisit\tVERB\tVB\tMood=Imp|VerbForm=Fin\t0\troot\t_\t_\n" +
        "2-3\tRussia's\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
        "2\tRussia\tRussia\tPROPN\tNNP\tNumber=Sing\t1\tobj\t_\t_\n" +
        "3\t's\t's\tPART\tPOS\t_\t2\tcase\t_\t_\n" +
        "4\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n" +
        "\n";

    [Fact]
    public void Read_SkipsEmptyNodes_EnhancedGraphLine()
    {
        var text = "1\tHe" + Word + "\n1.1\tleft\t_\t_\t_\t_\t_\t_\t_\t_\n2\tleft\t_\t_\t_\t_\t1\tdep\t_\t_\n\n";
        var s = ConlluReader.Read(new StringReader(text)).Single();

        Assert.Equal(["He", "left"], s.Words.Select(w => w.Form));
    }

    [Fact]
    public void Read_ReturnsLastSentence_NoFinalBlankLine()
    {
        var s = ConlluReader.Read(new StringReader("1\tHe" + Word + "\n2\tleft\t_\t_\t_\t_\t1\tdep\t_\t_")).Single();

        Assert.Equal(2, s.Words.Count);
        Assert.Equal(-1, ConlluReader.Read(new StringReader("1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n")).Single().Words[0].Head);
    }

    [Fact]
    public void ReadFile_ReadsGzip_GzExtension()
    {
        using var temp = new TestData.TempFolder();
        var gz = temp.File("mini-train.conllu.gz");
        using (var input = File.OpenRead(TestData.MiniTrain))
        using (var output = new GZipStream(File.Create(gz), CompressionLevel.Fastest))
            input.CopyTo(output);

        var plain = TestData.Read(TestData.MiniTrain);
        var zipped = TestData.Read(gz);

        Assert.Equal(48, zipped.Count);
        for (int i = 0; i < plain.Count; i++)
        {
            Assert.Equal(plain[i].Comments, zipped[i].Comments);
            Assert.Equal(plain[i].Words, zipped[i].Words);
            Assert.Equal(plain[i].Ranges, zipped[i].Ranges);
            Assert.Equal(gz, zipped[i].Source);
        }
    }

    [Fact]
    public void ReadFile_ThrowsNamingFile_GzNameButNotGzip()
    {
        using var temp = new TestData.TempFolder();
        var gz = temp.File("plain.conllu.gz");
        File.Copy(TestData.MiniTrain, gz);

        var e = Record.Exception(() => ConlluReader.ReadFile(gz).ToList());

        Assert.NotNull(e);
        Assert.Contains(gz, e.Message);
    }

    [Fact]
    public void ReadFile_ThrowsFileNotFound_MissingFile()
    {
        using var temp = new TestData.TempFolder();
        var path = temp.File("absent.conllu");

        var e = Assert.Throws<FileNotFoundException>(() => ConlluReader.ReadFile(path));
        Assert.Contains(path, e.Message);
    }

    public static TheoryData<string, string, int, string> Malformed => new()
    {
        { "nine-columns", "# sent_id = a\n1\tThey" + Word + "\n2\tleft\t_\t_\t_\t_\t1\tdep\t_\n\n", 3, "10 tab-separated columns, found 9" },
        { "eleven-columns", "1\tThey" + Word + "\t_\n\n", 1, "found 11" },
        { "id-skips", "1\tThey" + Word + "\n3\tleft\t_\t_\t_\t_\t1\tdep\t_\t_\n\n", 2, "out of sequence" },
        { "id-restarts", "1\tThey" + Word + "\n2\tleft\t_\t_\t_\t_\t1\tdep\t_\t_\n1\tearly\t_\t_\t_\t_\t2\tdep\t_\t_\n\n", 3, "out of sequence" },
        { "id-not-a-number", "one\tThey" + Word + "\n\n", 1, "out of sequence" },
        { "head-not-a-number", "1\tThey" + Word + "\n2\tleft\t_\t_\t_\t_\tx\tdep\t_\t_\n\n", 2, "HEAD 'x'" },
        { "head-negative", "1\tThey" + Word + "\n2\tleft\t_\t_\t_\t_\t-1\tdep\t_\t_\n\n", 2, "HEAD '-1'" },
        // a head beyond the sentence is only known at its end: the error names the sentence's first line
        { "head-beyond-sentence", "1\tA" + Word + "\n2\tB\t_\t_\t_\t_\t1\tdep\t_\t_\n\n# sent_id = b\n1\tThey" + Word + "\n2\tleft\t_\t_\t_\t_\t7\tdep\t_\t_\n\n", 4, "HEAD 7 beyond the sentence's 2 words" },
        { "range-reversed", "1-0\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo" + Word + "\n\n", 1, "bad multiword token range '1-0'" },
        { "range-not-at-next-word", "1\tI" + Word + "\n3-4\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\n", 2, "bad multiword token range '3-4'" },
        { "range-not-numbers", "a-b\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\n", 1, "bad multiword token range 'a-b'" },
        { "range-beyond-sentence", "# sent_id = a\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo" + Word + "\n\n", 1, "multiword range 1-2 beyond" },
        { "comment-inside-sentence", "# sent_id = a\n1\tThey" + Word + "\n# text = late\n2\tleft\t_\t_\t_\t_\t1\tdep\t_\t_\n\n", 3, "comment line inside a sentence" },
        { "comments-without-words", "# sent_id = a\n# text = nothing\n\n1\tThey" + Word + "\n\n", 3, "comments but no words" },
        { "empty-form", "1\t" + Word + "\n\n", 1, "empty FORM" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void ReadFile_ThrowsNamingFileAndLine_MalformedInput(string name, string content, int line, string what)
    {
        using var temp = new TestData.TempFolder();
        var path = temp.File(name + ".conllu");
        File.WriteAllText(path, content, new UTF8Encoding(false));

        var e = Assert.Throws<ConlluFormatException>(() => ConlluReader.ReadFile(path).ToList());

        Assert.Equal(path, e.File);
        Assert.Equal(line, e.Line);
        Assert.StartsWith($"{path}:{line}: ", e.Message);
        Assert.Contains(what, e.Message);
        Assert.Contains("hint:", e.Message);
    }

    [Fact]
    public void ReadFile_ThrowsNamingFileAndLine_InvalidUtf8OnFirstLine() => InvalidUtf8(1);

    [Fact]
    public void ReadFile_ThrowsNamingFileAndLine_InvalidUtf8OnLaterLine() => InvalidUtf8(4);

    [Fact]
    public void ReadFile_ThrowsNamingRangeLine_RangeBeyondSentenceWithoutComments()
    {
        using var temp = new TestData.TempFolder();
        var path = temp.File("range-first.conllu");
        File.WriteAllText(path, "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo" + Word + "\n\n");

        var e = Assert.Throws<ConlluFormatException>(() => ConlluReader.ReadFile(path).ToList());

        Assert.Equal(1, e.Line);
        var text = "1\tHi" + Word + "\n\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo" + Word + "\n2\tn't\t_\t_\t_\t_\t1\tadvmod\t_\t_\n\n";
        Assert.Equal(3, ConlluReader.Read(new StringReader(text)).Last().Line);
    }

    private static void InvalidUtf8(int badLine)
    {
        using var temp = new TestData.TempFolder();
        var path = temp.File("latin1.conllu");
        var lines = new List<byte[]>();
        for (int i = 1; i <= 6; i++)
        {
            var form = i == badLine ? [(byte)'M', 0xFC, (byte)'n', (byte)'c', (byte)'h', (byte)'e', (byte)'n'] : Encoding.UTF8.GetBytes("word");
            var head = Encoding.UTF8.GetBytes(i == 1 ? "0\troot" : "1\tdep");
            lines.Add([.. Encoding.UTF8.GetBytes($"{i}\t"), .. form, .. "\t_\t_\t_\t_\t"u8.ToArray(), .. head, .. "\t_\t_\n"u8.ToArray()]);
        }
        File.WriteAllBytes(path, [.. lines.SelectMany(l => l), (byte)'\n']);

        var e = Assert.Throws<ConlluFormatException>(() => ConlluReader.ReadFile(path).ToList());

        Assert.Equal(path, e.File);
        Assert.Equal(badLine, e.Line);
        Assert.StartsWith($"{path}:{badLine}: ", e.Message);
        Assert.Contains("invalid UTF-8", e.Message);
    }

    [Fact]
    public void ReadFile_ReportsErrorAfterEarlierSentences_ErrorInSecondSentence()
    {
        using var temp = new TestData.TempFolder();
        var path = temp.File("second-bad.conllu");
        File.WriteAllText(path, "1\tFine" + Word + "\n\n1\tBroken\t_\n\n");

        var read = new List<ConlluSentence>();
        var e = Assert.Throws<ConlluFormatException>(() => { foreach (var s in ConlluReader.ReadFile(path)) read.Add(s); });

        Assert.Equal("Fine", Assert.Single(read).Words[0].Form);
        Assert.Equal(3, e.Line);
    }
}
