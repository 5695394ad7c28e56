using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The syntax stage with the shipped model: what it writes on a <see cref="Doc"/>, what it leaves alone, and a few arcs any decent parser gets.</summary>
public class SyntaxAnnotatorTests
{
    private static readonly Lazy<SyntaxAnnotator> Shared = new(() => new SyntaxAnnotator(TestData.Knowledge.Syntax));
    private static SyntaxAnnotator Annotator => Shared.Value;

    private const string ThreeSentences =
        "Turkey closed its airspace to Russian planes on Monday. Officials in Ankara didn't explain the decision. " +
        "The talks were held in Geneva.";

    private static Doc Annotated(string text, bool[]? selected = null)
    {
        var doc = SentenceSplitter.Default.Split(text);
        Assert.Empty(Annotator.Annotate(doc, selected));
        return doc;
    }

    /// <summary>The first token whose surface is <paramref name="surface"/>.</summary>
    private static int Find(Doc doc, string surface, int from = 0)
    {
        for (int i = from; i < doc.TokenCount; i++)
            if (doc.Surface(i).SequenceEqual(surface)) return i;
        throw new InvalidOperationException($"no token '{surface}' in: {doc.Text}");
    }

    private static void AssertWellFormedParse(Doc doc, Sentence s)
    {
        Assert.True(doc.IsParsed(s), $"sentence {s.Index} not parsed");
        int roots = 0;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            var t = doc.Tokens[i];
            Assert.NotEqual(Upos.None, t.Upos);
            Assert.False(string.IsNullOrEmpty(t.Lemma), $"token {i} '{doc.Surface(i)}' has no lemma");
            Assert.False(string.IsNullOrEmpty(t.Xpos));
            Assert.NotNull(t.FeatsText);
            Assert.NotNull(t.Deprel);
            if (t.IsRoot) { roots++; Assert.Equal("root", t.Deprel); continue; }
            Assert.InRange(t.Head, s.FirstToken, s.EndToken - 1);
            Assert.NotEqual(i, t.Head);
        }
        Assert.Equal(1, roots);
        // a tree: from every token the heads lead to the root without a cycle
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            int h = i, steps = 0;
            while (doc.Head(h) >= 0) { h = doc.Head(h); Assert.True(++steps <= s.TokenCount, $"cycle through token {i}"); }
            Assert.True(doc.Tokens[h].IsRoot);
        }
    }

    [Fact]
    public void Annotate_TagsLemmatisesAndParsesEveryToken_ThreeSentences()
    {
        var doc = Annotated(ThreeSentences);
        Assert.Equal(3, doc.Sentences.Count);
        foreach (var s in doc.Sentences) AssertWellFormedParse(doc, s);
        Assert.Equal("close", doc.Tokens[Find(doc, "closed")].Lemma);
        Assert.Equal("hold", doc.Tokens[Find(doc, "held")].Lemma);
        Assert.Equal(Upos.PROPN, doc.Tokens[Find(doc, "Geneva")].Upos);
        // Children is the inverse of Head
        int closed = Find(doc, "closed");
        foreach (int c in doc.Children(closed)) Assert.Equal(closed, doc.Head(c));
        Assert.Contains(Find(doc, "Turkey"), ChildrenOf(doc, closed));
    }

    private static List<int> ChildrenOf(Doc doc, int token)
    {
        var list = new List<int>();
        foreach (int c in doc.Children(token)) list.Add(c);
        return list;
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, true, false)]
    [InlineData(false, false, false)]
    public void Annotate_LeavesUnselectedSentencesUntouched_WhenSelectionGiven(bool first, bool second, bool third)
    {
        bool[] selected = [first, second, third];
        var doc = Annotated(ThreeSentences, selected);
        foreach (var s in doc.Sentences)
        {
            if (selected[s.Index]) { AssertWellFormedParse(doc, s); continue; }
            Assert.False(doc.IsParsed(s));
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                var t = doc.Tokens[i];
                Assert.Equal(Upos.None, t.Upos);
                Assert.Null(t.Lemma);
                Assert.Null(t.Xpos);
                Assert.False(t.HasParse);
                Assert.Equal(-1, t.Head);
                Assert.Empty(ChildrenOf(doc, i));
            }
        }
    }

    [Fact]
    public void Annotate_WarnsAndTagsWithoutParsing_WhenSentenceIsLongerThanTheLimit()
    {
        int limit = Annotator.Model.MaxParseWords;
        int words = Math.Max(400, limit + 1);
        var filler = string.Join(' ', Enumerable.Range(0, words - 6).Select(i => i % 3 == 2 ? "and" : i % 3 == 0 ? "more" : "drones"));
        var text = "Iran sent drones to Russia. Officials listed " + filler + ". Moscow thanked Tehran.";
        var doc = SentenceSplitter.Default.Split(text);
        Assert.Equal(3, doc.Sentences.Count);
        var longOne = doc.Sentences[1];
        Assert.True(longOne.TokenCount > limit);

        var warning = Assert.Single(Annotator.Annotate(doc));
        Assert.Contains("sentence 2 ", warning);
        Assert.Contains($"{longOne.TokenCount} tokens", warning);
        Assert.Contains(limit.ToString(), warning);

        Assert.False(doc.IsParsed(longOne));
        for (int i = longOne.FirstToken; i < longOne.EndToken; i++)
        {
            Assert.NotEqual(Upos.None, doc.Tokens[i].Upos);
            Assert.NotNull(doc.Tokens[i].Lemma);
            Assert.False(doc.Tokens[i].HasParse);
        }
        Assert.Equal("drone", doc.Tokens[longOne.FirstToken + 3].Lemma);
        // the sentences around it are parsed as usual
        AssertWellFormedParse(doc, doc.Sentences[0]);
        AssertWellFormedParse(doc, doc.Sentences[2]);
    }

    [Theory]
    [InlineData("Iran\u2019s navy seized a tanker near Hormuz.", "Iran's navy seized a tanker near Hormuz.")]
    [InlineData("Officials said they didn\u2019t expect a deal.", "Officials said they didn't expect a deal.")]
    [InlineData("Moscow called the plan \u201Cunacceptable\u201D on Friday.", "Moscow called the plan \"unacceptable\" on Friday.")]
    public void Annotate_GivesTypographicQuotesTheSameAnalysis_AsStraightOnes(string curly, string straight)
    {
        static List<(Upos, string?, string?, string?, int, string?)> Analysis(Doc d)
            => [.. d.Tokens.Take(d.TokenCount).Select(t => (t.Upos, t.Xpos, t.Lemma, t.FeatsText, t.Head, t.Deprel))];
        var a = Annotated(curly);
        var b = Annotated(straight);
        Assert.Equal(b.TokenCount, a.TokenCount);
        Assert.Equal(Analysis(b), Analysis(a));
        Assert.True(a.IsParsed(0));
    }

    [Theory]
    [InlineData("?!... --- !!!")]
    [InlineData("Iran \U0001F680 sent \u0625\u064A\u0631\u0627\u0646 drones\u200D to \U0001F469\u200D\U0001F469\u200D\U0001F467 Russia\u200B.")]
    [InlineData("\u05D9\u05E9\u05E8\u05D0\u05DC \u202Eredro\u202C \u0645\u0631\u062D\u0628\u0627 \uFEFF!")]
    [InlineData("\u00A7 12 \u2014 \u20AC5bn / \u00BD \u2026")]
    public void Annotate_DoesNotThrow_WhenTextIsPunctuationOrOddUnicode(string text)
    {
        var doc = SentenceSplitter.Default.Split(text);
        Assert.NotEqual(0, doc.TokenCount);
        var warnings = Annotator.Annotate(doc);
        Assert.Empty(warnings);
        foreach (var s in doc.Sentences) AssertWellFormedParse(doc, s);
    }

    [Fact]
    public void Annotate_DoesNothing_WhenDocIsEmpty()
    {
        var doc = SentenceSplitter.Default.Split("");
        Assert.Empty(Annotator.Annotate(doc));
        Assert.Equal(0, doc.TokenCount);
    }

    [Theory]
    // subject and object of a simple transitive
    [InlineData("Iran sent drones to Russia.", "Iran", "nsubj", "sent")]
    [InlineData("Iran sent drones to Russia.", "drones", "obj", "sent")]
    [InlineData("Iran sent drones to Russia.", "Russia", "obl", "sent")]
    [InlineData("Iran sent drones to Russia.", "to", "case", "Russia")]
    // passive with an agent
    [InlineData("The deal was signed by both ministers.", "deal", "nsubj:pass", "signed")]
    [InlineData("The deal was signed by both ministers.", "was", "aux:pass", "signed")]
    [InlineData("The deal was signed by both ministers.", "ministers", "obl:agent", "signed")]
    // possessive clitic
    [InlineData("Russia's army withdrew from the town.", "'s", "case", "Russia")]
    [InlineData("Russia's army withdrew from the town.", "Russia", "nmod:poss", "army")]
    [InlineData("Russia's army withdrew from the town.", "army", "nsubj", "withdrew")]
    // negation split off its auxiliary
    [InlineData("Beijing didn't condemn the strike.", "n't", "advmod", "condemn")]
    [InlineData("Beijing didn't condemn the strike.", "did", "aux", "condemn")]
    [InlineData("Beijing didn't condemn the strike.", "strike", "obj", "condemn")]
    // a clausal complement of a reporting verb
    [InlineData("Kyiv said Moscow launched the missiles.", "launched", "ccomp", "said")]
    [InlineData("Kyiv said Moscow launched the missiles.", "Moscow", "nsubj", "launched")]
    public void Annotate_FindsArc_SimpleNewsSentence(string sentence, string dependent, string relation, string head)
    {
        var doc = Annotated(sentence);
        int d = Find(doc, dependent);
        Assert.Equal(relation, doc.Tokens[d].Deprel);
        Assert.Equal(head, doc.Surface(doc.Head(d)).ToString());
    }

    [Theory]
    [InlineData("Iran sent drones to Russia.", "sent")]
    [InlineData("The deal was signed by both ministers.", "signed")]
    [InlineData("Beijing didn't condemn the strike.", "condemn")]
    public void Annotate_RootsTheMainVerb_SimpleNewsSentence(string sentence, string root)
    {
        var doc = Annotated(sentence);
        Assert.True(doc.Tokens[Find(doc, root)].IsRoot);
    }

    [Fact]
    public void Annotate_WritesNegationAndPassiveFeatures_WhenTheModelGivesThem()
    {
        var doc = Annotated("Beijing didn't condemn the strike. The deal was signed by both ministers.");
        var not = doc.Tokens[Find(doc, "n't")];
        Assert.Equal(Upos.PART, not.Upos);
        Assert.Equal("not", not.Lemma);
        Assert.Equal("Polarity=Neg", not.FeatsText);
        Assert.True(not.Feats.HasFlag(MorphFeats.PolarityNeg));
        Assert.Equal("do", doc.Tokens[Find(doc, "did")].Lemma);
        Assert.Equal(Upos.AUX, doc.Tokens[Find(doc, "did")].Upos);

        var signed = doc.Tokens[Find(doc, "signed")];
        Assert.Equal("VBN", signed.Xpos);
        Assert.True(signed.Feats.HasFlag(MorphFeats.VoicePass), signed.FeatsText);
        Assert.True(signed.Feats.HasFlag(MorphFeats.VerbFormPart), signed.FeatsText);
        Assert.Contains("Voice=Pass", signed.FeatsText);
        // the bits agree with the text of the features
        Assert.Equal(UdFeatures.Parse(signed.FeatsText), signed.Feats);
        Assert.True(doc.Tokens[Find(doc, "ministers")].Feats.HasFlag(MorphFeats.NumberPlur));
    }

    [Fact]
    public void Annotate_GivesTheSameAnalysis_WhenCalledFromManyThreads()
    {
        var expected = Annotated(ThreeSentences);
        var results = new Doc[16];
        Parallel.For(0, results.Length, i => results[i] = Annotated(ThreeSentences));
        foreach (var d in results)
            for (int i = 0; i < expected.TokenCount; i++)
                Assert.Equal(expected.Tokens[i], d.Tokens[i]);
    }
}
