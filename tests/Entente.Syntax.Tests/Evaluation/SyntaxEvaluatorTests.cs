using System.Globalization;
using System.Text.RegularExpressions;
using Entente.Syntax.Conllu;
using Entente.Syntax.Evaluation;

namespace Entente.Syntax.Tests.Evaluation;

/// <summary>
/// Scores computed by hand: gold made from the model's own output scores 100 everywhere, and each deliberate change
/// to that gold costs exactly one word in exactly the scores it concerns.
/// </summary>
[Collection(MiniModelCollection.Name)]
public class SyntaxEvaluatorTests(MiniModel mini)
{
    private SyntaxModel Model => mini.Model;

    /// <summary>The model's own analysis of a mini-dev sentence, as a gold CoNLL-U sentence.</summary>
    private ConlluSentence OwnOutput(int index = 0)
    {
        var gold = TestData.Read(TestData.MiniDev)[index];
        var s = new SyntaxSentence();
        foreach (var w in gold.Words) s.Add(w.Form);
        Model.Annotate(s);
        var words = Enumerable.Range(0, s.Count).Select(i => new ConlluWord(
            s.FormString(i), s.Lemma[i], Model.Tags.Upos(s.Tag[i]), Model.Tags.Xpos(s.Tag[i]), "_",
            s.Head[i] + 1, Model.Relations[s.Relation[i]])).ToList();
        return new ConlluSentence(["sent_id = own"], words, []);
    }

    [Fact]
    public void Evaluate_Scores100_ModelsOwnOutputAsGold()
    {
        var gold = OwnOutput();
        var scores = SyntaxEvaluator.Evaluate(Model, [gold]);

        Assert.Equal(new SyntaxScores(100, 100, 100, 100, 100, 100, 1, gold.Words.Count, 0), scores);
        Assert.Equal($"UPOS=100.00 XPOS=100.00 LEMMA=100.00 UAS=100.00 LAS=100.00 sentences=1 tokens={gold.Words.Count}", scores.ToString());
    }

    [Fact]
    public void Combine_GivesTheScoresOfAllWordsTogether_TwoTreebanks()
    {
        // 3 of 4 words right and 1 of 6: together 4 of 10
        var a = new SyntaxScores(75, 75, 75, 75, 50, 50, 1, 4, 0);
        var b = new SyntaxScores(100.0 / 6, 100.0 / 6, 100.0 / 6, 100.0 / 6, 0, 0, 2, 6, 1);

        var total = SyntaxScores.Combine([a, b]);

        Assert.Equal("UPOS=40.00 XPOS=40.00 LEMMA=40.00 UAS=40.00 LAS=20.00 sentences=3 tokens=10", total.ToString());
        Assert.Equal(1, total.Unparsed);
        Assert.Same(a, SyntaxScores.Combine([a]));
    }

    [Fact]
    public void Evaluate_CountsEachChangedWordOnce_GoldWithOneChangePerScore()
    {
        var own = OwnOutput();
        int n = own.Words.Count;
        var words = own.Words.ToList();
        int root = words.FindIndex(w => w.Head == 0);
        int[] others = [.. Enumerable.Range(0, n).Where(i => i != root)];
        Assert.True(others.Length >= 5, "the sentence is too short for this test");
        // word a: another UPOS (its XPOS kept); b: another XPOS; c: another lemma; d: another head; e: another relation
        // with the same universal part (LAS keeps it, the full-label LAS does not); the root: another universal relation
        int a = others[0], b = others[1], c = others[2], d = others[3], e = others[4];
        words[a] = words[a] with { Upos = words[a].Upos == "X" ? "SYM" : "X" };
        words[b] = words[b] with { Xpos = words[b].Xpos == "FW" ? "LS" : "FW" };
        words[c] = words[c] with { Lemma = words[c].Lemma + "-not" };
        words[d] = words[d] with { Head = Enumerable.Range(1, n).First(h => h != words[d].Head && h != d + 1) }; // heads are 1-based
        words[e] = words[e] with { Deprel = words[e].Deprel.Contains(':') ? words[e].Deprel.Split(':')[0] : words[e].Deprel + ":sub" };
        words[root] = words[root] with { Deprel = "dep" };
        Assert.NotEqual(own.Words[d].Head, words[d].Head);

        var scores = SyntaxEvaluator.Evaluate(Model, [own with { Words = words }]);

        double One(int wrong) => 100.0 * (n - wrong) / n;
        Assert.Equal(One(1), scores.Upos, 9);
        Assert.Equal(One(1), scores.Xpos, 9);
        Assert.Equal(One(1), scores.Lemma, 9);
        Assert.Equal(One(1), scores.Uas, 9);
        Assert.Equal(One(2), scores.Las, 9);      // d (head) and the root (relation)
        Assert.Equal(One(3), scores.LasFull, 9);  // and e (subtype)
        var f = (double x) => x.ToString("F2", CultureInfo.InvariantCulture);
        Assert.Equal($"UPOS={f(One(1))} XPOS={f(One(1))} LEMMA={f(One(1))} UAS={f(One(1))} LAS={f(One(2))} sentences=1 tokens={n}", scores.ToString());
    }

    [Fact]
    public void Evaluate_AddsUpSentences_TwoSentences()
    {
        var first = OwnOutput(0);
        var second = OwnOutput(1);
        var broken = second with { Words = [.. second.Words.Select(w => w with { Upos = "X" })] };

        var scores = SyntaxEvaluator.Evaluate(Model, [first, broken]);

        int n1 = first.Words.Count, n2 = second.Words.Count;
        Assert.Equal(2, scores.Sentences);
        Assert.Equal(n1 + n2, scores.Words);
        Assert.Equal(100.0 * n1 / (n1 + n2), scores.Upos, 9);
        Assert.Equal(100, scores.Uas, 9);
    }

    [Fact]
    public void Evaluate_ComparesXposWithUpos_GoldWithoutXpos()
    {
        // a treebank without XPOS ("_") is read with XPOS = UPOS, so a model trained on it is scored the same way
        var own = OwnOutput();
        var gold = own with { Words = [.. own.Words.Select(w => w with { Xpos = "_" })] };

        var scores = SyntaxEvaluator.Evaluate(Model, [gold]);

        int same = own.Words.Count(w => w.Xpos == w.Upos);
        Assert.Equal(100.0 * same / own.Words.Count, scores.Xpos, 9);
    }

    [Fact]
    public void Evaluate_WritesPredictionsAsConllu_PredictionsWriter()
    {
        var gold = TestData.Read(TestData.MiniDev);
        var writer = new StringWriter { NewLine = "\n" };

        var scores = SyntaxEvaluator.Evaluate(Model, gold, writer);
        var predicted = ConlluReader.Read(new StringReader(writer.ToString()), "predictions").ToList();

        Assert.Equal(gold.Count, predicted.Count);
        Assert.Equal(scores, SyntaxEvaluator.Evaluate(Model, gold));
        var s = new SyntaxSentence();
        for (int k = 0; k < gold.Count; k++)
        {
            Assert.Equal(gold[k].Comments, predicted[k].Comments);
            Assert.Equal(gold[k].Ranges, predicted[k].Ranges);
            s.Clear();
            foreach (var w in gold[k].Words) s.Add(w.Form);
            Model.Annotate(s);
            for (int i = 0; i < s.Count; i++)
            {
                var p = predicted[k].Words[i];
                Assert.Equal(gold[k].Words[i].Form, p.Form);
                Assert.Equal(Model.Tags.Upos(s.Tag[i]), p.Upos);
                Assert.Equal(Model.Tags.Xpos(s.Tag[i]), p.Xpos);
                Assert.Equal(s.Lemma[i], p.Lemma);
                Assert.Equal(Model.Features(s, i), p.Feats);
                Assert.Equal(s.Head[i] + 1, p.Head);
                Assert.Equal(Model.Relations[s.Relation[i]], p.Deprel);
            }
        }
    }

    [Fact]
    public void Evaluate_WritesNoHeads_UnparsedSentence()
    {
        var limited = new SyntaxModel(Model.Tagger, Model.Lemmatizer, Model.Morphology, Model.Parser, Model.Metadata) { MaxParseWords = 3 };
        var writer = new StringWriter { NewLine = "\n" };

        SyntaxEvaluator.Evaluate(limited, TestData.Read(TestData.MiniDev).Take(1), writer);
        var predicted = ConlluReader.Read(new StringReader(writer.ToString())).Single();

        Assert.All(predicted.Words, w => { Assert.Equal(-1, w.Head); Assert.Equal("_", w.Deprel); });
        Assert.Contains("\t_\t_\t_\t", writer.ToString()); // HEAD DEPREL DEPS
    }

    [Fact]
    public void Evaluate_GivesZeros_NoSentences()
    {
        var scores = SyntaxEvaluator.Evaluate(Model, []);

        Assert.Equal(new SyntaxScores(0, 0, 0, 0, 0, 0, 0, 0, 0), scores);
        Assert.Equal("UPOS=0.00 XPOS=0.00 LEMMA=0.00 UAS=0.00 LAS=0.00 sentences=0 tokens=0", scores.ToString());
    }

    [Fact]
    public void ToString_UsesInvariantTwoDecimals_AnyCulture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            // the build is globalization-invariant: a clone with a decimal comma stands in for a culture such as de-DE
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            CultureInfo.CurrentCulture = comma;
            Assert.Equal("1,50", 1.5.ToString("F2"));
            var s = new SyntaxScores(95.614, 94.8, 97.1, 86.2049, 83.1, 80, 2077, 25094, 0).ToString();
            Assert.Equal("UPOS=95.61 XPOS=94.80 LEMMA=97.10 UAS=86.20 LAS=83.10 sentences=2077 tokens=25094", s);
            Assert.Matches(new Regex(@"^UPOS=\d+\.\d\d XPOS=\d+\.\d\d LEMMA=\d+\.\d\d UAS=\d+\.\d\d LAS=\d+\.\d\d sentences=\d+ tokens=\d+$"), s);
        }
        finally { CultureInfo.CurrentCulture = before; }
    }

    [Fact]
    public void Evaluate_CountsUnparsed_SentenceLongerThanLimit()
    {
        var limited = new SyntaxModel(Model.Tagger, Model.Lemmatizer, Model.Morphology, Model.Parser, Model.Metadata) { MaxParseWords = 3 };
        var gold = TestData.Read(TestData.MiniDev);

        var scores = SyntaxEvaluator.Evaluate(limited, gold);

        Assert.Equal(gold.Count, scores.Unparsed);
        Assert.Equal(SyntaxEvaluator.Evaluate(Model, gold).Upos, scores.Upos, 9);
    }

    [Fact]
    public void Evaluate_GivesNoAttachmentScore_UnparsedSentence()
    {
        var limited = new SyntaxModel(Model.Tagger, Model.Lemmatizer, Model.Morphology, Model.Parser, Model.Metadata) { MaxParseWords = 3 };

        var scores = SyntaxEvaluator.Evaluate(limited, TestData.Read(TestData.MiniDev));

        Assert.Equal(0, scores.Uas);
        Assert.Equal(0, scores.Las);
    }
}
