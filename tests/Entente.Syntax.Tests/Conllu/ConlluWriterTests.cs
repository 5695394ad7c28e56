using Entente.Syntax.Conllu;

namespace Entente.Syntax.Tests.Conllu;

public class ConlluWriterTests
{
    [Theory]
    [InlineData("mini-train.conllu")]
    [InlineData("mini-dev.conllu")]
    public void Write_RoundTripsWordsRangesAndComments_Fixture(string name)
    {
        var original = TestData.Read(TestData.Fixture(name));
        var text = Write(original);
        var again = ConlluReader.Read(new StringReader(text), "round-trip").ToList();

        Assert.Equal(original.Count, again.Count);
        for (int i = 0; i < original.Count; i++)
        {
            Assert.Equal(original[i].Comments, again[i].Comments);
            Assert.Equal(original[i].Words, again[i].Words);
            Assert.Equal(original[i].Ranges, again[i].Ranges);
        }
    }

    [Theory]
    [InlineData("mini-train.conllu")]
    [InlineData("mini-dev.conllu")]
    public void Write_ReproducesFileExactly_ValidFixture(string name)
    {
        var path = TestData.Fixture(name);
        Assert.Equal(File.ReadAllText(path), Write(TestData.Read(path)));
    }

    [Fact]
    public void Write_PutsSpaceAfterOnRangeLineOnly_MultiwordTokenBeforePunctuation()
    {
        // UD (and Fixtures/check_conllu.py): MISC of the words inside a multiword token is '_'; SpaceAfter=No goes on the range line
        var s = ConlluReader.Read(new StringReader(ConlluReaderTests.PossessiveBeforeFullStop)).Single();

        Assert.Equal(ConlluReaderTests.PossessiveBeforeFullStop, Write([s]));
    }

    [Fact]
    public void Write_CleansFieldsAndFillsBlanks_WordsBuiltInCode()
    {
        var s = new ConlluSentence(["sent_id = x"], [
            new ConlluWord("a\tb", "", "X", "", "_", -1, ""),
            new ConlluWord("c\nd", "c", "NOUN", "NN", "Number=Sing", 1, "dep", SpaceAfter: false),
            new ConlluWord(".", ".", "PUNCT", ".", "_", 1, "punct"),
        ], []);

        var text = Write([s]);

        Assert.Equal(
            "# sent_id = x\n" +
            "1\ta b\t_\tX\t_\t_\t_\t_\t_\t_\n" +
            "2\tc d\tc\tNOUN\tNN\tNumber=Sing\t1\tdep\t_\tSpaceAfter=No\n" +
            "3\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n", text);
        var again = ConlluReader.Read(new StringReader(text)).Single();
        Assert.Equal(["a b", "c d", "."], again.Words.Select(x => x.Form));
        Assert.Equal(-1, again.Words[0].Head);
    }

    private static string Write(IEnumerable<ConlluSentence> sentences)
    {
        var w = new StringWriter { NewLine = "\n" };
        foreach (var s in sentences) ConlluWriter.Write(w, s);
        return w.ToString();
    }
}
