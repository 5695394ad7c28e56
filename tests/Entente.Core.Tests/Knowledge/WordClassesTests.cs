using Entente.Core.Knowledge;
using Entente.Core.Pipeline;
using Entente.Core.Text;

namespace Entente.Core.Tests.Knowledge;

/// <summary>The word classes (data/english/word-classes.tsv) and reaction roots (data/cameo/reaction-roots.tsv) the event
/// coder reads: shipped contents, file:line errors, and user extension through --dictionary.</summary>
public class WordClassesTests
{
    private const string WordHeader = "# entente-data: 1\n# kind: word-classes\n# description: test words\n# date: 2026-12-06\nword\tclass\n";
    private const string RootHeader = "# entente-data: 1\n# kind: reaction-roots\n# description: test roots\n# date: 2026-12-06\nroot\tnote\n";

    private static string DataDir => UserDictionary.DataDir;

    private static T WithFile<T>(string content, Func<string, T> use) => UserDictionary.With(content, use);

    [Fact]
    public void WordClasses_LoadsEveryClass_FromTheShippedFile()
    {
        var w = TestData.Knowledge.Words;
        Assert.True(w.Prepositions.Contains("against"));
        Assert.True(w.Determiners.Contains("'s"));
        Assert.True(w.Auxiliaries.Contains("n't"));
        Assert.True(w.BeForms.Contains("been".AsSpan()));
        Assert.True(w.Pronouns.Contains("their"));
        Assert.True(w.CollectiveNouns.Contains("tranche"));
        Assert.True(w.GenericActNouns.Contains("allegations"));
        Assert.True(w.PromiseVerbs.Contains("vowed"));
        Assert.True(w.ThreatVerbStems.StartsAny("threatened"));
        Assert.True(w.NounPhraseStarts.Contains("eastern"));
        Assert.True(w.NumberQualifiers.Contains("around"));
        Assert.False(w.Prepositions.Contains("russia"));
        Assert.Equal(["01", "05", "11", "12", "14"], TestData.Knowledge.ReactionRoots.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WordClasses_AddsUserWords_WhenADictionaryOfTheKindIsGiven()
    {
        var kb = WithFile(WordHeader + "amongst\tpreposition\nbundle\tcollective-noun\n", file => KnowledgeBase.Load(DataDir, [file]));
        Assert.True(kb.Words.Prepositions.Contains("amongst"));
        Assert.True(kb.Words.Prepositions.Contains("against")); // the shipped words stay
        Assert.True(kb.Words.CollectiveNouns.Contains("bundle"));
        Assert.False(TestData.Knowledge.Words.Prepositions.Contains("amongst"));
        Assert.NotEqual(TestData.Knowledge.Hash, kb.Hash); // the words change the analysis
    }

    [Fact]
    public void EventExtractor_ReadsAUserPromiseVerb_WhenADictionaryAddsOne()
    {
        const string text = "Germany undertook to provide Ukraine with $50 million in aid.";
        var doc = new SourceDocument("x.txt", text, "text", Published: new DateOnly(2024, 3, 1));
        var shipped = Assert.Single(TestData.Analyzer.Analyze(doc).Events);
        Assert.StartsWith("07", shipped.Cameo);
        var kb = WithFile(WordHeader + "undertook\tpromise-verb\n", file => KnowledgeBase.Load(DataDir, [file]));
        var extended = Assert.Single(new Analyzer(kb, new AnalyzerOptions(DetectLanguage: false)).Analyze(doc).Events);
        Assert.StartsWith("033", extended.Cameo);
    }

    [Theory]
    [InlineData("amongst\tpreposition\nbundle\tcollectable\n", 7, "word class 'collectable' is unknown")]
    [InlineData("Amongst\tpreposition\n", 6, "must be one lower-case word")]
    [InlineData("\tpreposition\n", 6, "column 'word' is empty")]
    public void WordClasses_FailsWithFileAndLine_WhenARowIsBad(string rows, int line, string message)
    {
        WithFile(WordHeader + rows, file =>
        {
            var ex = Assert.Throws<DataFileException>(() => KnowledgeBase.Load(DataDir, [file]));
            Assert.StartsWith($"{file}:{line}: ", ex.Message);
            Assert.Contains(message, ex.Message);
            return 0;
        });
    }

    [Theory]
    [InlineData("11\tdisapprove\n3\tbad\n", 7)]
    [InlineData("99\tnot a root\n", 6)]
    [InlineData("112\ta code, not a root\n", 6)]
    public void ReactionRoots_FailsWithFileAndLine_WhenARootIsNotACameoRoot(string rows, int line)
    {
        WithFile(RootHeader + rows, file =>
        {
            var ex = Assert.Throws<DataFileException>(() => KnowledgeBase.Load(DataDir, [file]));
            Assert.StartsWith($"{file}:{line}: ", ex.Message);
            Assert.Contains("not a CAMEO root", ex.Message);
            return 0;
        });
    }

    [Fact]
    public void ReactionRoots_AddsAUserRoot_WhenADictionaryOfTheKindIsGiven()
    {
        var kb = WithFile(RootHeader + "13\tthreaten\n", file => KnowledgeBase.Load(DataDir, [file]));
        Assert.Contains("13", (IReadOnlySet<string>)kb.ReactionRoots);
        Assert.Contains("11", (IReadOnlySet<string>)kb.ReactionRoots);
    }

    [Fact]
    public void CrowdCodes_GivesRolesAndUnnamedReading_ShippedRows()
    {
        Assert.True(CameoRootSet.Longest(TestData.Knowledge.CrowdRoles, "154", out var show));
        Assert.Contains("UAF", show.Roles);
        Assert.True(show.Unnamed);
        Assert.True(CameoRootSet.Longest(TestData.Knowledge.CrowdRoles, "173", out var arrest));
        Assert.Equal(["OPP"], arrest.Roles.ToArray());
        Assert.False(arrest.Unnamed);
        Assert.False(CameoRootSet.Longest(TestData.Knowledge.CrowdRoles, "190", out _));
    }

    [Fact]
    public void MediationCodes_CoverMediation_ShippedRows()
    {
        Assert.True(CameoRootSet.Covers(TestData.Knowledge.MediationCodes, "045"));
        Assert.False(CameoRootSet.Covers(TestData.Knowledge.MediationCodes, "046"));
    }

    [Theory]
    [InlineData("15\tOPP\tmaybe\tx\n", "'maybe' is not yes or no")]
    [InlineData("99\tOPP\tyes\tx\n", "'99' is not a CAMEO code")]
    [InlineData("15\tprotesters\tyes\tx\n", "'protesters' is not a CAMEO agent code")]
    public void CrowdCodes_FailsWithFileAndLine_BadRow(string row, string message)
        => UserDictionary.AssertRowFails("crowd-codes", "code\tagainst\tunnamed\tnote", row, message);

    private const string PopulationHeader = "# entente-data: 1\n# kind: population-codes\n# description: test codes\n# date: 2026-12-07\ncode\tnote\n";

    [Fact]
    public void PopulationCodes_LoadsCodesAndPrefixes_FromTheShippedFileAndAUserOne()
    {
        Assert.True(CameoRootSet.Covers(TestData.Knowledge.PopulationCodes, "1723"));
        Assert.False(CameoRootSet.Covers(TestData.Knowledge.PopulationCodes, "1722"));
        var kb = WithFile(PopulationHeader + "175\tviolent repression\n", file => KnowledgeBase.Load(DataDir, [file]));
        Assert.True(CameoRootSet.Covers(kb.PopulationCodes, "1751"));
    }

    [Fact]
    public void MeasureCodes_CoverRejectionsReductionsAndTheirEasing_FromTheShippedFile()
    {
        var m = TestData.Knowledge.MeasureCodes;
        Assert.True(CameoRootSet.Covers(m, "163") && CameoRootSet.Covers(m, "125") && CameoRootSet.Covers(m, "085") && CameoRootSet.Covers(m, "0354"));
        Assert.False(CameoRootSet.Covers(m, "072") || CameoRootSet.Covers(m, "081") || CameoRootSet.Covers(m, "0353"));
    }

    [Fact]
    public void PopulationCodes_FailsWithFileAndLine_WhenACodeIsNotCameo()
    {
        WithFile(PopulationHeader + "1723\tcurfew\n1799\tnot a code\n", file =>
        {
            var ex = Assert.Throws<DataFileException>(() => KnowledgeBase.Load(DataDir, [file]));
            Assert.StartsWith($"{file}:7: ", ex.Message);
            Assert.Contains("not a CAMEO code", ex.Message);
            return 0;
        });
    }
}
