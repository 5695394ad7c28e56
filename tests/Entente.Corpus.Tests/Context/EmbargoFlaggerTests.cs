using Entente.Core.Knowledge;
using Entente.Corpus.Context;
using Entente.Corpus.Model;

namespace Entente.Corpus.Tests.Context;

public sealed class EmbargoFlaggerTests
{
    private static EmbargoFlagger Flagger => TestKit.Services.Embargo;

    private static StoredEvent Event(string source, string target, string? start, string? end = null, string type = "arms_transfer",
        ReconciledStatus status = ReconciledStatus.Reported, params string[] equipment)
        => new("E0000000000000001", "block", source, source, target, target, type, type == "arms_transfer" ? "072" : "062", "AID", 8.3, 2,
            start is null ? null : DateOnly.Parse(start), end is null ? (start is null ? null : DateOnly.Parse(start)) : DateOnly.Parse(end),
            status, 0.8, null, [.. equipment], 1, 1, 1, 1, null, null, 'B', 2, ["Reuters"], []);

    [Fact]
    public void Flags_MarksIranianShahedsToRussia_In2022_WithTheAnnexBText()
    {
        var flags = Flagger.Flags(Event("IRN", "RUS", "2022-09-01", "2022-09-30", equipment: "Shahed-136"));
        var b4 = Assert.Single(flags, f => f.Id == "UN-IRN-2231-B4");
        Assert.Equal(EmbargoDirection.From, b4.Leg);
        Assert.Equal("UNSCR 2231 (2015) Annex B para 4", b4.Regime);
        Assert.Contains("inside UN missile and UAV restrictions on transfers from Iran", b4.Text);
        Assert.Contains("2016-01-16 to 2023-10-18", b4.Text);
        Assert.Equal(string.Join("|", flags.Select(f => f.Id)), Flagger.Ids(Event("IRN", "RUS", "2022-09-01", "2022-09-30", equipment: "Shahed-136")));
    }

    [Theory]
    [InlineData("2024-06-01", false)]
    [InlineData("2025-10-15", true)]
    public void Flags_FollowsTheEndOfAnnexBAndTheSnapback(string day, bool flagged)
        => Assert.Equal(flagged, Flagger.IsFlagged(Event("IRN", "RUS", day, equipment: "Shahed-136")));

    [Fact]
    public void Flags_LeavesRussianSu35sToIran_In2022_Unflagged()
        => Assert.Empty(Flagger.Flags(Event("RUS", "IRN", "2022-06-01", equipment: "Su-35")));

    [Fact]
    public void Flags_MarksAnEuMembersTransferToRussia_In2015_ButNotIrans()
    {
        Assert.Contains(Flagger.Flags(Event("ITA", "RUS", "2015-03-01")), f => f.Id == "EU-RUS-2014");
        Assert.DoesNotContain(Flagger.Flags(Event("IRN", "RUS", "2015-03-01")), f => f.Id == "EU-RUS-2014");
    }

    [Fact]
    public void Flags_LeavesUndatedTransfersUnflagged()
        => Assert.Empty(Flagger.Flags(Event("IRN", "RUS", null, equipment: "Shahed-136")));

    [Theory]
    [InlineData("statement", "Shahed-136", false)]
    [InlineData("aid", "Shahed-136", false)]
    [InlineData("military_cooperation", null, false)]
    [InlineData("military_cooperation", "Shahed-136", true)]
    [InlineData("arms_transfer", "Shahed-136", true)]
    public void Flags_OnlyTransfers_ArmsTransfersAndCooperationNamingEquipment(string type, string? equipment, bool flagged)
    {
        var e = Event("IRN", "RUS", "2022-09-01", type: type, equipment: equipment is null ? [] : [equipment]);
        Assert.Equal(flagged, EmbargoFlagger.IsTransfer(e));
        Assert.Equal(flagged, Flagger.IsFlagged(e));
    }

    [Fact]
    public void Flags_TriesBothOrderings_ForMilitaryCooperation()
    {
        var flags = Flagger.Flags(Event("RUS", "IRN", "2012-09-01", type: "military_cooperation", equipment: "Shahed-136"));
        var missiles = Assert.Single(flags, f => f.Id == "UN-IRN-1737-MISSILE");
        Assert.Equal(("RUS", "IRN", EmbargoDirection.Into), (missiles.Supplier, missiles.Recipient, missiles.Leg));
        var exports = Assert.Single(flags, f => f.Id == "UN-IRN-1747-EXPORT");
        Assert.Equal(("IRN", "RUS", EmbargoDirection.From), (exports.Supplier, exports.Recipient, exports.Leg));
        Assert.DoesNotContain(Flagger.Flags(Event("RUS", "IRN", "2012-09-01", type: "arms_transfer", equipment: "Su-35")), f => f.Id == "UN-IRN-1747-EXPORT");
        Assert.Equal(flags.Length, flags.Select(f => f.Id).Distinct().Count());
    }

    [Fact]
    public void Flags_CountsPlannedTransfersToo()
        => Assert.True(Flagger.IsFlagged(Event("IRN", "HOUTHI", "2019-05-01", status: ReconciledStatus.Planned, equipment: "Fateh-110")));
}
