using Entente.Core.Knowledge;
using Entente.Corpus.Store;

namespace Entente.Web.Tests.Dashboard;

[Collection("samples")]
public sealed class EventPageTests(SamplesFixture samples)
{
    [Fact]
    public async Task EventPage_NamesTheStatesInTitleAndDyadLink_WhenAPersonActedForOne()
    {
        var actors = KnowledgeBase.Default.Actors;
        Corpus.Model.StoredEvent e;
        using (var store = WebTestKit.OpenStore(samples.Db))
            e = store.Events(new EventFilter()).First(x => x.IsDyadic && x.SourceName != actors.NameOf(x.SourceCode) && actors.IsKnownCode(x.SourceCode));
        var html = await samples.Client.GetStringAsync($"/events/{e.Id}");
        var state = System.Net.WebUtility.HtmlEncode(actors.NameOf(e.SourceCode));
        var title = html[html.IndexOf("<h1>", StringComparison.Ordinal)..html.IndexOf("</h1>", StringComparison.Ordinal)];
        Assert.Contains(state + " →", title);
        Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(e.SourceName), title);
        Assert.Contains($"{state} and {System.Net.WebUtility.HtmlEncode(actors.NameOf(e.TargetCode))} over time", html);
    }
}
