using System.IO.Compression;
using Entente.Syntax.Tests.ShippedModel;

namespace Entente.Syntax.Tests;

/// <summary>Loading models (and failing clearly), and sharing one model across threads.</summary>
[Collection(ShippedModelCollection.Name)]
public class SyntaxModelTests(ShippedModelFixture shipped)
{
    [Fact]
    public void Load_ThrowsWithHint_MissingFile()
    {
        using var temp = new TestData.TempFolder();
        var path = temp.File("none.bin.gz");

        var e = Assert.Throws<SyntaxModelException>(() => SyntaxModel.Load(path));

        Assert.Equal(path, e.FilePath);
        Assert.StartsWith(path + ": syntax model not found", e.Message);
        Assert.Contains("hint:", e.Message);
    }

    [Fact]
    public void Load_ThrowsNamingFile_NotGzip()
    {
        using var temp = new TestData.TempFolder();
        var path = temp.File("text.bin.gz");
        File.WriteAllText(path, "this is not a model");

        var e = Assert.Throws<SyntaxModelException>(() => SyntaxModel.Load(path));

        Assert.Equal(path, e.FilePath);
        Assert.StartsWith(path + ": not a readable Entente syntax model", e.Message);
    }

    [Fact]
    public void Load_ThrowsNamingFile_WrongSignature()
    {
        using var temp = new TestData.TempFolder();
        var path = temp.File("other.bin.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        using (var w = new BinaryWriter(gz)) { w.Write("something-else"); w.Write(1); }

        var e = Assert.Throws<SyntaxModelException>(() => SyntaxModel.Load(path));

        Assert.Equal(path, e.FilePath);
        Assert.StartsWith(path + ": not a readable Entente syntax model (wrong file signature)", e.Message);
    }

    [Fact]
    public void Load_ThrowsNamingFile_OtherFormatVersion()
    {
        using var temp = new TestData.TempFolder();
        var path = temp.File("future.bin.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        using (var w = new BinaryWriter(gz)) { w.Write("entente-syntax"); w.Write(999); }

        var e = Assert.Throws<SyntaxModelException>(() => SyntaxModel.Load(path));

        Assert.Equal(path, e.FilePath);
        Assert.Contains("model format 999", e.Message);
    }

    [Fact]
    public void Annotate_GivesSameResults_ManyThreadsSharingModel()
    {
        var sentences = File.ReadAllLines(TestData.Fixture("news-arcs.tsv")).Skip(1).Select(l => l.Split('\t')[0]).Distinct().ToArray();
        var expected = sentences.Select(t => Run(shipped.Model, t)).ToArray();

        var results = new string[8 * sentences.Length];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, () => new SyntaxSentence(), (k, _, s) =>
        {
            s.Clear();
            s.AddRange(SimpleTokenizer.Tokenize(sentences[k % sentences.Length]));
            shipped.Model.Annotate(s);
            results[k] = Describe(shipped.Model, s);
            return s;
        }, _ => { });

        for (int k = 0; k < results.Length; k++) Assert.Equal(expected[k % sentences.Length], results[k]);
    }

    [Fact]
    public void Features_AddsVoicePass_PassiveParticiple()
    {
        var s = new SyntaxSentence();
        s.AddRange(SimpleTokenizer.Tokenize("The treaty was signed by the two ministers."));
        shipped.Model.Annotate(s);
        Assert.Equal("VBN", shipped.Model.Tags.Xpos(s.Tag[3]));

        var feats = shipped.Model.Features(s, 3).Split('|');

        Assert.Contains("Voice=Pass", feats);
        Assert.Contains("VerbForm=Part", feats);
        Assert.Equal(feats.OrderBy(f => f, StringComparer.OrdinalIgnoreCase), feats);
        Assert.DoesNotContain("Voice=Pass", shipped.Model.Features(s, 2).Split('|'));
    }

    [Fact]
    public void Features_GivesTenseAndNumber_FiniteVerbAndPluralNoun()
    {
        var s = new SyntaxSentence();
        s.AddRange(SimpleTokenizer.Tokenize("Turkey sold armed drones to Ethiopia."));
        shipped.Model.Annotate(s);

        Assert.Contains("Tense=Past", shipped.Model.Features(s, 1).Split('|'));
        Assert.Contains("Number=Plur", shipped.Model.Features(s, 3).Split('|'));
        Assert.Equal("_", shipped.Model.Features(s, 6));
    }

    [Fact]
    public void Annotate_TagsWithoutParsing_ParseFalse()
    {
        var s = new SyntaxSentence();
        s.AddRange(["Turkey", "sold", "drones", "."]);

        shipped.Model.Annotate(s, parse: false);

        Assert.False(s.Parsed);
        Assert.Equal("sell", s.Lemma[1]);
        Assert.All(s.Head[..s.Count], h => Assert.Equal(-1, h));
    }

    private static string Run(SyntaxModel model, string text)
    {
        var s = new SyntaxSentence();
        s.AddRange(SimpleTokenizer.Tokenize(text));
        model.Annotate(s);
        return Describe(model, s);
    }

    private static string Describe(SyntaxModel model, SyntaxSentence s) => string.Join(" ", Enumerable.Range(0, s.Count).Select(i =>
        $"{s.FormString(i)}/{model.Tags.Xpos(s.Tag[i])}/{s.Lemma[i]}/{s.Head[i]}/{s.Relation[i]}"));
}
