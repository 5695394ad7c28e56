using Entente.Core.Knowledge;
using Entente.Corpus.Export;

namespace Entente.Corpus.Tests.Export;

public sealed class GdeltEventWriterTests(ExportStore store) : IClassFixture<ExportStore>
{
    private static bool IsState(string code) => TestKit.Knowledge.Actors.KindOfCode.TryGetValue(code, out var k) && k == ActorKind.State;

    /// <summary>The store's events without the actors' own places, for the fallbacks of Actor1Geo/Actor2Geo.</summary>
    private IEnumerable<Entente.Corpus.Model.StoredEvent> Placeless => store.Events.Select(e => e with { SourcePlace = null, TargetPlace = null });

    private string[][] Lines()
    {
        var text = new StringWriter();
        new GdeltEventWriter(text, IsState).Write(store.Events);
        return [.. text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t'))];
    }

    [Fact]
    public void Gdelt_Has61ColumnsInCodebookOrder_Always()
    {
        var c = GdeltEventWriter.Columns;
        Assert.Equal(61, c.Count);
        Assert.Equal(["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode"], c.Take(8));
        Assert.Equal("Actor2Code", c[15]);
        Assert.Equal("Actor2Type3Code", c[24]);
        Assert.Equal(["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"], c.Skip(25).Take(10));
        Assert.Equal("Actor1Geo_Type", c[35]);
        Assert.Equal("Actor2Geo_Type", c[43]);
        Assert.Equal("ActionGeo_FeatureID", c[58]);
        Assert.Equal(["DATEADDED", "SOURCEURL"], c.Skip(59));
        Assert.Equal(61, c.Distinct().Count());
    }

    [Fact]
    public void Gdelt_WritesOneLineOf61CellsPerEvent_OnTheStoryStore()
    {
        var lines = Lines();
        Assert.NotEmpty(store.Events);
        Assert.Equal(store.Events.Count, lines.Length);
        Assert.All(lines, l => Assert.Equal(61, l.Length));
    }

    [Fact]
    public void Gdelt_PutsEachValueInItsColumn_ForTheFebruaryDelivery()
    {
        var lines = Lines();
        var col = GdeltEventWriter.Columns.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        var feb = store.Events.First(e => e.Type == "arms_transfer" && e.NumMentions == 4);
        var row = lines[store.Events.ToList().IndexOf(feb)];
        Assert.Equal(GdeltEventWriter.GlobalEventId(feb.Id).ToString(), row[col["GLOBALEVENTID"]]);
        var d = GdeltEventWriter.EventDay(feb)!.Value;
        Assert.True(feb.DateStart <= d && d <= feb.DateEnd);
        Assert.Equal($"{d:yyyyMMdd}", row[col["SQLDATE"]]);
        Assert.Equal($"{d:yyyyMM}", row[col["MonthYear"]]);
        Assert.Equal($"{d:yyyy}", row[col["Year"]]);
        Assert.StartsWith($"{d:yyyy}.", row[col["FractionDate"]]);
        Assert.Equal(["IRN", "RUS"], new[] { feb.SourceCode, feb.TargetCode }.Order());
        Assert.Equal(feb.SourceCode, row[col["Actor1Code"]]);
        Assert.Equal(feb.SourceName, row[col["Actor1Name"]]);
        Assert.Equal(feb.SourceCode, row[col["Actor1CountryCode"]]);
        Assert.Equal(feb.TargetCode, row[col["Actor2Code"]]);
        Assert.Equal(feb.TargetCode, row[col["Actor2CountryCode"]]);
        Assert.Equal(feb.Cameo, row[col["EventCode"]]);
        Assert.Equal(feb.Cameo[..3], row[col["EventBaseCode"]]);
        Assert.Equal(feb.Cameo[..2], row[col["EventRootCode"]]);
        Assert.Equal(feb.QuadClass.ToString(), row[col["QuadClass"]]);
        Assert.Equal(feb.Goldstein, double.Parse(row[col["GoldsteinScale"]], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["4", "4", feb.NumArticles.ToString()], [row[col["NumMentions"]], row[col["NumSources"]], row[col["NumArticles"]]]);
        Assert.Equal("20240222000000", row[col["DATEADDED"]]);
        Assert.Equal("", row[col["AvgTone"]]);
        Assert.Equal("", row[col["ActionGeo_Lat"]]);
    }

    [Theory]
    [InlineData("city", "UKR", "4", "Kharkiv, Kharkiv, Ukraine", "UP", "UP07", "706483")]
    [InlineData("city", "USA", "3", "Kharkiv, Kharkiv, United States", "US", "USTX", "706483")]
    [InlineData("admin1", "UKR", "5", "Kharkiv, Ukraine", "UP", "UP07", "UP07")]
    [InlineData("country", "UKR", "1", "Ukraine", "UP", "UP", "UP")]
    [InlineData("sea", null, "", "Kharkiv", "", "", "")]
    public void Gdelt_FillsActionGeoAsTheCodebookDefines_WhenTheEventIsLocated(string kind, string? country, string type, string fullName, string fips, string adm1, string feature)
    {
        var col = GdeltEventWriter.Columns.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        var e = Placeless.First() with
        {
            Location = new Entente.Core.Events.EventLocation("Kharkiv", kind, country, kind == "country" ? null : "Kharkiv", 49.98, 36.25, "clause", 0, 7,
                "706483", country == "USA" ? "US.TX" : "UA.07"),
        };
        var names = new Dictionary<string, string> { ["UKR"] = "Ukraine", ["USA"] = "United States" };
        var row = new GdeltEventWriter(TextWriter.Null, names.ContainsKey, c => c == "UKR" ? "UP" : c == "USA" ? "US" : null, c => names[c]).Row(e);
        Assert.Equal((type, fullName, fips, adm1, "49.98", "36.25", feature),
            (row[col["ActionGeo_Type"]], row[col["ActionGeo_FullName"]], row[col["ActionGeo_CountryCode"]], row[col["ActionGeo_ADM1Code"]],
             row[col["ActionGeo_Lat"]], row[col["ActionGeo_Long"]], row[col["ActionGeo_FeatureID"]]));
    }

    private static readonly Dictionary<string, int> Col = GdeltEventWriter.Columns.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);

    private static string[] Geo(string[] row, string prefix)
        => [.. new[] { "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID" }.Select(f => row[Col[prefix + f]])];

    /// <summary>A writer with two states of our own: Ruritania (FIPS RR, centre 50,20) and Freedonia (FIPS FD, centre 10,-60).</summary>
    private static GdeltEventWriter TwoStates()
    {
        var names = new Dictionary<string, string> { ["RUR"] = "Ruritania", ["FRE"] = "Freedonia" };
        var fips = new Dictionary<string, string> { ["RUR"] = "RR", ["FRE"] = "FD" };
        var centres = new Dictionary<string, (double, double)> { ["RUR"] = (50, 20), ["FRE"] = (10, -60) };
        return new GdeltEventWriter(TextWriter.Null, names.ContainsKey, fips.GetValueOrDefault, c => names[c], c => centres.TryGetValue(c, out var p) ? p : null);
    }

    [Fact]
    public void Gdelt_PutsTheActorAtTheEventsPlace_WhenTheEventHappenedInItsState_ElseAtItsStatesCentre()
    {
        // Ruritania struck Freedonia's city of Port Ash: Freedonia was there, Ruritania is only known as a state
        var e = Placeless.First() with
        {
            SourceCode = "RUR", SourceName = "Ruritania", TargetCode = "FRE", TargetName = "Freedonia",
            Location = new Entente.Core.Events.EventLocation("Port Ash", "city", "FRE", "Ash Coast", 11.5, -61.25, "clause", 0, 8, "9000001", "FD.03"),
        };
        var row = TwoStates().Row(e);
        Assert.Equal(["1", "Ruritania", "RR", "RR", "", "50", "20", "RR"], Geo(row, "Actor1Geo_"));
        Assert.Equal(["4", "Port Ash, Ash Coast, Freedonia", "FD", "FD03", "", "11.5", "-61.25", "9000001"], Geo(row, "Actor2Geo_"));
        Assert.Equal(Geo(row, "ActionGeo_"), Geo(row, "Actor2Geo_"));
    }

    [Fact]
    public void Gdelt_PutsTheActorAtItsOwnPlace_WhenTheTextTiesItToOne()
    {
        // the governor of Port Ash (Freedonia) rebuked Ruritania at a summit in Ruritania: Actor2Geo is Port Ash, not the summit's city;
        // an organization with a place of its own gets it too
        var e = Placeless.First() with
        {
            SourceCode = "RUR", SourceName = "Ruritania", TargetCode = "FRE", TargetName = "Freedonia",
            Location = new Entente.Core.Events.EventLocation("Old Town", "city", "RUR", null, 51, 21, "clause", 0, 8),
            SourcePlace = null,
            TargetPlace = new Entente.Core.Events.EventLocation("Port Ash", "city", "FRE", "Ash Coast", 11.5, -61.25, "phrase", 10, 18, "9000001", "FD.03"),
        };
        var row = TwoStates().Row(e);
        Assert.Equal(["4", "Port Ash, Ash Coast, Freedonia", "FD", "FD03", "", "11.5", "-61.25", "9000001"], Geo(row, "Actor2Geo_"));
        Assert.Equal(["4", "Old Town, Ruritania", "RR", "", "", "51", "21", ""], Geo(row, "Actor1Geo_"));
        var org = TwoStates().Row(e with { SourceCode = "NATO", SourceName = "NATO", SourcePlace = e.TargetPlace });
        Assert.Equal("Port Ash, Ash Coast, Freedonia", org[Col["Actor1Geo_FullName"]]);
    }

    [Fact]
    public void Gdelt_GivesStatesTheirCentre_WhenTheEventHasNoPlaceOrIsAtSea()
    {
        var e = Placeless.First() with { SourceCode = "RUR", SourceName = "Ruritania", TargetCode = "FRE", TargetName = "Freedonia", Location = null };
        var row = TwoStates().Row(e);
        Assert.Equal(["1", "Ruritania", "RR", "RR", "", "50", "20", "RR"], Geo(row, "Actor1Geo_"));
        Assert.Equal(["1", "Freedonia", "FD", "FD", "", "10", "-60", "FD"], Geo(row, "Actor2Geo_"));
        Assert.All(Geo(row, "ActionGeo_"), c => Assert.Equal("", c));

        var atSea = TwoStates().Row(e with { Location = new Entente.Core.Events.EventLocation("Grey Sea", "sea", "FRE", null, 30, -40, "clause", 0, 8) });
        Assert.Equal("1", atSea[Col["Actor2Geo_Type"]]);
        Assert.Equal("10", atSea[Col["Actor2Geo_Lat"]]);
    }

    [Fact]
    public void Gdelt_LeavesActorGeoEmpty_WhenTheActorIsNoStateOrUnstated()
    {
        var e = Placeless.First() with
        {
            SourceCode = "NATO", SourceName = "NATO", TargetCode = "", TargetName = "",
            Location = new Entente.Core.Events.EventLocation("Port Ash", "city", "FRE", null, 11.5, -61.25, "clause", 0, 8, "9000001"),
        };
        var row = TwoStates().Row(e);
        Assert.All(Geo(row, "Actor1Geo_"), c => Assert.Equal("", c));
        Assert.All(Geo(row, "Actor2Geo_"), c => Assert.Equal("", c));
        Assert.Equal("4", row[Col["ActionGeo_Type"]]);
    }

    [Fact]
    public void GdeltExport_FillsActorGeo_FromTheShippedGazetteerAndFipsCodes()
    {
        var e = Placeless.First(e => e.SourceCode == "IRN" && e.TargetCode == "RUS") with { Location = null };
        var output = new MemoryStream();
        EventExport.Write("gdelt", output, [e], new Entente.Corpus.CorpusServices(TestKit.Knowledge));
        var row = System.Text.Encoding.UTF8.GetString(output.ToArray()).TrimEnd('\n').Split('\t');
        var iran = TestKit.Knowledge.Places.Countries["IRN"];
        Assert.Equal(["1", "Iran", "IR", "IR", "", iran.Lat!.Value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture),
            iran.Lon!.Value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture), "IR"], Geo(row, "Actor1Geo_"));
        Assert.Equal(["1", "Russia", "RS"], Geo(row, "Actor2Geo_").Take(3));
    }

    [Theory]
    [InlineData("E0000000000000001", 0L)]
    [InlineData("E00000000000000f0", 15L)]
    [InlineData("Effffffffffffffff", 0x0fffffffffffffffL)]
    public void Gdelt_GlobalEventId_IsTheFirst15HexDigits(string id, long expected)
        => Assert.Equal(expected, GdeltEventWriter.GlobalEventId(id));

    [Fact]
    public void Gdelt_GlobalEventId_IsUniqueOnTheStoryStore()
        => Assert.Equal(store.Events.Count, store.Events.Select(e => GdeltEventWriter.GlobalEventId(e.Id)).Distinct().Count());

    [Fact]
    public void Gdelt_LeavesCountryCodeEmpty_WhenTheActorIsNotAState()
    {
        var e = store.Events[0] with { SourceCode = "NATO", SourceName = "NATO", Id = "E0123456789abcdef" };
        var row = new GdeltEventWriter(new StringWriter(), IsState).Row(e);
        Assert.Equal("NATO", row[5]);
        Assert.Equal("", row[7]);
        Assert.Equal(0x0123456789abcdeL.ToString(), row[0]);
    }

    [Fact]
    public void Gdelt_WritesTheReportDayNotTheLowerBound_WhenTheRangeOpensWithSince()
    {
        // "Putin's first trip to Pyongyang since 2000" once gave 2000-01-01..2024-06-21 and SQLDATE 20000101
        var e = store.Events[0] with { DateStart = new DateOnly(2000, 1, 1), DateEnd = new DateOnly(2024, 6, 21), LastSeen = new DateOnly(2024, 6, 21), Status = Entente.Corpus.Model.ReconciledStatus.Reported };
        var row = new GdeltEventWriter(new StringWriter(), IsState).Row(e);
        Assert.Equal("20240621", row[1]);
        Assert.Equal("202406", row[2]);
    }

    [Fact]
    public void Gdelt_WritesTheLastDayOfTheMonth_WhenTheTextGivesOnlyTheMonth()
    {
        var e = store.Events[0] with { DateStart = new DateOnly(2024, 3, 1), DateEnd = new DateOnly(2024, 3, 31), LastSeen = new DateOnly(2024, 5, 2), Status = Entente.Corpus.Model.ReconciledStatus.Reported };
        Assert.Equal("20240331", new GdeltEventWriter(new StringWriter(), IsState).Row(e)[1]);
    }

    [Fact]
    public void Gdelt_WritesTheFirstPossibleDay_WhenTheEventIsPlanned()
    {
        var e = store.Events[0] with { DateStart = new DateOnly(2025, 1, 17), DateEnd = new DateOnly(2025, 7, 17), LastSeen = new DateOnly(2025, 1, 17), Status = Entente.Corpus.Model.ReconciledStatus.Planned };
        Assert.Equal("20250117", new GdeltEventWriter(new StringWriter(), IsState).Row(e)[1]);
    }

    [Fact]
    public void Gdelt_GuardsAnActorNameLikeAFormula_AndKeepsANegativeGoldsteinANumber()
    {
        var e = store.Events[0] with { SourceName = "@SUM(1+1)", Goldstein = -2 };
        var text = new StringWriter();
        new GdeltEventWriter(text, IsState).Write([e]);
        var row = text.ToString().TrimEnd('\n').Split('\t');
        int name = GdeltEventWriter.Columns.ToList().IndexOf("Actor1Name"), goldstein = GdeltEventWriter.Columns.ToList().IndexOf("GoldsteinScale");
        Assert.Equal("'@SUM(1+1)", row[name]);
        Assert.Equal("-2.0", row[goldstein]);
    }
}
