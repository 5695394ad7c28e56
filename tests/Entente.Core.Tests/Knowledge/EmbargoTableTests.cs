using Entente.Core.Knowledge;

namespace Entente.Core.Tests.Knowledge;

public sealed class EmbargoTableTests
{
    private static EmbargoTable Shipped => TestData.Knowledge.Embargoes;

    private const string Header = "# entente-data: 1\n# kind: embargoes\n# description: test\n# date: 2026-11-29\n"
        + "id\tregime\timposed_by\ttarget\tscope\tdirection\tstart\tend\tbinds\tequipment\tdisputed_by\tnote\n";

    private static EmbargoTable Parse(string rows)
    {
        var table = DataTable.Parse(new StringReader(Header + rows), "user.tsv", EmbargoTable.FileKind, EmbargoTable.RequiredColumns);
        var kb = TestData.Knowledge;
        return EmbargoTable.Load([table], kb.Actors.NameOfCode, kb.Equipment.Categories);
    }

    private static IEnumerable<string> Ids(string supplier, string recipient, string start, string? end, params string[] categories)
        => Shipped.Applicable(supplier, recipient, DateOnly.Parse(start), end is null ? null : DateOnly.Parse(end), categories).Select(m => m.Embargo.Id);

    [Fact]
    public void Load_ReadsTheShippedTable_WithUniqueIdsAndKnownTargets()
    {
        Assert.InRange(Shipped.All.Length, 15, 40);
        Assert.Equal(Shipped.All.Length, Shipped.All.Select(e => e.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var b4 = Shipped.Find("UN-IRN-2231-B4");
        Assert.NotNull(b4);
        Assert.Equal(new DateOnly(2023, 10, 18), b4.End);
        Assert.Equal("Iran", b4.TargetName);
        Assert.True(b4.BindsAll);
        Assert.Contains("uav", (IReadOnlySet<string>)b4.Equipment);
        Assert.StartsWith("data/sanctions/embargoes.tsv:", b4.Source);
        Assert.Contains(Shipped.On("PRK"), e => e.End is null && e.Direction == EmbargoDirection.Both);
    }

    [Theory]
    [InlineData("X1\tr\tUN\tIRN\tarms\tinto\t2020-13-01\t\t*\t\t\t\n", "not a date")]
    [InlineData("X1\tr\tUN\tIRN\tarms\tinto\t2020-01-01\t2019-12-31\t*\t\t\t\n", "before start")]
    [InlineData("X1\tr\tUN\tIRN\tarms\tsideways\t2020-01-01\t\t*\t\t\t\n", "direction 'sideways' is unknown")]
    [InlineData("X1\tr\tUN\tIRN\tnukes\tinto\t2020-01-01\t\t*\t\t\t\n", "scope 'nukes' is unknown")]
    [InlineData("X1\tr\tUN\tXYZ\tarms\tinto\t2020-01-01\t\t*\t\t\t\n", "target 'XYZ' is not an actor code")]
    [InlineData("X1\tr\tEU\tIRN\tarms\tinto\t2020-01-01\t\tEU|XYZ\t\t\t\n", "binds 'XYZ'")]
    [InlineData("X1\tr\tUN\tIRN\tarms\tinto\t2020-01-01\t\t\t\t\t\n", "'binds' is empty")]
    [InlineData("X1\tr\tUN\tIRN\tmissiles\tinto\t2020-01-01\t\t*\t\t\t\n", "'equipment' is empty")]
    [InlineData("X1\tr\tUN\tIRN\tarms\tinto\t2020-01-01\t\t*\tlasers\t\t\n", "equipment category 'lasers' is unknown")]
    [InlineData("X1\tr\tUN\tIRN\tarms\tinto\t2020-01-01\t\t*\t\tXYZ\t\n", "disputed_by 'XYZ'")]
    [InlineData("X 1\tr\tUN\tIRN\tarms\tinto\t2020-01-01\t\t*\t\t\t\n", "id 'X 1'")]
    public void Load_ReportsFileAndLine_WhenARowIsWrong(string row, string message)
    {
        var ex = Assert.Throws<DataFileException>(() => Parse(row));
        Assert.Equal("user.tsv", ex.FilePath);
        Assert.Equal(6, ex.LineNumber);
        Assert.StartsWith("user.tsv:6: ", ex.Message);
        Assert.Contains(message, ex.Message);
        Assert.Contains("hint:", ex.Message);
    }

    [Fact]
    public void Load_ReportsTheSecondLine_WhenAnIdIsUsedTwice()
    {
        var ex = Assert.Throws<DataFileException>(() => Parse(
            "X1\tr\tUN\tIRN\tarms\tinto\t2020-01-01\t\t*\t\t\t\nx1\tr\tUN\tIRN\tarms\tinto\t2020-01-01\t\t*\t\t\t\n"));
        Assert.Equal(7, ex.LineNumber);
        Assert.Contains("first at user.tsv:6", ex.Message);
    }

    [Fact]
    public void Applicable_FlagsIranianDronesToRussia_In2022_ByResolution2231AnnexB()
    {
        var matches = Shipped.Applicable("IRN", "RUS", new DateOnly(2022, 9, 1), new DateOnly(2022, 9, 30), ["loitering_munition"]);
        var b4 = Assert.Single(matches, m => m.Embargo.Id == "UN-IRN-2231-B4");
        Assert.Equal(EmbargoDirection.From, b4.Leg);
        Assert.Equal("inside UN missile and UAV restrictions on transfers from Iran (UNSCR 2231 (2015) Annex B para 4, 2016-01-16 to 2023-10-18)", b4.Text);
        Assert.DoesNotContain(matches, m => m.Embargo.Id == "EU-RUS-2014");
    }

    [Fact]
    public void Applicable_DoesNotFlagIranianDronesToRussia_In2024_AfterTransitionDay()
        => Assert.Empty(Ids("IRN", "RUS", "2024-06-01", "2024-06-30", "loitering_munition"));

    [Fact]
    public void Applicable_FlagsIranianDronesToRussia_AgainAfterTheSnapback_AndSaysWhoRejectsIt()
    {
        Assert.Empty(Ids("IRN", "RUS", "2025-09-27", null, "uav"));
        var matches = Shipped.Applicable("IRN", "RUS", new DateOnly(2025, 11, 3), null, ["uav"]);
        Assert.Contains(matches, m => m.Embargo.Id == "UN-IRN-SNAP-MISSILE");
        Assert.Contains(matches, m => m.Embargo.Id == "UN-IRN-SNAP-EXPORT");
        Assert.All(matches, m => Assert.EndsWith("validity rejected by RUS, CHN", m.Text));
        Assert.Contains("since 2025-09-28", matches[0].Text);
    }

    [Fact]
    public void Applicable_DoesNotFlagRussianFightersToIran_In2022_AfterTheConventionalRestrictionsEnded()
    {
        Assert.Empty(Ids("RUS", "IRN", "2022-03-01", "2022-03-31", "fighter_aircraft"));
        Assert.Contains("UN-IRN-2231-ARMS-IN", Ids("RUS", "IRN", "2019-03-01", "2019-03-31", "fighter_aircraft"));
    }

    [Fact]
    public void Applicable_FlagsAnEuMembersTransferToRussia_ButNotIrans_UnderTheEuEmbargo()
    {
        Assert.Contains("EU-RUS-2014", Ids("DEU", "RUS", "2015-05-01", null));
        Assert.Contains("EU-RUS-2014", Ids("RUS", "FRA", "2015-05-01", null));
        var iran = Ids("IRN", "RUS", "2015-05-01", null, "artillery").ToList();
        Assert.DoesNotContain("EU-RUS-2014", iran);
        Assert.Contains("UN-IRN-1747-EXPORT", iran);
        Assert.Empty(Ids("DEU", "RUS", "2014-07-30", null));
    }

    [Theory]
    [InlineData("2023-10-01", "2023-12-31", true)]
    [InlineData("2023-10-18", null, true)]
    [InlineData("2023-10-19", "2023-12-31", false)]
    [InlineData("2015-01-01", "2016-01-15", false)]
    public void Applicable_FlagsAnEventWhoseRangeOverlapsThePeriod(string start, string? end, bool flagged)
        => Assert.Equal(flagged, Ids("IRN", "RUS", start, end, "ballistic_missile").Contains("UN-IRN-2231-B4"));

    [Fact]
    public void Applicable_FlagsNothing_WhenTheEventHasNoDate()
        => Assert.Empty(Shipped.Applicable("IRN", "RUS", null, null, ["loitering_munition"]));

    [Fact]
    public void Applicable_RequiresACoveredCategory_WhenTheEmbargoListsEquipment()
    {
        Assert.DoesNotContain("UN-IRN-2231-B4", Ids("IRN", "RUS", "2022-09-01", null, "small_arms"));
        Assert.DoesNotContain("UN-IRN-2231-B4", Ids("IRN", "RUS", "2022-09-01", null));
        Assert.Contains("UN-PRK-1718", Ids("PRK", "RUS", "2023-11-01", null));
    }

    [Fact]
    public void Concerning_ListsTheEmbargoesOnEitherSideOfADyad_InForceDuringThePeriod()
    {
        var ids = Shipped.Concerning("IRN", "RUS", new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)).Select(e => e.Id).ToList();
        Assert.Contains("UN-IRN-2231-B4", ids);
        Assert.Contains("EU-RUS-2014", ids);
        Assert.DoesNotContain("UN-IRN-2231-ARMS-IN", ids);
    }

    [Fact]
    public void KnowledgeBase_UsesAnEmbargoFromAUserDictionary()
    {
        var dir = Directory.CreateTempSubdirectory("entente-embargo-").FullName;
        try
        {
            var file = Path.Combine(dir, "mine.tsv");
            File.WriteAllText(file, Header + "MY-ARM-2024\tOur own watch list\tUSA\tARM\tarms\tinto\t2024-01-01\t\tUSA\t\t\tinvented for the test\n");
            var kb = KnowledgeBase.Load(Path.Combine(AppContext.BaseDirectory, "data"), [file]);
            Assert.Equal(Shipped.All.Length + 1, kb.Embargoes.All.Length);
            var m = Assert.Single(kb.Embargoes.Applicable("USA", "ARM", new DateOnly(2024, 5, 1), null, []));
            Assert.Equal("MY-ARM-2024", m.Embargo.Id);
            Assert.Empty(kb.Embargoes.Applicable("FRA", "ARM", new DateOnly(2024, 5, 1), null, []));
            Assert.Equal(TestData.Knowledge.Hash, kb.Hash); // embargoes are read after analysis: stored documents stay current

            File.WriteAllText(file, Header + "MY-ARM-2024\tr\tUSA\tARM\tarms\tinto\t2024-01-01\t\tUSA\t\t\t\nMY-ARM-2024\tr\tUSA\tARM\tarms\tinto\t2024-01-01\t\tUSA\t\t\t\n");
            var ex = Assert.Throws<DataFileException>(() => KnowledgeBase.Load(Path.Combine(AppContext.BaseDirectory, "data"), [file]));
            Assert.StartsWith($"{file}:7: ", ex.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
