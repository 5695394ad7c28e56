using Entente.Corpus.Merge;

namespace Entente.Corpus.Tests.Merge;

public sealed class MergeRulesTests
{
    private static readonly MergeRules Rules = new(isGeneric: n => n is "drone" or "missile");

    [Fact]
    public void MergeRules_SameEvent_WhenWindowsOverlapAndEquipmentShared()
    {
        var a = Mentions.Make("a", "2024-03-01", "2024-03-05", equipment: ["Shahed-136"]);
        var b = Mentions.Make("b", "2024-03-04", "2024-03-04", equipment: ["Shahed-136", "drone"], quote: "Russia received Shahed drones from Iran on March 4.");
        Assert.True(Rules.SameEvent(a, b));
        Assert.True(Rules.SameEvent(b, a));
    }

    [Fact]
    public void MergeRules_KeepsApart_WhenSpecificEquipmentDiffers()
    {
        var a = Mentions.Make("a", "2024-03-01", "2024-03-05", equipment: ["Shahed-136"]);
        var b = Mentions.Make("b", "2024-03-01", "2024-03-05", equipment: ["Fateh-110"], quote: "Iran sent Fateh-110 missiles to Russia.");
        Assert.False(Rules.SameEvent(a, b));
    }

    [Fact]
    public void MergeRules_Merges_WhenOneSideNamesOnlyGenericEquipment()
    {
        var a = Mentions.Make("a", "2024-03-01", "2024-03-05", equipment: ["Shahed-136"]);
        var b = Mentions.Make("b", "2024-03-01", "2024-03-05", equipment: ["drone"], quote: "Tehran shipped drones to Moscow.");
        Assert.True(Rules.SameEvent(a, b));
    }

    [Theory]
    [InlineData(400, false, 420, false, true)]
    [InlineData(400, false, 520, false, false)]
    [InlineData(400, true, 560, false, true)]
    [InlineData(400, true, 700, false, false)]
    public void MergeRules_ComparesQuantities_WithinRatio(double qa, bool approxA, double qb, bool approxB, bool same)
    {
        var a = Mentions.Make("a", "2024-03-01", "2024-03-05", quantity: qa, approximate: approxA);
        var b = Mentions.Make("b", "2024-03-01", "2024-03-05", quantity: qb, approximate: approxB, quote: "Russia got missiles from Iran.");
        Assert.Equal(same, Rules.SameEvent(a, b));
    }

    [Fact]
    public void MergeRules_KeepsApart_WhenWindowsDoNotOverlap()
    {
        var a = Mentions.Make("a", "2024-03-01", "2024-03-05");
        var b = Mentions.Make("b", "2024-03-07", "2024-03-09", quote: "A new shipment of drones reached Russia from Iran.");
        Assert.False(Rules.SameEvent(a, b));
    }

    [Fact]
    public void MergeRules_MergesWireCopy_WhenWindowsAFewDaysApart()
    {
        const string quote = "Iran has shipped a new batch of attack drones to Russia by sea across the Caspian, officials said on Tuesday.";
        var a = Mentions.Make("a", "2024-03-01", "2024-03-05", quote: quote);
        var b = Mentions.Make("b", "2024-03-08", "2024-03-09", quote: quote.Replace("Tuesday", "Wednesday"));
        Assert.True(Fingerprint.NearDuplicate(a.Fingerprint, b.Fingerprint));
        Assert.True(Rules.SameEvent(a, b));
        var c = Mentions.Make("c", "2024-03-20", "2024-03-21", quote: quote);
        Assert.False(Rules.SameEvent(a, c)); // beyond the wire slack
    }

    [Fact]
    public void MergeRules_KeepsApart_WideWindowWithoutEquipmentOrQuantity()
    {
        var year = Mentions.Make("a", "2023-01-01", "2023-12-31", quote: "Iran supplied weapons to Russia in 2023.");
        var day = Mentions.Make("b", "2023-08-14", "2023-08-14", quote: "Russia took delivery of Iranian arms on August 14.");
        Assert.False(Rules.SameEvent(year, day));
        var yearWithModel = Mentions.Make("c", "2023-01-01", "2023-12-31", equipment: ["Shahed-136"], quote: "Iran supplied Shahed-136 drones to Russia in 2023.");
        var dayWithModel = Mentions.Make("d", "2023-08-14", "2023-08-14", equipment: ["Shahed-136"], quote: "Russia took delivery of Shahed-136 drones on August 14.");
        Assert.True(Rules.SameEvent(yearWithModel, dayWithModel));
    }

    [Fact]
    public void MergeRules_NeverMatches_WindowWiderThanAYear()
    {
        var since = Mentions.Make("a", "2014-01-01", "2024-03-01", equipment: ["Shahed-136"], quote: "Iran has supplied Shahed-136 drones to Russia since 2014.");
        var day = Mentions.Make("b", "2023-08-14", "2023-08-14", equipment: ["Shahed-136"], quote: "Russia took delivery of Shahed-136 drones on August 14.");
        Assert.False(Rules.SameEvent(since, day));
        Assert.False(Rules.SameEvent(day, since));
    }

    [Fact]
    public void MergeRules_KeepsApart_DifferentBlocks()
    {
        var a = Mentions.Make("a", "2024-03-01", "2024-03-05");
        var reversed = Mentions.Make("b", "2024-03-01", "2024-03-05", source: "RUS", target: "IRN", quote: "Russia delivered drones to Iran.");
        var otherType = Mentions.Make("c", "2024-03-01", "2024-03-05", type: "meeting", cameo: "042", quote: "Iran's minister visited Russia.");
        Assert.False(Rules.SameEvent(a, reversed));
        Assert.False(Rules.SameEvent(a, otherType));
    }

    [Theory]
    [InlineData("meeting", "RUS", "IRN", true, "meeting|IRN|RUS")]
    [InlineData("meeting", "IRN", "RUS", true, "meeting|IRN|RUS")]
    [InlineData("arms_transfer", "RUS", "IRN", false, "arms_transfer|RUS|IRN")]
    public void MergeRules_BlockOf_SortsActorsOnlyForSymmetricFamilies(string type, string source, string target, bool symmetric, string expected)
        => Assert.Equal(expected, MergeRules.BlockOf(type, source, target, symmetric));

    [Fact]
    public void MergeRules_MatchWindow_UsesDaysBeforePublication_WhenDateOnlyFromPublication()
    {
        var published = new DateOnly(2024, 3, 10);
        var w = Rules.MatchWindow(new DateOnly(2024, 2, 9), published, "publication", published, planned: false);
        Assert.Equal((new DateOnly(2024, 3, 3), published), w);
        var text = Rules.MatchWindow(new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29), "text", published, planned: false);
        Assert.Equal((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29)), text);
        Assert.Null(Rules.MatchWindow(null, null, null, null, planned: false));
    }

    [Fact]
    public void Fingerprint_IsStable_AndSeparatesUnrelatedSentences()
    {
        var a = Fingerprint.Of("Iran delivered drones to Russia on Monday.");
        Assert.Equal(a, Fingerprint.Of("Iran delivered drones to Russia on Monday."));
        Assert.Equal(a, Fingerprint.Of("IRAN delivered drones to Russia on Monday!"));
        Assert.True(Fingerprint.Distance(a, Fingerprint.Of("The European Union imposed sanctions on Belarusian banks last week.")) > 12);
    }
}
