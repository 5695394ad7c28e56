using System.Collections.Frozen;
using Entente.Core.Knowledge;

namespace Entente.Core.Tests.Knowledge;

public class EnglishInflectorTests
{
    private static readonly EnglishInflector Inflector = EnglishInflector.Load(DataTable.Parse(new StringReader(
        "# entente-data: 1\n# kind: irregular-verbs\nlemma\tpast\tparticiple\nmeet\tmet\tmet\nship\tshipped\tshipped\n"), "t.tsv", "irregular-verbs"));

    [Theory]
    [InlineData("supply", "supplies", "supplied", "supplying")]
    [InlineData("sign", "signs", "signed", "signing")]
    [InlineData("provide", "provides", "provided", "providing")]
    [InlineData("plan", "plans", "planned", "planning")]
    [InlineData("meet", "meets", "met", "meeting")]
    [InlineData("ship", "ships", "shipped", "shipping")]
    [InlineData("visit", "visits", "visited", "visiting")]
    [InlineData("open", "opens", "opened", "opening")]
    [InlineData("edit", "edits", "edited", "editing")]
    [InlineData("ban", "bans", "banned", "banning")]
    public void EnglishInflector_GeneratesForms_WhenVerbIsRegularOrListed(string lemma, string third, string past, string gerund)
    {
        var forms = Inflector.VerbForms(lemma);
        Assert.Contains(third, forms);
        Assert.Contains(past, forms);
        Assert.Contains(gerund, forms);
    }

    [Theory]
    [InlineData("delivery", "deliveries")]
    [InlineData("sanction", "sanctions")]
    [InlineData("airstrike", "airstrikes")]
    public void EnglishInflector_Pluralises_WhenNounIsRegular(string lemma, string plural)
        => Assert.Contains(plural, EnglishInflector.NounForms(lemma));
}
