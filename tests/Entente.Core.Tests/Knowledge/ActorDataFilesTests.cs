using System.Globalization;
using Entente.Core.Knowledge;

namespace Entente.Core.Tests.Knowledge;

/// <summary>Checks the shipped actor knowledge files under data/actors/ for shape and internal consistency.</summary>
public class ActorDataFilesTests
{
    private static readonly HashSet<string> CameoRoles = new(StringComparer.Ordinal)
    {
        "GOV", "MIL", "LEG", "JUD", "SPY", "COP", "MED", "BUS", "OPP", "REB", "UAF",
        "CVL", "REF", "EDU", "HLH", "HRI", "LAB", "ELI", "REL", "NGO", "AGR", "DEV", "ENV",
    };

    private static readonly HashSet<string> OrganizationKinds = new(StringComparer.Ordinal)
    {
        "igo", "bloc", "alliance", "court", "armed_group", "party", "company", "ngo", "informal",
    };

    private static string ActorsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "actors");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"no data/actors folder above {AppContext.BaseDirectory}");
    }

    private static DataTable Load(string file, string kind, params string[] columns)
        => DataTable.Load(Path.Combine(ActorsFolder(), file), kind, columns);

    private static DataTable States() => Load("states.tsv", "states", "code", "name", "aliases", "adjectives", "capitals", "epithets");
    private static DataTable Organizations() => Load("organizations.tsv", "organizations", "code", "name", "aliases", "kind", "country", "seats");
    private static DataTable Institutions() => Load("institutions.tsv", "institutions", "phrase", "code", "role", "name");
    private static DataTable Agents() => Load("agents.tsv", "agents", "phrase", "role", "notes");
    private static DataTable Officials() => Load("officials.tsv", "officials", "name", "aliases", "code", "role", "title", "from", "to");

    [Theory]
    [InlineData("states.tsv", "states", 7)]
    [InlineData("organizations.tsv", "organizations", 6)]
    [InlineData("institutions.tsv", "institutions", 5)]
    [InlineData("agents.tsv", "agents", 5)]
    [InlineData("officials.tsv", "officials", 7)]
    [InlineData("nonactors.tsv", "nonactors", 2)]
    public void ActorData_EveryRowHasEveryCell_WhenFileLoads(string file, string kind, int columns)
    {
        var table = Load(file, kind);
        Assert.Equal(columns, table.Columns.Length);
        Assert.NotEmpty(table.Rows);
        foreach (var row in table.Rows)
            Assert.True(row[table.Columns[0]].Length > 0, $"{row.Location}: first column is empty");
        var lines = File.ReadAllLines(table.Path);
        foreach (var row in table.Rows)
            Assert.True(lines[row.Line - 1].Split('\t').Length == columns, $"{row.Location}: expected {columns} tab-separated cells");
    }

    [Fact]
    public void States_Has197UniqueSortedThreeLetterCodes_WhenLoaded()
    {
        var codes = States().Rows.Select(r => r.Required("code")).ToArray();
        Assert.Equal(197, codes.Length);
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^[A-Z]{3}$", c));
        Assert.Equal(codes.OrderBy(c => c, StringComparer.Ordinal), codes);
    }

    [Theory]
    [InlineData("IRN", "capitals", "Tehran")]
    [InlineData("RUS", "capitals", "Moscow")]
    [InlineData("UKR", "capitals", "Kyiv")]
    [InlineData("USA", "aliases", "US")]
    [InlineData("GBR", "adjectives", "British")]
    [InlineData("PRK", "aliases", "DPRK")]
    [InlineData("ARE", "adjectives", "Emiratis")]
    [InlineData("TUR", "aliases", "Türkiye")]
    [InlineData("IRN", "epithets", "Islamic Republic")]
    public void States_ListsExpectedPhrase_ForWellKnownState(string code, string column, string phrase)
    {
        var row = Assert.Single(States().Rows, r => r["code"] == code);
        Assert.Contains(phrase, row.List(column));
    }

    [Fact]
    public void States_DoesNotListBrusselsForBelgium_BecauseItStandsForTheEu()
    {
        var bel = Assert.Single(States().Rows, r => r["code"] == "BEL");
        Assert.DoesNotContain("Brussels", bel.List("capitals"));
        var eu = Assert.Single(Organizations().Rows, r => r["code"] == "EU");
        Assert.Contains("Brussels", eu.List("seats"));
    }

    [Fact]
    public void Organizations_CodesAreUniqueAndNeverAStateCode_WhenLoaded()
    {
        var stateCodes = States().Rows.Select(r => r["code"]).ToHashSet(StringComparer.Ordinal);
        var rows = Organizations().Rows;
        var codes = rows.Select(r => r.Required("code")).ToArray();
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        foreach (var row in rows)
        {
            Assert.Matches("^[A-Z0-9]+$", row["code"]);
            Assert.False(stateCodes.Contains(row["code"]), $"{row.Location}: code {row["code"]} is also a state code");
            Assert.True(OrganizationKinds.Contains(row["kind"]), $"{row.Location}: unknown kind '{row["kind"]}'");
            var country = row.Optional("country");
            Assert.True(country == null || stateCodes.Contains(country), $"{row.Location}: unknown country '{country}'");
        }
    }

    [Fact]
    public void Organizations_FailWithFileAndLine_WhenAFileUsesACodeTwice()
    {
        const string file = "# entente-data: 1\n# kind: organizations\n# description: test bodies\n# date: 2026-12-07\ncode\tname\taliases\tkind\tcountry\tseats\n"
            + "LAKEF\tLake Forum\t\tngo\t\t\nLAKEF\tLake Front\t\tarmed_group\t\t\n";
        UserDictionary.With(file, path =>
        {
            var ex = Assert.Throws<DataFileException>(() => KnowledgeBase.Load(UserDictionary.DataDir, [path]));
            Assert.StartsWith($"{path}:7: ", ex.Message);
            Assert.Contains("used twice", ex.Message);
            return 0;
        });
    }

    [Fact]
    public void CoreferencePhrases_FailWithFileAndLine_WhenRefersIsUnknown()
    {
        const string file = "# entente-data: 1\n# kind: coreference-phrases\n# description: test phrases\n# date: 2026-12-07\nphrase\trefers\tnote\n"
            + "the two juntas\tpair\t\nthe twins\tcouple\t\n";
        UserDictionary.With(file, path =>
        {
            var ex = Assert.Throws<DataFileException>(() => KnowledgeBase.Load(UserDictionary.DataDir, [path]));
            Assert.StartsWith($"{path}:7: ", ex.Message);
            Assert.Contains("unknown refers 'couple'", ex.Message);
            return 0;
        });
    }

    [Fact]
    public void CoreferencePhrases_ExtendThePairs_FromAUserDictionary()
    {
        const string file = "# entente-data: 1\n# kind: coreference-phrases\n# description: test phrases\n# date: 2026-12-07\nphrase\trefers\tnote\n"
            + "the two juntas\tpair\t\n";
        UserDictionary.With(file, path =>
        {
            var kb = KnowledgeBase.Load(UserDictionary.DataDir, [path]);
            var doc = Entente.Core.Text.SentenceSplitter.Default.Split("Mali and Niger met in Bamako. The two juntas signed a pact.");
            var found = new Entente.Core.Actors.ActorRecognizer(kb.Actors).Recognize(doc).Where(m => m.Sentence == 1 && m.Coreferent).Select(m => m.Code).ToList();
            Assert.Equal(["MLI", "NER"], found);
            return 0;
        });
    }

    [Fact]
    public void Organizations_DoNotListBareIsForIslamicState_BecauseItIsAVerb()
    {
        var isis = Assert.Single(Organizations().Rows, r => r["code"] == "ISIS");
        Assert.DoesNotContain("IS", isis.List("aliases"));
    }

    [Fact]
    public void InstitutionsAndAgents_UseCameoRoles_WhenLoaded()
    {
        var stateCodes = States().Rows.Select(r => r["code"]).ToHashSet(StringComparer.Ordinal);
        foreach (var row in Institutions().Rows)
        {
            Assert.True(stateCodes.Contains(row.Required("code")), $"{row.Location}: unknown state '{row["code"]}'");
            Assert.True(CameoRoles.Contains(row.Required("role")), $"{row.Location}: unknown role '{row["role"]}'");
            var secondary = row.Optional("secondary");
            Assert.True(secondary == null || CameoRoles.Contains(secondary), $"{row.Location}: unknown secondary '{secondary}'");
        }
        foreach (var row in Agents().Rows)
        {
            Assert.True(CameoRoles.Contains(row.Required("role")), $"{row.Location}: unknown role '{row["role"]}'");
            var secondary = row.Optional("secondary");
            Assert.True(secondary == null || CameoRoles.Contains(secondary), $"{row.Location}: unknown secondary '{secondary}'");
        }
    }

    [Theory]
    [InlineData("Kremlin", "RUS", "GOV")]
    [InlineData("Pentagon", "USA", "GOV")]
    [InlineData("IRGC", "IRN", "MIL")]
    [InlineData("Mossad", "ISR", "SPY")]
    [InlineData("Knesset", "ISR", "LEG")]
    public void Institutions_MapPhraseToStateAndRole_ForWellKnownInstitution(string phrase, string code, string role)
    {
        var row = Assert.Single(Institutions().Rows, r => r.List("phrase").Contains(phrase));
        Assert.Equal(code, row["code"]);
        Assert.Equal(role, row["role"]);
    }

    [Fact]
    public void Officials_HaveKnownCodesRolesAndOrderedDates_WhenLoaded()
    {
        var codes = States().Rows.Select(r => r["code"])
            .Concat(Organizations().Rows.Select(r => r["code"]))
            .ToHashSet(StringComparer.Ordinal);
        var rows = Officials().Rows;
        Assert.True(rows.Length >= 200, $"only {rows.Length} officials");
        foreach (var row in rows)
        {
            Assert.True(codes.Contains(row.Required("code")), $"{row.Location}: unknown code '{row["code"]}'");
            Assert.True(CameoRoles.Contains(row.Required("role")), $"{row.Location}: unknown role '{row["role"]}'");
            var from = row.OptionalDate("from");
            var to = row.OptionalDate("to");
            Assert.True(from == null || to == null || from <= to, $"{row.Location}: 'from' is after 'to'");
        }
    }

    [Fact]
    public void Officials_OwjiWasPetroleumMinister_From2021To2024()
    {
        var owji = Assert.Single(Officials().Rows, r => r["name"] == "Javad Owji");
        Assert.Equal("IRN", owji["code"]);
        Assert.Equal(new DateOnly(2021, 8, 25), owji.OptionalDate("from"));
        Assert.Equal(new DateOnly(2024, 8, 21), owji.OptionalDate("to"));
    }

    [Fact]
    public void ActorPhrases_NeverMapToTwoCodes_AcrossStatesOrganizationsAndInstitutions()
    {
        var seen = new Dictionary<string, (string Code, string Where)>(StringComparer.Ordinal);
        var clashes = new List<string>();
        void Add(string phrase, string code, string where)
        {
            var key = Normalize(phrase);
            if (seen.TryGetValue(key, out var prior) && prior.Code != code)
                clashes.Add($"'{phrase}': {prior.Code} ({prior.Where}) vs {code} ({where})");
            else seen.TryAdd(key, (code, where));
        }
        foreach (var row in States().Rows)
            foreach (var column in new[] { "name", "aliases", "adjectives", "capitals", "epithets" })
                foreach (var phrase in row.List(column)) Add(phrase, row["code"], row.Location);
        foreach (var row in Organizations().Rows)
            foreach (var column in new[] { "name", "aliases", "seats" })
                foreach (var phrase in row.List(column)) Add(phrase, row["code"], row.Location);
        foreach (var row in Institutions().Rows)
            foreach (var phrase in row.List("phrase")) Add(phrase, row["code"], row.Location);
        Assert.Empty(clashes);
    }

    // Mirrors the matching rule: ALL-CAPS entries of 2-5 letters are case-sensitive, everything else is not.
    private static string Normalize(string phrase)
    {
        var p = phrase.Trim();
        if (p.Length is >= 2 and <= 5 && p.All(c => c is >= 'A' and <= 'Z')) return p;
        p = p.ToLower(CultureInfo.InvariantCulture);
        return p.StartsWith("the ", StringComparison.Ordinal) ? p[4..] : p;
    }
}
