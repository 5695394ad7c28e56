using Entente.Core.Knowledge;
using Entente.Core.Knowledge.Import;

namespace Entente.Core.Tests.Knowledge.Import;

public sealed class PetrarchImporterTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("entente-petrarch-").FullName;
    private static string FixtureDir => TestData.Path("Knowledge", "Import", "Fixtures", "petrarch");
    private static string DataDir => TestData.Path("data");

    public void Dispose() => Directory.Delete(_out, recursive: true);

    private ImportReport Run() => new PetrarchImporter().Run(new PetrarchImportOptions(FixtureDir, _out, DataDir, "2026-12-06"));

    private DataTable Load(string file, string kind, params string[] cols) => DataTable.Load(Path.Combine(_out, file), kind, cols);

    [Fact]
    public void Importer_WritesOneOfficialRowPerDatedSegment_WithOrigin()
    {
        Run();
        var t = Load("officials.tsv", "officials", PetrarchImporter.OfficialColumns);
        Assert.Equal("2026-12-06", t.Date);
        var jane = t.Rows.Where(r => r["name"] == "Jane Example").ToList();
        Assert.Equal(3, jane.Count);
        Assert.All(jane, r => Assert.Equal("J. Example", r["aliases"]));
        Assert.Equal(["ELI", "GOV", "GOV"], jane.Select(r => r["role"]).ToArray());
        Assert.Equal(new DateOnly(1992, 8, 1), jane[1].OptionalDate("from"));
        Assert.Equal(new DateOnly(1997, 8, 3), jane[1].OptionalDate("to"));
        Assert.Equal(new DateOnly(2020, 1, 1), jane[2].OptionalDate("from"));
        Assert.Null(jane[2].OptionalDate("to"));
        Assert.Equal("petrarch2/Phoenix.Countries.actors.txt:8", jane[1]["origin"]);
        var annan = Assert.Single(t.Rows, r => r["name"] == "Kofi Annan");
        Assert.Equal("K. Annan", annan["aliases"]);
        Assert.Equal((new DateOnly(1997, 1, 1), new DateOnly(2006, 12, 31)), (annan.OptionalDate("from"), annan.OptionalDate("to")));
        Assert.Equal("UN", annan["code"]);
        Assert.Equal("GOV", annan["role"]);
        Assert.Equal(4, t.Rows.Length);
    }

    [Fact]
    public void Importer_DropsRows_WhenEntenteAlreadyHasTheNameOfTheSameKind()
    {
        var report = Run();
        var officials = Load("officials.tsv", "officials", "name", "code");
        Assert.DoesNotContain(officials.Rows, r => r["name"] == "Vladimir Putin");
        Assert.Equal(1, report.Skipped["Phoenix.Countries.actors.txt: person: Entente's officials already have this name or alias"]);
        var orgs = Load("organizations.tsv", "organizations", PetrarchImporter.OrganizationColumns);
        Assert.DoesNotContain(orgs.Rows, r => r["name"] == "United Nations");
        Assert.Equal(1, report.Skipped["Phoenix.International.actors.txt: body: Entente's organizations already have this name or alias"]);
        var agents = Load("agents.tsv", "agents", PetrarchImporter.AgentColumns);
        Assert.DoesNotContain(agents.Rows, r => r.List("phrase").Contains("official"));
        Assert.Equal(1, report.Skipped["Phoenix.agents.txt: agent: Entente's agents already have this phrase"]);
    }

    [Fact]
    public void Importer_WritesOrganizations_OnlyForCodesEntenteDefines()
    {
        Run();
        var orgs = Load("organizations.tsv", "organizations", PetrarchImporter.OrganizationColumns);
        Assert.Equal(["World Example Council", "Al-Qaeda Example Front"], orgs.Rows.Select(r => r["name"]).ToArray());
        var aq = orgs.Rows[1];
        Assert.Equal("AQ", aq["code"]);
        Assert.Equal("armed_group", aq["kind"]);
        Assert.Equal(["AQEF", "Example Qaeda Network"], aq.List("aliases").ToArray());
        Assert.Equal("petrarch2/Phoenix.MilNonState.actors.txt:2", aq["origin"]);
        Assert.Equal("UN", orgs.Rows[0]["code"]);
    }

    [Fact]
    public void Importer_CountsEverySkip_ByReason()
    {
        var r = Run();
        Assert.Equal(1, r.Skipped["Phoenix.Countries.actors.txt: body: state name or place (states.tsv covers states)"]);
        Assert.Equal(1, r.Skipped["Phoenix.Countries.actors.txt: person: undated default code beside dated terms"]);
        Assert.Equal(1, r.Skipped["Phoenix.Countries.actors.txt: person: first part is not an Entente state (region, former state, territory)"]);
        Assert.Equal(1, r.Skipped["Phoenix.Countries.actors.txt: body: state sector body (institutions are not imported yet)"]);
        Assert.Equal(1, r.Skipped["Phoenix.International.actors.txt: body: part of a larger organization without its own Entente code"]);
        Assert.Equal(1, r.Skipped["Phoenix.International.actors.txt: body: company (MNC) code"]);
        Assert.Equal(1, r.Skipped["Phoenix.International.actors.txt: body: undated entry whose name may be a person's"]);
        Assert.Equal(1, r.Skipped["Phoenix.International.actors.txt: person: undated default code beside dated terms"]);
        Assert.Equal(1, r.Skipped["Phoenix.MilNonState.actors.txt: body: state sector body (institutions are not imported yet)"]);
        Assert.Equal(1, r.Skipped["Phoenix.MilNonState.actors.txt: body: first part is not an Entente state (region, former state, territory)"]);
        Assert.Equal(1, r.Skipped["Phoenix.agents.txt: agent: sector part not used by Entente"]);
        Assert.Equal(1, r.Skipped["Phoenix.agents.txt: agent: same phrase imported twice"]);
        Assert.Equal(1, r.Skipped["Phoenix.Countries.actors.txt: person: only one-word names (too ambiguous)"]);
        Assert.Equal(1, r.Skipped["Phoenix.International.actors.txt: person: one-word name or alias left out (the rest of the entry is kept)"]);
        Assert.Equal(2, r.Problems.Count);
        Assert.Contains(r.Problems, p => p.ToString().StartsWith("petrarch2/Phoenix.Countries.actors.txt:15: ", StringComparison.Ordinal));
        Assert.Contains(r.Lines(), l => l.Contains("petrarch2/Phoenix.agents.txt:12:", StringComparison.Ordinal));
        Assert.Equal(r.Skipped.Values.Sum(), r.SkippedTotal);
    }

    [Fact]
    public void Importer_WritesAgents_WithPluralsRolesAndNotes()
    {
        var report = Run();
        var t = Load("agents.tsv", "agents", PetrarchImporter.AgentColumns);
        var customs = Assert.Single(t.Rows, r => r.List("phrase").Contains("customs officer"));
        Assert.Equal(["customs officer", "customs officers"], customs.List("phrase").ToArray());
        Assert.Equal("COP", customs["role"]);
        Assert.Equal("petrarch2 code [~COP]", customs["notes"]);
        Assert.Equal("petrarch2/Phoenix.agents.txt:4", customs["origin"]);
        var sg = Assert.Single(t.Rows, r => r.List("phrase").Contains("solicitor general"));
        Assert.Equal(("GOV", "JUD"), (sg["role"], sg["secondary"]));
        Assert.Equal(["solicitor general", "solicitors general"], sg.List("phrase").ToArray());
        Assert.Equal(["fishing fleet"], t.Rows.Single(r => r["origin"].EndsWith(":5", StringComparison.Ordinal)).List("phrase").ToArray());
        var militant = Assert.Single(t.Rows, r => r.List("phrase").Contains("muslim militant"));
        Assert.Equal(("UAF", "REL"), (militant["role"], militant["secondary"]));
        Assert.Equal("NGO", t.Rows.Single(r => r.List("phrase").Contains("human rights body"))["role"]);
        Assert.Equal(report.Written["agents.tsv"], t.Rows.Length);
    }

    [Fact]
    public void Importer_WritesFiles_ThatTheKnowledgeBaseLoadsAsDictionaries()
    {
        Run();
        var files = new[] { "officials.tsv", "organizations.tsv", "agents.tsv" }.Select(f => Path.Combine(_out, f)).ToArray();
        var kb = KnowledgeBase.Load(DataDir, files);
        // every imported phrase became an entry: Jane Example, J. Example, Kofi Annan, K. Annan, 2 organizations (5 phrases), 8 agent rows' phrases
        Assert.True(kb.Actors.EntryCount > TestData.Knowledge.Actors.EntryCount + 8, $"{kb.Actors.EntryCount} vs {TestData.Knowledge.Actors.EntryCount}");
        Assert.Equal(3, kb.Files.Count(f => f.StartsWith(_out, StringComparison.Ordinal)));
    }
}
