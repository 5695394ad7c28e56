using Entente.Core.Knowledge;

namespace Entente.Core.Tests.Knowledge;

/// <summary>Checks the shipped knowledge files data/equipment.tsv and data/outlets.tsv.</summary>
public class EquipmentOutletDataFilesTests
{
    private static readonly string[] EquipmentColumns = ["name", "aliases", "category", "origin", "notes"];
    private static readonly string[] OutletColumns = ["name", "aliases", "country", "kind", "type", "domain"];

    public static readonly string[] Categories =
    [
        "ballistic_missile", "cruise_missile", "anti_ship_missile", "hypersonic_missile", "anti_tank_missile",
        "surface_to_air_missile", "air_to_air_missile", "rocket_artillery", "artillery", "ammunition", "uav",
        "loitering_munition", "fighter_aircraft", "bomber_aircraft", "trainer_aircraft", "transport_aircraft",
        "attack_helicopter", "transport_helicopter", "air_defence", "radar", "electronic_warfare", "armour",
        "armoured_vehicle", "naval_vessel", "submarine", "small_arms", "satellite_launch", "nuclear",
        "military_technology", "weapons_general",
    ];

    public static readonly string[] Kinds = ["state", "state-affiliated", "independent", "opposition", "unknown"];
    public static readonly string[] Types = ["news_agency", "newspaper", "broadcaster", "online", "magazine", "think_tank", "monitor", "official"];

    private static readonly Lazy<string> DataDir = new(FindDataDir);
    private static readonly Lazy<DataTable> Equipment = new(() => DataTable.Load(Path.Combine(DataDir.Value, "equipment.tsv"), "equipment", EquipmentColumns));
    private static readonly Lazy<DataTable> Outlets = new(() => DataTable.Load(Path.Combine(DataDir.Value, "outlets.tsv"), "outlets", OutletColumns));

    private static string FindDataDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(candidate, "outlets.tsv"))) return candidate;
        }
        throw new InvalidOperationException($"no data/outlets.tsv above {AppContext.BaseDirectory} (hint: run the tests from inside the repository)");
    }

    private static DataRow Find(DataTable table, string nameOrAlias) =>
        table.Rows.SingleOrDefault(r => string.Equals(r["name"], nameOrAlias, StringComparison.OrdinalIgnoreCase)
                                       || r.List("aliases").Contains(nameOrAlias, StringComparer.OrdinalIgnoreCase))
        ?? throw new Xunit.Sdk.XunitException($"'{nameOrAlias}' is not in {table.Path}");

    private static void AssertIso3OrEmpty(DataRow row, string column)
    {
        var v = row[column];
        Assert.True(v.Length == 0 || (v.Length == 3 && v.All(char.IsAsciiLetterUpper)), $"{row.Location}: {column} '{v}' is not an ISO3 code");
    }

    private static void AssertNoAliasOnTwoRows(DataTable table)
    {
        var owner = new Dictionary<string, DataRow>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
            foreach (var phrase in row.List("aliases").Prepend(row.Required("name")).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (owner.TryGetValue(phrase, out var other))
                    Assert.Fail($"'{phrase}' is on {other.Location} and {row.Location}");
                owner[phrase] = row;
            }
    }

    [Fact]
    public void EquipmentFile_Loads_WithEnoughNamedSystems()
    {
        var named = Equipment.Value.Rows.Count(r => r["origin"].Length > 0);
        Assert.True(named >= 250, $"only {named} named systems");
        Assert.Contains(Equipment.Value.Rows, r => r["origin"].Length == 0);
    }

    [Fact]
    public void EquipmentFile_UsesOnlyDocumentedCategories_AndIso3Origins()
    {
        var readme = File.ReadAllText(Path.Combine(DataDir.Value, "equipment-README.md"));
        foreach (var c in Categories) Assert.Contains($"`{c}`", readme);
        foreach (var row in Equipment.Value.Rows)
        {
            Assert.True(Categories.Contains(row.Required("category")), $"{row.Location}: category '{row["category"]}' is not documented");
            AssertIso3OrEmpty(row, "origin");
        }
    }

    [Fact]
    public void EquipmentFile_HasNoAliasOnTwoRows() => AssertNoAliasOnTwoRows(Equipment.Value);

    [Theory]
    [InlineData("Fateh-110", "ballistic_missile", "IRN")]
    [InlineData("Yak-130", "trainer_aircraft", "RUS")]
    [InlineData("Shahed 136", "loitering_munition", "IRN")]
    [InlineData("Geran-2", "loitering_munition", "RUS")]
    [InlineData("Su-35s", "fighter_aircraft", "RUS")]
    [InlineData("Mi-28", "attack_helicopter", "RUS")]
    [InlineData("KN-23", "ballistic_missile", "PRK")]
    [InlineData("S-400", "air_defence", "RUS")]
    [InlineData("HIMARS", "rocket_artillery", "USA")]
    [InlineData("Storm Shadow", "cruise_missile", "GBR")]
    [InlineData("SCALP", "cruise_missile", "FRA")]
    [InlineData("Leopard 2", "armour", "DEU")]
    [InlineData("Bayraktar TB2", "uav", "TUR")]
    [InlineData("Iron Dome", "air_defence", "ISR")]
    [InlineData("BrahMos", "cruise_missile", "IND")]
    [InlineData("Kheibar Shekan", "ballistic_missile", "IRN")]
    [InlineData("drones", "uav", "")]
    [InlineData("UAVs", "uav", "")]
    [InlineData("kamikaze drones", "loitering_munition", "")]
    [InlineData("surface-to-surface ballistic missiles", "ballistic_missile", "")]
    [InlineData("warplanes", "fighter_aircraft", "")]
    [InlineData("combat trainer aircraft", "trainer_aircraft", "")]
    [InlineData("air defence systems", "air_defence", "")]
    [InlineData("air defense systems", "air_defence", "")]
    [InlineData("armored vehicles", "armoured_vehicle", "")]
    [InlineData("armoured vehicles", "armoured_vehicle", "")]
    [InlineData("artillery shells", "ammunition", "")]
    [InlineData("centrifuges", "nuclear", "")]
    [InlineData("dual-use goods", "military_technology", "")]
    [InlineData("weaponry", "weapons_general", "")]
    public void EquipmentFile_KnowsSystem_WhenLookedUpByNameOrAlias(string phrase, string category, string origin)
    {
        var row = Find(Equipment.Value, phrase);
        Assert.Equal(category, row["category"]);
        Assert.Equal(origin, row["origin"]);
    }

    [Fact]
    public void OutletsFile_UsesAllowedKindsTypesAndIso3Countries()
    {
        Assert.True(Outlets.Value.Rows.Length >= 200, $"only {Outlets.Value.Rows.Length} outlets");
        var readme = File.ReadAllText(Path.Combine(DataDir.Value, "outlets-README.md"));
        foreach (var k in Kinds.Concat(Types)) Assert.Contains($"`{k}`", readme);
        foreach (var row in Outlets.Value.Rows)
        {
            Assert.True(Kinds.Contains(row.Required("kind")), $"{row.Location}: kind '{row["kind"]}' is not allowed");
            Assert.True(Types.Contains(row.Required("type")), $"{row.Location}: type '{row["type"]}' is not allowed");
            AssertIso3OrEmpty(row, "country");
            var domain = row["domain"];
            Assert.True(domain.Length == 0 || (domain.Contains('.') && !domain.Contains('/') && !domain.Contains(' ')), $"{row.Location}: domain '{domain}' should be a bare host name");
        }
    }

    [Fact]
    public void OutletsFile_HasNoAliasOnTwoRows() => AssertNoAliasOnTwoRows(Outlets.Value);

    [Theory]
    [InlineData("IRNA", "IRN", "state")]
    [InlineData("Islamic Republic News Agency", "IRN", "state")]
    [InlineData("Ukrainska Pravda", "UKR", "independent")]
    [InlineData("Tasnim News Agency", "IRN", "state-affiliated")]
    [InlineData("Fars News Agency", "IRN", "state-affiliated")]
    [InlineData("Iran International", "GBR", "opposition")]
    [InlineData("TASS", "RUS", "state")]
    [InlineData("RIA Novosti", "RUS", "state")]
    [InlineData("Xinhua", "CHN", "state")]
    [InlineData("KCNA", "PRK", "state")]
    [InlineData("Al Jazeera", "QAT", "state-affiliated")]
    [InlineData("Radio Farda", "USA", "state-affiliated")]
    [InlineData("BBC", "GBR", "independent")]
    [InlineData("AP", "USA", "independent")]
    [InlineData("FT", "GBR", "independent")]
    [InlineData("Forbes.ua", "UKR", "independent")]
    [InlineData("ISW", "USA", "independent")]
    public void OutletsFile_KnowsOutlet_WhenLookedUpByNameOrAlias(string phrase, string country, string kind)
    {
        var row = Find(Outlets.Value, phrase);
        Assert.Equal(country, row["country"]);
        Assert.Equal(kind, row["kind"]);
    }
}
