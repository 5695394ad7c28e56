namespace Entente.Syntax.Tests.ShippedModel;

/// <summary>
/// The arcs event coding relies on (Fixtures/news-arcs.tsv: subjects, objects, passive agents, obl with case,
/// apposition, relative clauses, coordination, control, clausal complements), one test per arc, on the shipped model.
/// </summary>
[Collection(ShippedModelCollection.Name)]
public class NewsArcsTests(ShippedModelFixture shipped)
{
    public static TheoryData<string, string, string, string> Arcs()
    {
        var data = new TheoryData<string, string, string, string>();
        var lines = File.ReadAllLines(TestData.Fixture("news-arcs.tsv"));
        Assert.Equal("# format: sentence\tdependent\trelation\thead", lines[0]);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var c = line.Split('\t');
            data.Add(c[0], c[1], c[2], c[3]);
        }
        return data;
    }

    [Fact]
    public void Fixture_HasEveryArc_NewsArcsFile()
    {
        var arcs = Arcs();
        Assert.Equal(183, arcs.Count());
        Assert.Equal(54, arcs.Select(a => (string)a[0]).Distinct().Count());
    }

    /// <summary>
    /// The share of expected arcs the shipped model gets, over all 183: a floor a little under what it scores
    /// (the misses are listed in the message, with the model's parse, when it fails). A greedy parser gets some
    /// prepositional attachments wrong ("donated the stock to Ukraine" read as the stock to Ukraine).
    /// </summary>
    [Fact]
    public void Parse_FindsExpectedArcs_NewsSentences()
    {
        var misses = new List<string>();
        int total = 0;
        foreach (var arc in Arcs())
        {
            total++;
            var miss = Miss((string)arc[0], (string)arc[1], (string)arc[2], (string)arc[3]);
            if (miss != null) misses.Add(miss);
        }
        double share = 1.0 - (double)misses.Count / total;
        Assert.True(share >= MinShare, $"{share:P1} of arcs right (floor {MinShare:P0}); misses:\n{string.Join("\n", misses)}");
    }

    /// <summary>Floor for <see cref="Parse_FindsExpectedArcs_NewsSentences"/>, a little under what the shipped model scores (172 of 183, 94.0 %, on 2026-12-06, with the tagger's finite-verb rule).</summary>
    private const double MinShare = 0.92;

    /// <summary>The arcs that carry who did what to whom in these sentences: subject, object, passive subject and agent, apposition, control.</summary>
    [Theory]
    [MemberData(nameof(CoreArcs))]
    public void Parse_FindsCoreArc_NewsSentence(string sentence, string dependent, string relation, string head)
    {
        var miss = Miss(sentence, dependent, relation, head);
        Assert.True(miss == null, miss);
    }

    private static readonly HashSet<string> Core = ["nsubj:pass", "obl:agent", "appos", "xcomp", "acl:relcl"];

    public static TheoryData<string, string, string, string> CoreArcs()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var a in Arcs()) if (Core.Contains((string)a[2])) data.Add((string)a[0], (string)a[1], (string)a[2], (string)a[3]);
        return data;
    }

    private string? Miss(string sentence, string dependent, string relation, string head)
    {
        var parse = shipped.Annotate(sentence);
        int d = parse.Find(dependent), h = parse.Find(head);
        Assert.True(d >= 0, $"'{dependent}' is not a word of [{string.Join(" ", parse.Words)}]");
        Assert.True(h >= 0, $"'{head}' is not a word of [{string.Join(" ", parse.Words)}]");
        Assert.True(parse.Parsed);
        var expected = $"{dependent} -{relation}-> {head}";
        var got = $"{parse.Name(d)} -{parse.Relations[d]}-> {parse.Name(parse.Heads[d])}";
        return expected == got ? null : $"{sentence}\n  expected {expected}\n  got      {got}";
    }
}
