using Entente.Core.Knowledge;

namespace Entente.Core.Tests.Knowledge;

/// <summary>Words reporting an intent (data/cameo/intent-verbs.tsv): shipped rows, a user's row, and file:line errors.</summary>
public class IntentVerbsTests
{
    private const string Header = "# entente-data: 1\n# kind: intent-verbs\n# description: test\n# date: 2026-12-06\nword\tpos\tcameo\tstatus\tnote\n";

    [Fact]
    public void IntentVerbs_KnowVerbsAndAdjectivesApart_ShippedRows()
    {
        var intents = TestData.Knowledge.Intents;
        Assert.Equal("030", intents.Of("agree", adjective: false)?.Cameo);
        Assert.Equal("030", intents.Of("prepared", adjective: true)?.Cameo);
        Assert.Null(intents.Of("prepared", adjective: false));
        Assert.Null(intents.Of("say", adjective: false));
        Assert.StartsWith("data/cameo/intent-verbs.tsv:", intents.Of("agree", adjective: false)!.Origin);
        // an intent announces a planned act; a refusal is reported
        Assert.True(intents.Planned(intents.Of("agree", adjective: false)!));
        Assert.False(intents.Planned(intents.Of("refuse", adjective: false)!));
    }

    [Fact]
    public void IntentVerbs_TakeAUsersRow_FromADictionary()
    {
        UserDictionary.With(Header + "consent\tverb\t030\tplanned\tconsented to\n", file =>
        {
            var kb = KnowledgeBase.Load(UserDictionary.DataDir, [file]);
            Assert.Equal($"{file}:6", kb.Intents.Of("consent", adjective: false)?.Origin);
            return 0;
        });
    }

    [Theory]
    [InlineData("agree\tnoun\t030\tplanned\tx\n", "pos 'noun' is unknown")]
    [InlineData("agree\tverb\t999\tplanned\tx\n", "'999' is not a CAMEO code")]
    [InlineData("agree\tverb\t030\tdone\tx\n", "status 'done' is unknown")]
    [InlineData("agree to\tverb\t030\tplanned\tx\n", "more than one word")]
    public void IntentVerbs_FailWithFileAndLine_BadRow(string row, string message)
    {
        UserDictionary.With(Header + row, file =>
        {
            var ex = Assert.Throws<DataFileException>(() => KnowledgeBase.Load(UserDictionary.DataDir, [file]));
            Assert.StartsWith($"{file}:6: ", ex.Message);
            Assert.Contains(message, ex.Message);
            return 0;
        });
    }
}
