using Entente.Core.Pipeline;
using Entente.Core.Text;

namespace Entente.Core.Tests.Actors;

/// <summary>Bare agents before a lower-case word are settled by the parse (sentences written for these tests).</summary>
public class TentativeAgentsTests
{
    private static AnalyzedDocument Analyze(string text) => TestData.Analyze(text);

    [Theory]
    [InlineData("Officers met at the police station in Lagos on Monday.", "police")]
    [InlineData("Crowds gathered near the army base in Kano and shouted slogans.", "army")]
    [InlineData("Zambia has asked for military aid from its neighbours, officials in Lusaka said.", "military")]
    public void TentativeAgents_DropsTheAgent_WhenTheParseMakesItAModifier(string text, string word)
        => Assert.DoesNotContain(Analyze(text).Entities, e => e.Text.Equals(word, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void TentativeAgents_KeepsTheAgent_WhenTheParseMakesItASubject()
    {
        var r = Analyze("In Harare, Zimbabwe's opposition demanded that the government resign.");
        var gov = Assert.Single(r.Entities, e => e.Text == "government");
        Assert.Equal("ZWE", gov.Code);
        var e = Assert.Single(r.Events);
        Assert.Equal(("ZWE", "OPP", "ZWE", "GOV"), (e.Source.Code, e.Source.Role, e.Target.Code, e.Target.Role));
    }

    [Fact]
    public void TentativeAgents_HandsBackTheModifierAsOwner_WhenTheParseMakesItAModifier()
    {
        var doc = SentenceSplitter.Default.Split("Officers met at the police station in Lagos on Monday.");
        new SyntaxAnnotator(TestData.Knowledge.Syntax).Annotate(doc);
        var actors = new Entente.Core.Actors.ActorRecognizer(TestData.Knowledge.Actors) { KeepUnplacedAgents = true }.Recognize(doc);
        var owners = new List<Entente.Core.Actors.ActorMention>();
        var kept = Entente.Core.Actors.TentativeAgents.Settle(doc, actors, owners);
        var police = Assert.Single(owners);
        Assert.Equal(("police", "COP", true), (police.Text, police.Role, police.Modifier));
        Assert.DoesNotContain(kept, a => a.Text == "police");
    }
}
