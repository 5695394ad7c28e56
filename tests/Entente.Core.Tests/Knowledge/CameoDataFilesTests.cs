using System.Globalization;
using Entente.Core.Knowledge;

namespace Entente.Core.Tests.Knowledge;

/// <summary>Checks the shipped event-code knowledge files: data/cameo/cameo.tsv, data/cameo/event-types.tsv, data/estimative.tsv.</summary>
public class CameoDataFilesTests
{
    private static readonly string RepoRoot = FindRepoRoot();
    private static readonly Lazy<DataTable> Cameo = new(() => DataTable.Load(
        Path.Combine(RepoRoot, "data", "cameo", "cameo.tsv"), "cameo",
        "code", "name", "goldstein", "quadclass", "plover", "type", "description"));
    private static readonly Lazy<DataTable> EventTypes = new(() => DataTable.Load(
        Path.Combine(RepoRoot, "data", "cameo", "event-types.tsv"), "event-types", "type", "sphere", "description"));
    private static readonly Lazy<DataTable> Estimative = new(() => DataTable.Load(
        Path.Combine(RepoRoot, "data", "estimative.tsv"), "estimative", "phrase", "level", "probability", "low", "high", "notes"));

    private static readonly string[] PloverTypes =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];

    private static readonly string[] Spheres = ["military", "economic", "diplomatic", "infrastructure", "humanitarian", "legal", "other"];

    /// <summary>Estimative levels from least to most probable.</summary>
    private static readonly string[] LevelOrder =
    [
        "almost_no_chance", "very_unlikely", "unlikely", "possible", "alleged", "roughly_even_chance",
        "reported_hedge", "apparent", "likely", "very_likely", "almost_certain",
    ];

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "data", "cameo", "cameo.tsv")))
                return dir.FullName;
        throw new InvalidOperationException($"no directory above {AppContext.BaseDirectory} contains data/cameo/cameo.tsv");
    }

    private static Dictionary<string, DataRow> CameoByCode() => Cameo.Value.Rows.ToDictionary(r => r["code"]);

    private static int ExpectedQuadClass(string code)
    {
        int root = int.Parse(code[..2], CultureInfo.InvariantCulture);
        return root switch { <= 5 => 1, <= 8 => 2, <= 14 => 3, _ => 4 };
    }

    [Fact]
    public void CameoTable_HasAllTwentyRoots_WhenLoaded()
    {
        var codes = CameoByCode();
        for (int root = 1; root <= 20; root++)
            Assert.True(codes.ContainsKey(root.ToString("00", CultureInfo.InvariantCulture)), $"root {root:00} is missing");
    }

    [Fact]
    public void CameoTable_CodesAreUniqueDigitStrings_WhenLoaded()
    {
        var rows = Cameo.Value.Rows;
        Assert.InRange(rows.Length, 280, 330);
        var duplicates = rows.GroupBy(r => r["code"]).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        foreach (var row in rows)
        {
            var code = row.Required("code");
            Assert.True(code.Length is >= 2 and <= 4 && code.All(char.IsAsciiDigit), $"{row.Location}: code '{code}' is not 2-4 digits");
            var root = int.Parse(code[..2], CultureInfo.InvariantCulture);
            Assert.InRange(root, 1, 20);
        }
    }

    [Fact]
    public void CameoTable_EveryCodeHasItsParent_WhenCodeHasThreeOrFourDigits()
    {
        var codes = CameoByCode();
        foreach (var code in codes.Keys.Where(c => c.Length > 2))
        {
            var parent = code[..^1];
            Assert.True(codes.ContainsKey(parent), $"{codes[code].Location}: parent '{parent}' of '{code}' is missing");
        }
    }

    [Theory]
    [InlineData("010", "020", "030", "040", "050", "060", "070", "080", "090", "100")]
    [InlineData("110", "120", "130", "140", "150", "160", "170", "180", "190", "200")]
    [InlineData("0211", "0311", "1031", "1041", "1221", "1311", "1721", "1821", "2041", "2042")]
    public void CameoTable_ContainsCodebookCodes_WhenLoaded(params string[] expected)
    {
        var codes = CameoByCode();
        foreach (var code in expected) Assert.True(codes.ContainsKey(code), $"code {code} is missing");
    }

    [Fact]
    public void CameoTable_GoldsteinAndQuadClassFollowRules_ForEveryRow()
    {
        foreach (var row in Cameo.Value.Rows)
        {
            var g = row.RequiredDouble("goldstein");
            Assert.True(g is >= -10 and <= 10, $"{row.Location}: goldstein {g} outside [-10, 10]");
            var code = row["code"];
            Assert.True(row.RequiredInt("quadclass") == ExpectedQuadClass(code), $"{row.Location}: quadclass of {code} should be {ExpectedQuadClass(code)}");
            Assert.True(PloverTypes.Contains(row.Required("plover")), $"{row.Location}: '{row["plover"]}' is not a PLOVER event type");
            Assert.False(string.IsNullOrWhiteSpace(row.Required("name")));
            Assert.False(string.IsNullOrWhiteSpace(row.Required("description")));
        }
    }

    [Theory]
    [InlineData("010", 0.0)]
    [InlineData("020", 3.0)]
    [InlineData("036", 4.0)]
    [InlineData("040", 1.0)]
    [InlineData("042", 1.9)]
    [InlineData("043", 2.8)]
    [InlineData("046", 7.0)]
    [InlineData("051", 3.4)]
    [InlineData("057", 8.0)]
    [InlineData("061", 6.4)]
    [InlineData("062", 7.4)]
    [InlineData("071", 7.4)]
    [InlineData("072", 8.3)]
    [InlineData("073", 7.4)]
    [InlineData("111", -2.0)]
    [InlineData("112", -2.0)]
    [InlineData("130", -4.4)]
    [InlineData("163", -8.0)]
    [InlineData("172", -5.0)]
    [InlineData("173", -5.0)]
    [InlineData("190", -10.0)]
    [InlineData("195", -10.0)]
    public void CameoTable_HasStandardGoldsteinValue_ForKnownCode(string code, double expected)
    {
        Assert.Equal(expected, CameoByCode()[code].RequiredDouble("goldstein"), 3);
    }

    [Fact]
    public void CameoTable_MapsMilitaryAidToArmsTransfer_ForCode072()
    {
        var row = CameoByCode()["072"];
        Assert.Equal(8.3, row.RequiredDouble("goldstein"), 3);
        Assert.Equal(2, row.RequiredInt("quadclass"));
        Assert.Equal("AID", row["plover"]);
        Assert.Equal("arms_transfer", row["type"]);
    }

    [Theory]
    [InlineData("163", "sanctions", "SANCTION")]
    [InlineData("081", "sanctions_relief", "CONCEDE")]
    [InlineData("085", "sanctions_relief", "RETREAT")]
    [InlineData("057", "agreement", "SUPPORT")]
    [InlineData("062", "military_cooperation", "COOPERATE")]
    [InlineData("0311", "economic_cooperation", "AGREE")]
    [InlineData("061", "economic_cooperation", "COOPERATE")]
    [InlineData("016", "denial", "REJECT")]
    [InlineData("042", "meeting", "CONSULT")]
    [InlineData("111", "criticism", "ACCUSE")]
    [InlineData("138", "threat", "THREATEN")]
    [InlineData("195", "attack", "ASSAULT")]
    [InlineData("1031", "demand", "REQUEST")]
    public void CameoTable_MapsTypeAndPlover_ForKnownCode(string code, string type, string plover)
    {
        var row = CameoByCode()[code];
        Assert.Equal(type, row["type"]);
        Assert.Equal(plover, row["plover"]);
    }

    [Fact]
    public void CameoTable_UsesOnlyDeclaredTypes_WhenComparedWithEventTypes()
    {
        var declared = EventTypes.Value.Rows.Select(r => r.Required("type")).ToHashSet(StringComparer.Ordinal);
        foreach (var row in Cameo.Value.Rows)
            Assert.True(declared.Contains(row.Required("type")), $"{row.Location}: type '{row["type"]}' is not declared in event-types.tsv");
    }

    [Fact]
    public void EventTypes_AreUniqueWithKnownSphere_AndEachIsUsed()
    {
        var rows = EventTypes.Value.Rows;
        Assert.Equal(rows.Length, rows.Select(r => r["type"]).Distinct().Count());
        var used = Cameo.Value.Rows.Select(r => r["type"]).ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            Assert.True(Spheres.Contains(row.Required("sphere")), $"{row.Location}: sphere '{row["sphere"]}' is not one of {string.Join(", ", Spheres)}");
            Assert.False(string.IsNullOrWhiteSpace(row.Required("description")));
            Assert.True(used.Contains(row["type"]), $"{row.Location}: type '{row["type"]}' is never used in cameo.tsv");
        }
    }

    [Fact]
    public void Estimative_ProbabilityLiesWithinBounds_ForEveryPhrase()
    {
        foreach (var row in Estimative.Value.Rows)
        {
            double p = row.RequiredDouble("probability"), lo = row.RequiredDouble("low"), hi = row.RequiredDouble("high");
            Assert.True(lo >= 0 && lo <= p && p <= hi && hi <= 1, $"{row.Location}: expected 0 <= {lo} <= {p} <= {hi} <= 1");
            Assert.False(string.IsNullOrWhiteSpace(row.Required("notes")), $"{row.Location}: notes are empty");
            Assert.Contains(row.Required("level"), LevelOrder);
        }
    }

    [Fact]
    public void Estimative_ProbabilityRisesWithLevel_AndIsConstantWithinLevel()
    {
        var byLevel = Estimative.Value.Rows.GroupBy(r => r["level"]).ToDictionary(g => g.Key, g => g.ToList());
        double previous = double.NegativeInfinity;
        foreach (var level in LevelOrder)
        {
            Assert.True(byLevel.ContainsKey(level), $"level '{level}' has no phrase");
            var probabilities = byLevel[level].Select(r => r.RequiredDouble("probability")).Distinct().ToList();
            Assert.Single(probabilities);
            Assert.True(probabilities[0] > previous, $"level '{level}' ({probabilities[0]}) is not above the level before it ({previous})");
            previous = probabilities[0];
        }
    }

    [Theory]
    [InlineData("almost certainly", "almost_certain", 0.95, 0.99)]
    [InlineData("very likely", "very_likely", 0.80, 0.95)]
    [InlineData("likely", "likely", 0.55, 0.80)]
    [InlineData("roughly even chance", "roughly_even_chance", 0.45, 0.55)]
    [InlineData("unlikely", "unlikely", 0.20, 0.45)]
    [InlineData("highly improbable", "very_unlikely", 0.05, 0.20)]
    [InlineData("almost no chance", "almost_no_chance", 0.01, 0.05)]
    [InlineData("reportedly", "reported_hedge", 0.35, 0.75)]
    [InlineData("may", "possible", 0.20, 0.55)]
    public void Estimative_MatchesIcd203Band_ForKnownPhrase(string phrase, string level, double low, double high)
    {
        var row = Assert.Single(Estimative.Value.Rows, r => r["phrase"] == phrase);
        Assert.Equal(level, row["level"]);
        Assert.Equal(low, row.RequiredDouble("low"), 3);
        Assert.Equal(high, row.RequiredDouble("high"), 3);
    }

    [Fact]
    public void Estimative_ListsLongerPhraseBeforeAnyPhraseItContains_WhenScannedInOrder()
    {
        var phrases = Estimative.Value.Rows.Select(r => r.Required("phrase")).ToList();
        Assert.Equal(phrases.Count, phrases.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        for (int i = 0; i < phrases.Count; i++)
            for (int j = i + 1; j < phrases.Count; j++)
                Assert.False(phrases[j].Contains(phrases[i], StringComparison.OrdinalIgnoreCase),
                    $"'{phrases[j]}' contains '{phrases[i]}' but comes after it");
        var wordCounts = phrases.Select(p => p.Split(' ').Length).ToList();
        for (int i = 1; i < wordCounts.Count; i++)
            Assert.True(wordCounts[i] <= wordCounts[i - 1], $"'{phrases[i]}' has more words than '{phrases[i - 1]}' before it");
    }

    [Theory]
    [InlineData("042", false)]
    [InlineData("043", false)]
    [InlineData("045", false)]
    [InlineData("040", true)]
    [InlineData("057", true)]
    [InlineData("072", false)]
    [InlineData("999", false)]
    public void CameoTable_SaysWhichCodesMayBeReordered_FromTheCodeOrItsType(string code, bool symmetric)
        => Assert.Equal(symmetric, TestData.Knowledge.Cameo.IsSymmetric(code));
}
