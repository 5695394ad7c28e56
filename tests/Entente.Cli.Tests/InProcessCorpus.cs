using Entente.Core.Knowledge;
using Entente.Core.Pipeline;
using Entente.Core.Reading;
using Entente.Corpus;
using Entente.Corpus.Ingest;
using Entente.Corpus.Tests;

namespace Entente.Cli.Tests;

/// <summary>
/// The corpus services inside the test process (knowledge loaded once), for what a test prepares or checks around the
/// process it is about: queueing a corpus, a clean reference ingest, canonical snapshots of stores (<see cref="StoreSnapshot"/>).
/// </summary>
internal static class InProcessCorpus
{
    private static readonly Lazy<CorpusServices> Shared = new(() => new CorpusServices(KnowledgeBase.Default, new AnalyzerOptions(DetectLanguage: false)));

    public static CorpusServices Services => Shared.Value;

    /// <summary>Ingests (or, with <paramref name="enqueue"/>, queues) the files of <paramref name="folder"/> into <paramref name="db"/>, as <c>entente ingest</c> does.</summary>
    public static IngestSummary Ingest(string folder, string db, bool enqueue = false)
    {
        using var store = Services.Open(db);
        using var reader = Services.Open(db, mustExist: true);
        return Services.Ingest.Run(new DocumentReader().Read([folder], ReaderOptions.Default), store, reader.KnownDocuments,
            new IngestOptions(BatchSize: 50, Enqueue: enqueue));
    }

    /// <summary>The canonical snapshot of a store: equal snapshots, equal data.</summary>
    public static string Snapshot(string db)
    {
        using var store = Services.Open(db, mustExist: true);
        return StoreSnapshot.Of(store);
    }
}
