using Entente.Core.Events;
using Entente.Core.Text;

namespace Entente.Core.Tests.Events;

/// <summary>Equipment and counts of coded events: each count stays with its own equipment, a vague count stays vague,
/// equipment in another clause is not the act's, money is marked as money.</summary>
public class EventQuantityTests
{
    private static CodedEvent First(string text, string type = "arms_transfer")
    {
        var r = TestData.Analyzer.Analyze(new SourceDocument("x.txt", text, "text", Published: new DateOnly(2024, 3, 1)));
        return r.Events.First(e => e.Type == type);
    }

    [Fact]
    public void EventCoder_KeepsVagueCountWithItsEquipment_WhenTwoSystemsAreNamed()
    {
        var e = First("Officials in Kyiv say Iran has shipped Russia thousands of Shahed drones and with them some Fath-360 missiles.");
        var q = Assert.IsType<Quantity>(e.Quantity);
        Assert.True(q.Approximate);
        Assert.Equal("thousands of", q.Text);
        Assert.Equal("Shahed", q.Of);
        Assert.Equal("thousands of", Assert.Single(e.Equipment, x => x.Name == "Shahed").Quantity?.Text);
        // the alias spelling is the same system, and it is given no count of its own
        Assert.Null(Assert.Single(e.Equipment, x => x.Name == "Fateh-360").Quantity);
    }

    [Fact]
    public void EventCoder_LeavesOutEquipmentOfAnotherClause_WhenAnAdverbialClauseAddsIt()
    {
        var e = First("Iran sent Russia about 300 short-range ballistic missiles last month, adding to the Shahed drones it had delivered since 2022.");
        Assert.Equal("short-range ballistic missile", Assert.Single(e.Equipment).Name);
        Assert.Equal("short-range ballistic missile", e.Quantity?.Of);
    }

    [Fact]
    public void EventCoder_MarksMoney_WhenTheDealHasAPriceAndNoCount()
    {
        var e = First("Russia sold Iran fighter jets in a deal worth $6 billion.");
        var q = Assert.IsType<Quantity>(e.Quantity);
        Assert.True(q.Money);
        Assert.Equal(6e9, q.Value);
        Assert.Null(q.Of);
    }
}
