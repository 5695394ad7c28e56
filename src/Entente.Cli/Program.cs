using Entente.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("entente");
    config.SetApplicationVersion(Entente.Core.Pipeline.Analyzer.Version);
    config.UseStrictParsing();
    // bad usage (unknown option, failed validation): one line on standard error, exit code 2
    config.SetExceptionHandler((ex, _) =>
    {
        // an option's type converter (OneSidedFilterConverter) says what it accepts: show its message, not Spectre's "Failed to convert"
        Console.Error.WriteLine(ex is CommandAppException
            ? $"entente: error: {(ex.InnerException is FormatException format ? format.Message : ex.Message)}"
            : $"entente: internal error: {ex} (hint: please report this with the command line)");
        return 2;
    });
    config.AddCommand<AnalyzeCommand>("analyze")
        .WithDescription("Extract coded, dated, sourced political events from articles (.txt, .md, .html, .jsonl, or - for stdin).")
        .WithExample("analyze", "samples/", "--format", "table")
        .WithExample("analyze", "article.md", "--published", "2024-02-27", "--format", "json");
    config.AddCommand<EvalCommand>("eval")
        .WithDescription("Score the analyzer against annotated gold files (.gold): precision, recall, F1, actor-pair and date accuracy.")
        .WithExample("eval", "tests/gold/dev");
    config.AddCommand<ParseCommand>("parse")
        .WithDescription("Print the tokens, part-of-speech tags, lemmas and dependency parse of articles (CoNLL-U or JSON), or score the model on a treebank with --eval.")
        .WithExample("parse", "samples/iran-russia-missiles.md")
        .WithExample("parse", "--eval", "en_ewt/test.conllu.gz");
    config.AddCommand<TrainSyntaxCommand>("train-syntax")
        .WithDescription("Train the part-of-speech tagger, lemmatiser and dependency parser from Universal Dependencies treebanks (CoNLL-U, plain or .gz).")
        .WithExample("train-syntax", "--train", "en_ewt/train.conllu.gz", "--dev", "en_ewt/dev.conllu.gz", "--out", "data/models/en-syntax.bin.gz");
    config.AddCommand<IngestCommand>("ingest")
        .WithDescription("Analyse articles and feeds into the store (SQLite file entente.db by default, or PostgreSQL with --db \"Host=…;Database=…\"); documents already stored are skipped.")
        .WithExample("ingest", "samples/")
        .WithExample("ingest", "--feed", "news.rss", "--db", "corpus.db");
    config.AddCommand<ExportCommand>("export")
        .WithDescription("Write the store's events, filtered as in 'events', as a GDELT 2.0 event table, CSV, JSON lines or Parquet.")
        .WithExample("export", "--format", "gdelt", "--dyad", "IRN,RUS", "--out", "events.tsv");
    config.AddCommand<DyadCommand>("dyad")
        .WithDescription("The relationship of two actors per month, quarter or year: QuadClass counts, Goldstein, types, spheres, reciprocity, alignment index and change points.")
        .WithExample("dyad", "IRN", "RUS", "--since", "2022-01", "--by", "quarter")
        .WithExample("dyad", "IRN", "RUS", "--chart", "dyad.svg", "--format", "csv");
    config.AddCommand<BriefCommand>("brief")
        .WithDescription("A cited brief on two actors: executive summary by salience, sections per sphere, every sentence with its sources, status and ICD 203 estimative term, charts and graded sources.")
        .WithExample("brief", "IRN", "RUS", "--since", "2022-01", "--out", "brief.html")
        .WithExample("brief", "IRN", "RUS", "--out", "brief.md");
    config.AddCommand<NetworkCommand>("network")
        .WithDescription("Write the actor network of the counted events (actors as nodes, directed pairs as edges with cooperation and conflict weights, centralities) as GraphML, GEXF (Gephi) or JSON.")
        .WithExample("network", "--since", "2022-01", "--min-events", "3", "--format", "gexf", "--out", "network.gexf")
        .WithExample("network", "--min-credibility", "3", "--format", "graphml", "--out", "network.graphml");
    config.AddCommand<MapCommand>("map")
        .WithDescription("Draw the events on a world or regional map (SVG or PNG): circles sized by number of events (area) and coloured by QuadClass, over Natural Earth's country outlines, projected on the machine (no tile server).")
        .WithExample("map", "--events", "events.jsonl", "--out", "map.svg")
        .WithExample("map", "--since", "2022-01", "--dyad", "RUS,UKR", "--out", "dyad-map.png");
    config.AddCommand<EventsCommand>("events")
        .WithDescription("List the store's merged events, filtered by dyad, actor, type, CAMEO code, period, status and number of sources.")
        .WithExample("events", "--dyad", "IRN,RUS", "--since", "2023-01")
        .WithExample("events", "--cameo", "07", "--min-sources", "2", "--format", "csv");
    config.AddCommand<EventCommand>("event")
        .WithDescription("Show one event: its fields, every mention (outlet, grade, sentence, document, cited sources) and its status history.")
        .WithExample("event", "E0123456789abcdef");
    config.AddCommand<SourcesCommand>("sources")
        .WithDescription("List the outlets seen in the store with country, kind, Admiralty reliability grade and counts.");
    config.AddCommand<FailuresCommand>("failures")
        .WithDescription("List the inputs that could not be read or analysed (file:line, message, hint).");
    config.AddCommand<ServeCommand>("serve")
        .WithDescription("Serve the HTTP API and the web dashboard over the store (http://127.0.0.1:5080 by default); write endpoints need the printed bearer token.")
        .WithExample("serve", "--db", "entente.db")
        .WithExample("serve", "--urls", "http://127.0.0.1:8080");
    config.AddBranch("dictionary", dictionary =>
    {
        dictionary.SetDescription("Work with dictionaries from other systems.");
        dictionary.AddCommand<ImportPetrarchCommand>("import-petrarch")
            .WithDescription("Convert the PETRARCH2/Phoenix actor and agent dictionaries into Entente's officials, organizations and agents files (unvetted; Entente's own rows win; every skipped entry is counted by reason).")
            .WithExample("dictionary", "import-petrarch", "petrarch2/dictionaries", "--out", "data/imported/petrarch2");
        dictionary.AddCommand<ImportGeoNamesCommand>("import-geonames")
            .WithDescription("Build the gazetteer (cities of 15,000+ people, first-level divisions and states' centre points, with coordinates and divisions) from GeoNames dumps and Natural Earth outlines; common English words are left out and counted by reason.")
            .WithExample("dictionary", "import-geonames", "gazetteer", "--out", "data/places");
        dictionary.AddCommand<ImportNaturalEarthCommand>("import-naturalearth")
            .WithDescription("Convert Natural Earth's country outlines (GeoJSON, public domain) into the compact outlines file the maps are drawn from (coordinates rounded, codes as in actors/states.tsv).")
            .WithExample("dictionary", "import-naturalearth", "gazetteer/ne_110m_admin_0_countries.json.gz", "--out", "data/maps");
    });
    config.AddCommand<WorkerCommand>("worker")
        .WithDescription("Process documents queued with ingest --enqueue (PostgreSQL stores); run several for scale-out.")
        .WithExample("worker", "--db", "Host=127.0.0.1;Database=entente", "--idle-exit");
});
// A lone "-" (standard input) looks like an option to the parser: pass it under another name.
return app.Run(args.Select(a => a == "-" ? AnalyzeSettings.StdinPlaceholder : a));
