using Entente.Core.Knowledge;

namespace Entente.Core.Tests.Knowledge;

/// <summary>What refusing an act is in CAMEO (data/cameo/refusals.tsv): shipped rows, longest prefix, file:line errors, user rows.</summary>
public class ActCodeMapTests
{
    private const string Header = "# entente-data: 1\n# kind: refusals\n# description: test refusals\n# date: 2026-12-06\nact\trefusal\tnote\n";

    private static string DataDir => UserDictionary.DataDir;

    private static T WithFile<T>(string content, Func<string, T> use) => UserDictionary.With(content, use);

    [Theory]
    [InlineData("040", "125")]   // meeting → reject a proposal to meet
    [InlineData("0841", "1243")] // releasing prisoners → refuse to release
    [InlineData("072", "1222")]  // military aid → reject a request for military aid
    [InlineData("0831", "1231")] // resigning → refuse a change in leadership
    [InlineData("057", "127")]   // signing an agreement → reject the agreement
    public void ActCodeMap_RefusalMapsTheLongestPrefix_ShippedRows(string act, string expected)
    {
        Assert.True(TestData.Knowledge.Refusals.TryMap(act, out var refusal, out var origin));
        Assert.Equal(expected, refusal);
        Assert.Contains("refusals.tsv:", origin);
    }

    [Theory]
    [InlineData("190")] // a refused attack is no event
    [InlineData("020")] // nor a refused appeal
    public void ActCodeMap_RefusalHasNoRow_ConflictOrAppeal(string act)
    {
        Assert.False(TestData.Knowledge.Refusals.TryMap(act, out _, out _));
    }

    [Theory]
    [InlineData("040\t190\tnot a rejection\n", "not a CAMEO refusal code")]
    [InlineData("999\t125\tno such act\n", "not a CAMEO code")]
    public void ActCodeMap_RefusalFailsWithFileAndLine_BadRow(string row, string message)
    {
        WithFile(Header + row, file =>
        {
            var ex = Assert.Throws<DataFileException>(() => KnowledgeBase.Load(DataDir, [file]));
            Assert.StartsWith($"{file}:6: ", ex.Message);
            Assert.Contains(message, ex.Message);
            return 0;
        });
    }

    [Fact]
    public void ActCodeMap_RefusalUserRowOverrides_DictionaryGiven()
    {
        var kb = WithFile(Header + "040\t126\trefusing a meeting is refusing mediation here\n", file => KnowledgeBase.Load(DataDir, [file]));
        Assert.True(kb.Refusals.TryMap("040", out var refusal, out var origin));
        Assert.Equal("126", refusal);
        Assert.Contains("mine.tsv:6", origin);
        Assert.True(TestData.Knowledge.Refusals.TryMap("040", out var shipped, out _));
        Assert.Equal("125", shipped);
    }

    [Theory]
    [InlineData("0841", "1053")] // releasing prisoners → demand their release
    [InlineData("060", "101")]   // cooperating → demand material cooperation
    [InlineData("045", "108")]   // mediating → demand mediation
    [InlineData("0874", "1056")] // withdrawing troops → demand de-escalation
    public void ActCodeMap_MapsDemandedAct_ShippedRows(string act, string expected)
    {
        Assert.True(TestData.Knowledge.Demands.TryMap(act, out var demand, out var origin));
        Assert.Equal(expected, demand);
        Assert.Contains("demands.tsv:", origin);
    }

    [Theory]
    [InlineData("071", "0331")]  // a grant promised → intent to provide economic aid
    [InlineData("0841", "0353")] // prisoners to be freed → intent to release persons
    [InlineData("0874", "0356")] // troops to be withdrawn → intent to de-escalate
    [InlineData("0832", "0342")] // a policy change conceded → intent to change policy
    [InlineData("143", "133")]   // a boycott announced → threaten protest
    [InlineData("191", "1381")]  // a blockade announced → threaten blockade
    public void ActCodeMap_MapsAnnouncedAct_ShippedRows(string act, string expected)
    {
        Assert.True(TestData.Knowledge.Announced.TryMap(act, out var intent, out var origin));
        Assert.Equal(expected, intent);
        Assert.Contains("intents.tsv:", origin);
    }

    [Theory]
    [InlineData("010")] // a statement has no intent code: it is already words
    [InlineData("111")] // nor a criticism
    public void ActCodeMap_AnnouncedHasNoRow_VerbalAct(string act)
    {
        Assert.False(TestData.Knowledge.Announced.TryMap(act, out _, out _));
    }

    [Theory]
    [InlineData("demands", "demand", "060\t125\ta rejection, not a demand\n")]
    [InlineData("intents", "intent", "071\t072\tthe act itself, not an intent\n")]
    public void ActCodeMap_FailsWithFileAndLine_CodeNotUnderItsRoots(string kind, string column, string row)
    {
        var header = $"# entente-data: 1\n# kind: {kind}\n# description: test {kind}\n# date: 2026-12-06\nact\t{column}\tnote\n";
        UserDictionary.With(header + row, file =>
        {
            var ex = Assert.Throws<DataFileException>(() => KnowledgeBase.Load(DataDir, [file]));
            Assert.StartsWith($"{file}:6: ", ex.Message);
            Assert.Contains($"not a CAMEO {column} code", ex.Message);
            return 0;
        });
    }
}
