using Entente.Analysis.Maps;
using Entente.Analysis.Selection;
using Entente.Core.Knowledge;
using Entente.Corpus.Model;

namespace Entente.Analysis.Tests.Maps;

public sealed class MapEventReaderTests : TempFolderTest
{
    [Fact]
    public void MapEventReader_ReadsJsonLines_CountingEventsWithoutLocation()
    {
        var path = Write("e.jsonl", """
            {"id":"E1","quad_class":4,"location":{"name":"Harbourtown","lat":12.5,"lon":-3.25,"id":"g1"}}

            {"id":"E2","quad_class":1,"location":null}
            {"id":"E3","quadClass":2,"location":{"lat":-1,"lon":2}}
            {"note":"no event here"}
            """);
        var file = MapEventReader.Read(path);
        Assert.Equal(1, file.WithoutLocation);
        Assert.Equal([new MapEvent(12.5, -3.25, "Harbourtown", 4, "g1"), new MapEvent(-1, 2, "-1, 2", 2)], file.Events);
    }

    [Fact]
    public void MapEventReader_FindsEvents_NestedInAReport()
    {
        var path = Write("r.json", """
            {"documents":[{"path":"a.md","events":[{"quad_class":3,"location":{"name":"Port","lat":1,"lon":1}},{"quad_class":3}]}]}
            """);
        var file = MapEventReader.Read(path);
        Assert.Equal("Port", Assert.Single(file.Events).Name);
        Assert.Equal(1, file.WithoutLocation);
    }

    [Fact]
    public void MapEventReader_NamesFileAndLine_ForBadJsonLines()
    {
        var path = Write("bad.jsonl", "{\"quad_class\":1,\"location\":{\"lat\":1,\"lon\":1}}\n{\"quad_class\":1,\"location\":{\"lat\":95,\"lon\":1}}\n");
        var ex = Assert.Throws<DataFileException>(() => MapEventReader.Read(path));
        Assert.StartsWith($"{path}:2: location.lat is 95", ex.Message);

        var broken = Write("broken.jsonl", "{\"quad_class\":1}\n{\"quad_class\":\n");
        Assert.StartsWith($"{broken}:2: not valid JSON", Assert.Throws<DataFileException>(() => MapEventReader.Read(broken)).Message);
    }

    [Fact]
    public void MapEventReader_NamesTheEvent_ForABadLocationInJson()
    {
        var path = Write("bad.json", "[\n{\"quad_class\":1,\"location\":{\"lat\":1,\"lon\":1}},\n{\"quad_class\":2,\"location\":{\"lat\":1,\"lon\":\"east\"}}\n]");
        var ex = Assert.Throws<DataFileException>(() => MapEventReader.Read(path));
        Assert.Contains("event 2: location.lon is \"east\"", ex.Message);
    }

    [Fact]
    public void EventLocators_Collect_CountsTheSelection_AndEventsWithoutLocation()
    {
        var events = new[]
        {
            Events.Make("RUS", "UKR", "190", "2024-03-01", id: "A"),
            Events.Make("RUS", "UKR", "190", "2024-03-02", id: "B"),
            Events.Make("RUS", "UKR", "190", "2024-03-03", id: "C", status: ReconciledStatus.Denied),
        };
        var byId = EventLocators.From(e => e.Id == "A" ? new MapEvent(50, 36.2, "Kharkiv", e.QuadClass) : null);
        var (located, counted, without) = EventLocators.Collect(events, EventSelection.Default, byId);
        Assert.Equal(2, counted); // the denied event is not counted
        Assert.Equal(1, without);
        Assert.Equal(4, Assert.Single(located).QuadClass);
        Assert.Empty(EventLocators.Collect(events, EventSelection.All, EventLocators.Default).Events);
    }
}
