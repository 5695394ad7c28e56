using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

public class DocTests
{
    // tokens: Iran(0) sent(1) drones(2) .(3) | Russia(4) paid(5) .(6)
    private const string Text = "Iran sent drones. Russia paid.";

    private static Doc Parsed()
    {
        var d = SentenceSplitter.Default.Split(Text);
        d.SetSyntax(0, Upos.PROPN, "NNP", "Iran", MorphFeats.NumberSing, 1, "nsubj");
        d.SetSyntax(1, Upos.VERB, "VBD", "send", MorphFeats.MoodInd | MorphFeats.TensePast | MorphFeats.VerbFormFin, -1, "root");
        d.SetSyntax(2, Upos.NOUN, "NNS", "drone", MorphFeats.NumberPlur, 1, "obj");
        d.SetSyntax(3, Upos.PUNCT, ".", ".", MorphFeats.None, 1, "punct");
        return d;
    }

    [Fact]
    public void Doc_ReadsNoParse_WhenFreshFromTheTokenizer()
    {
        var d = SentenceSplitter.Default.Split(Text);
        Assert.All(d.Tokens.Take(d.TokenCount), t =>
        {
            Assert.Equal(-1, t.Head);
            Assert.False(t.HasParse);
            Assert.False(t.IsRoot);
            Assert.Equal(Upos.None, t.Upos);
            Assert.Null(t.Lemma);
        });
        Assert.False(d.IsParsed(0));
        Assert.Empty(Children(d, 1));
        Assert.Equal(-1, d.Head(0));
    }

    [Fact]
    public void Doc_WritesTagsAndParse_WhenSyntaxIsSet()
    {
        var d = Parsed();
        var sent = d.Tokens[1];
        Assert.Equal(Upos.VERB, sent.Upos);
        Assert.Equal("VBD", sent.Xpos);
        Assert.Equal("send", sent.Lemma);
        Assert.True((sent.Feats & MorphFeats.TensePast) != 0);
        Assert.True(sent.IsRoot);
        Assert.Equal(-1, d.Head(1));
        Assert.Equal(1, d.Head(0));
        Assert.Equal("nsubj", d.Tokens[0].Deprel);
        Assert.Equal(5, sent.Start); // the text slice is untouched
        Assert.Equal(new[] { 0, 2, 3 }, Children(d, 1));
        Assert.Empty(Children(d, 2));
        Assert.True(d.IsParsed(0));
        Assert.False(d.IsParsed(d.Sentences[1]));
    }

    [Fact]
    public void Doc_KeepsTagsWithoutParse_WhenOnlyATaggerRan()
    {
        var d = SentenceSplitter.Default.Split(Text);
        d.SetSyntax(4, Upos.PROPN, "NNP", "Russia", MorphFeats.NumberSing);
        Assert.Equal(Upos.PROPN, d.Tokens[4].Upos);
        Assert.False(d.Tokens[4].HasParse);
        Assert.Equal(-1, d.Tokens[4].Head);
    }

    [Theory]
    [InlineData(0, 4)]   // head in the next sentence
    [InlineData(0, 0)]   // its own head
    [InlineData(0, 99)]  // outside the document
    [InlineData(99, -1)] // no such token
    public void Doc_RejectsSyntax_WhenHeadOrTokenIsOutsideTheSentence(int token, int head)
    {
        var d = SentenceSplitter.Default.Split(Text);
        Assert.Throws<ArgumentOutOfRangeException>(() => d.SetSyntax(token, Upos.NOUN, null, null, MorphFeats.None, head, "dep"));
    }

    [Fact]
    public void Doc_RejectsSyntax_WhenHeadHasNoRelation()
    {
        var d = SentenceSplitter.Default.Split(Text);
        Assert.Throws<ArgumentException>(() => d.SetSyntax(0, Upos.PROPN, null, null, MorphFeats.None, 1, null));
    }

    [Theory]
    [InlineData(0, 4, 0, 1)]   // "Iran"
    [InlineData(5, 16, 1, 3)]  // "sent drones"
    [InlineData(2, 7, 0, 2)]   // part of "Iran" and of "sent"
    [InlineData(16, 17, 3, 4)] // "."
    [InlineData(17, 18, 4, 4)] // the space: no token, empty range where "Russia" starts
    [InlineData(18, 30, 4, 7)] // "Russia paid."
    public void Doc_FindsTokenRange_WhenGivenCharacterOffsets(int start, int end, int first, int endToken)
        => Assert.Equal((first, endToken), SentenceSplitter.Default.Split(Text).TokenRange(start, end));

    [Theory]
    [InlineData(0, 0)]   // "Iran"
    [InlineData(5, 1)]   // "sent"
    [InlineData(18, 4)]  // "Russia"
    [InlineData(2, -1)]  // inside "Iran"
    [InlineData(17, -1)] // the space
    public void Doc_FindsTokenStartingAtOffset_OnlyAtATokensFirstCharacter(int offset, int token)
        => Assert.Equal(token, SentenceSplitter.Default.Split(Text).TokenStartingAt(offset));

    [Fact]
    public void Doc_FindsChildTowardsAncestor_AndCoordinationIsNotGoverned()
    {
        var (doc, find) = ParsedSentence.Given("Iran denied it and accused Kyiv of lying.",
            "PROPN/NNP/2/nsubj VERB/VBD/0/root PRON/PRP/2/obj CCONJ/CC/5/cc VERB/VBD/2/conj PROPN/NNP/5/obj SCONJ/IN/8/mark VERB/VBG/5/advcl PUNCT/./2/punct");
        int denied = find("denied"), accused = find("accused"), lying = find("lying");
        Assert.Equal(accused, doc.ChildTowards(lying, denied));
        Assert.Equal(lying, doc.ChildTowards(lying, accused));
        Assert.Equal(-1, doc.ChildTowards(denied, accused));
        Assert.Equal(-1, doc.ChildTowards(denied, denied));
        Assert.Equal(-1, doc.ChildTowards(lying, denied, depth: 1));
        Assert.True(doc.IsGovernedBy(lying, accused));
        Assert.False(doc.IsGovernedBy(lying, denied));
    }

    [Fact]
    public void Doc_KeepsSpansInOrderAdded_WhenStagesAddThem()
    {
        var d = SentenceSplitter.Default.Split(Text);
        Assert.Empty(d.Spans);
        d.AddSpan(new Span(4, 5, 18, 24, SpanLabel.State, "RUS"));
        d.AddSpans([new Span(0, 1, 0, 4, SpanLabel.State, "IRN"), new Span(2, 3, 10, 16, SpanLabel.Equipment)]);
        Assert.Equal(new[] { "RUS", "IRN", null }, d.Spans.Select(s => s.Code));
        Assert.Equal("drones", d.SurfaceString(d.Spans[2].FirstToken, d.Spans[2].EndToken));
        Assert.Throws<ArgumentOutOfRangeException>(() => d.AddSpan(new Span(6, 9, 29, 40, SpanLabel.Date)));
    }

    [Theory]
    [InlineData(MorphFeats.None, "_")]
    [InlineData(MorphFeats.MoodInd | MorphFeats.TensePast | MorphFeats.VerbFormFin, "Mood=Ind|Tense=Past|VerbForm=Fin")]
    [InlineData(MorphFeats.VerbFormPart | MorphFeats.VoicePass | MorphFeats.TensePast, "Tense=Past|VerbForm=Part|Voice=Pass")]
    [InlineData(MorphFeats.NumberSing | MorphFeats.NumberPlur | MorphFeats.Poss, "Number=Plur,Sing|Poss=Yes")]
    [InlineData(MorphFeats.PolarityNeg, "Polarity=Neg")]
    public void UdFeatures_FormatsAndParsesConllu_WhenFeaturesAreSet(MorphFeats feats, string conllu)
    {
        Assert.Equal(conllu, UdFeatures.Format(feats));
        Assert.Equal(feats, UdFeatures.Parse(conllu));
    }

    [Fact]
    public void UdFeatures_IgnoresUnknownFeatures_WhenParsing()
        => Assert.Equal(MorphFeats.NumberSing | MorphFeats.PronTypeRel, UdFeatures.Parse("Case=Nom|Number=Sing|Person=3|PronType=Rel,Int"));

    private static int[] Children(Doc d, int token)
    {
        var result = new List<int>();
        foreach (var c in d.Children(token)) result.Add(c);
        return [.. result];
    }
}
