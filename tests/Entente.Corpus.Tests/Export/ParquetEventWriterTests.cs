using Entente.Corpus.Export;
using Entente.Corpus.Store;

namespace Entente.Corpus.Tests.Export;

public sealed class ParquetEventWriterTests(ExportStore store) : IClassFixture<ExportStore>
{
    [Fact]
    public void Parquet_ReadBack_EqualsTheEvents()
    {
        var path = store.File("events.parquet");
        using (var file = File.Create(path)) Assert.Equal(store.Events.Count, new ParquetEventWriter(file, TestKit.Services.Embargo).Write(store.Events));
        using var input = File.OpenRead(path);
        var rows = ParquetEventWriter.Read(input);
        Assert.Equal(store.Events.Count, rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            var e = store.Events[i];
            var r = rows[i];
            Assert.Equal(
                (e.Id, e.DateStart, e.DateEnd, e.SourceCode, e.SourceName, e.TargetCode, e.TargetName, e.Cameo, e.Type, e.Plover, e.Goldstein, e.QuadClass),
                (r.Id, r.DateStart, r.DateEnd, r.SourceCode, r.SourceName, r.TargetCode, r.TargetName, r.Cameo, r.Type, r.Plover, r.Goldstein, r.QuadClass));
            Assert.Equal(
                (SqlEventStore.ReconciledName(e.Status), e.Confidence, e.Grade, e.NumMentions, e.NumArticles, e.NumSources, e.NumIndependent, e.Quantity, e.FirstSeen, e.LastSeen),
                (r.Status, r.Confidence, r.Grade, r.NumMentions, r.NumArticles, r.NumSources, r.NumIndependent, r.Quantity, r.FirstSeen, r.LastSeen));
            Assert.Equal(e.Equipment, r.Equipment);
            Assert.Equal(e.ReportedBy, r.ReportedBy);
            Assert.Equal(e.DeniedBy, r.DeniedBy);
            Assert.Equal(TestKit.Services.Embargo.Flags(e).Select(f => f.Id), r.Embargo);
        }
        Assert.Contains(rows, r => r.Quantity == 400);
    }
}
