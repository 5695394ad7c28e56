using Entente.Core.Knowledge;

namespace Entente.Core.Tests.Knowledge;

/// <summary>Codes that answer an accusation (data/cameo/accusation-responses.tsv): shipped rows and file:line errors.</summary>
public class AccusationResponsesTests
{
    [Fact]
    public void AccusationResponses_DenialAnswersAccusation_ShippedRows()
    {
        var r = TestData.Knowledge.Responses;
        Assert.True(r.IsResponse("016"));
        Assert.False(r.IsResponse("112"));
        Assert.Contains("112", r.Answered("016"));
        Assert.True(r.IsAccusation("1121"));
        Assert.False(r.IsAccusation("190"));
    }

    [Fact]
    public void AccusationResponses_FailsWithFileAndLine_UnknownCode()
    {
        const string header = "# entente-data: 1\n# kind: accusation-responses\n# description: test\n# date: 2026-12-06\nresponse\tanswers\tnote\n";
        UserDictionary.With(header + "016\t999\tno such code\n", file =>
        {
            var ex = Assert.Throws<DataFileException>(() => KnowledgeBase.Load(UserDictionary.DataDir, [file]));
            Assert.StartsWith($"{file}:6: ", ex.Message);
            Assert.Contains("'999' is not a CAMEO code", ex.Message);
            return 0;
        });
    }
}
