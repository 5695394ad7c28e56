using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of news time nouns after the parse (<see cref="TimeNounRepair"/>), with the shipped model.</summary>
public class TimeNounRepairTests
{
    private static readonly Lazy<SyntaxAnnotator> Shared = new(() => new SyntaxAnnotator(TestData.Knowledge.Syntax, new TimeNounRepair(TestData.Knowledge.Words)));

    private static (Doc Doc, Func<string, int> Find) Parsed(string text) => ParsedSentence.With(Shared.Value, text);

    [Theory]
    [InlineData("The Security Council today extended the mission's mandate by a year.", "Council", "today", "extended")]
    [InlineData("Finnish lawmakers Tuesday approved the defence agreement with Washington.", "lawmakers", "Tuesday", "approved")]
    [InlineData("Amnesty today called on the government to free the journalists.", "Amnesty", "today", "called")]
    public void TimeNounRepair_MakesSubject_TimeNounBeforeVerb(string text, string subject, string time, string verb)
    {
        var (doc, find) = Parsed(text);
        int s = find(subject), t = find(time), v = find(verb);
        Assert.Equal(v, doc.Head(s));
        Assert.Equal("nsubj", doc.Tokens[s].Deprel);
        Assert.Equal(v, doc.Head(t));
        Assert.Equal("obl:unmarked", doc.Tokens[t].Deprel);
    }

    [Fact]
    public void TimeNounRepair_MakesOblique_PeriodNounReadAsSecondPassiveSubject()
    {
        var (doc, find) = ParsedSentence.Given("Reporters held by police last month were freed by the army on Friday.",
            "NOUN/NNS/8/nsubj:pass VERB/VBN/1/acl ADP/IN/4/case NOUN/NN/2/obl:agent ADJ/JJ/6/amod NOUN/NN/8/nsubj:pass AUX/VBD/8/aux:pass "
            + "VERB/VBN/0/root ADP/IN/11/case DET/DT/11/det NOUN/NN/8/obl:agent ADP/IN/13/case PROPN/NNP/8/obl PUNCT/./8/punct");
        new TimeNounRepair(TestData.Knowledge.Words).Repair(doc, doc.Sentences[0]);
        int freed = find("freed");
        ParsedSentence.AssertArc(doc, find("month"), freed, "obl:unmarked");
        ParsedSentence.AssertArc(doc, find("Reporters"), freed, "nsubj:pass");
    }

    [Fact]
    public void TimeNounRepair_MakesSubject_NameHungOnAModifiedPeriodReadAsSubject()
    {
        // "Okafor last week criticised the plan." read with "week" the subject and the name an adjective of it
        var (doc, find) = ParsedSentence.Given("Okafor last week criticised the plan.",
            "ADJ/JJ/3/amod ADJ/JJ/3/amod NOUN/NN/4/nsubj VERB/VBD/0/root DET/DT/6/det NOUN/NN/4/obj PUNCT/./4/punct");
        new TimeNounRepair(TestData.Knowledge.Words).Repair(doc, doc.Sentences[0]);
        int criticised = find("criticised");
        ParsedSentence.AssertArc(doc, find("Okafor"), criticised, "nsubj");
        ParsedSentence.AssertArc(doc, find("week"), criticised, "obl:unmarked");
    }

    [Fact]
    public void TimeNounRepair_KeepsSubject_PeriodWithoutATimeModifier()
    {
        // "Lagos week ended" is no time phrase: no "last", "this" or "next"
        var (doc, find) = ParsedSentence.Given("Lagos fashion week ended on Sunday.",
            "PROPN/NNP/3/compound NOUN/NN/3/compound NOUN/NN/4/nsubj VERB/VBD/0/root ADP/IN/6/case PROPN/NNP/4/obl PUNCT/./4/punct");
        new TimeNounRepair(TestData.Knowledge.Words).Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("week"), find("ended"), "nsubj");
    }

    [Fact]
    public void TimeNounRepair_KeepsSubject_PeriodNounIsTheOnlySubject()
    {
        var (doc, find) = ParsedSentence.Given("The election year began in March.",
            "DET/DT/3/det NOUN/NN/3/compound NOUN/NN/4/nsubj VERB/VBD/0/root ADP/IN/6/case PROPN/NNP/4/obl PUNCT/./4/punct");
        new TimeNounRepair(TestData.Knowledge.Words).Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("year"), find("began"), "nsubj");
        ParsedSentence.AssertArc(doc, find("election"), find("year"), "compound");
    }

    [Fact]
    public void TimeNounRepair_MakesOblique_SecondSubjectAfterReportingVerb()
    {
        var (doc, find) = Parsed("Officials said Thursday that the talks had collapsed.");
        int said = find("said"), thursday = find("Thursday");
        Assert.Equal(said, doc.Head(thursday));
        Assert.Equal("obl:unmarked", doc.Tokens[thursday].Deprel);
        Assert.Equal("nsubj", doc.Tokens[find("Officials")].Deprel);
    }

    [Fact]
    public void TimeNounRepair_LeavesParse_TimeNounAsRealSubject()
    {
        // "Tuesday" is the subject here and nothing stands before it
        var (doc, find) = Parsed("Tuesday was the coldest day of the year.");
        Assert.NotEqual("obl:unmarked", doc.Tokens[find("Tuesday")].Deprel);
    }

    [Fact]
    public void TimeNounRepair_GivesTheVerb_ThatClauseHungOnTimeNounAfterIt()
    {
        var (doc, find) = Parsed("The Egyptian president said here Wednesday that Washington must be ready to mediate between the two sides.");
        int said = find("said"), ready = find("ready");
        Assert.Equal(said, doc.Head(ready));
        Assert.Equal("ccomp", doc.Tokens[ready].Deprel);
    }
}
