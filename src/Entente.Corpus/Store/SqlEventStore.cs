using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Entente.Core.Events;
using Entente.Core.Reading;
using Entente.Core.Text;
using Entente.Corpus.Ingest;
using Entente.Corpus.Merge;
using Entente.Corpus.Model;

namespace Entente.Corpus.Store;

/// <summary>
/// The store over any ADO.NET connection: schema migrations, batch writes with merging, and queries, in SQL both
/// SQLite and PostgreSQL accept. Engines override only what differs: DDL types, write locking, bulk loading and the job table.
/// </summary>
public abstract class SqlEventStore : IEventStore
{
    protected const string MentionColumns =
        "mention_key, doc_key, block, sentence, start_offset, end_offset, quote, source_code, source_name, target_code, target_name, " +
        "type, cameo, plover, goldstein, quad_class, date_start, date_end, date_text, date_basis, match_start, match_end, status, " +
        "confidence, quantity, quantity_approx, equipment, outlet, origin, cited, published, fingerprint, pattern, trigger_word, event_id, " +
        "quantity_text, quantity_of, quantity_money, " + LocationColumns + ", " + ActorPlaceColumns;

    /// <summary>Where the event happened (schema 6), the same eleven columns in mentions and events, read by <see cref="ReadLocation"/>.</summary>
    protected const string LocationColumns =
        "location_name, location_kind, location_country, location_admin1, location_lat, location_lon, location_basis, location_start, " +
        "location_end, location_geonames, location_adm1";

    /// <summary>Each actor's own place (schema 8): the eleven columns of <see cref="LocationColumns"/> for the source, then for the target.</summary>
    protected const string ActorPlaceColumns =
        "source_place_name, source_place_kind, source_place_country, source_place_admin1, source_place_lat, source_place_lon, source_place_basis, " +
        "source_place_start, source_place_end, source_place_geonames, source_place_adm1, " +
        "target_place_name, target_place_kind, target_place_country, target_place_admin1, target_place_lat, target_place_lon, target_place_basis, " +
        "target_place_start, target_place_end, target_place_geonames, target_place_adm1";

    private static readonly string LocationUpdates = string.Join(", ", (LocationColumns + ", " + ActorPlaceColumns).Split(", ").Select(c => $"{c} = excluded.{c}"));

    /// <summary>How many columns <see cref="MentionColumns"/> has: a query's own columns follow them.</summary>
    protected const int MentionColumnCount = 71;

    /// <summary>The columns of a new mention row, in the order of <see cref="MentionValues"/>.</summary>
    protected const string MentionInsertColumns =
        "document_id, mention_key, doc_key, block, sentence, start_offset, end_offset, quote, source_code, source_name, " +
        "target_code, target_name, type, cameo, plover, goldstein, quad_class, date_start, date_end, date_text, date_basis, match_start, " +
        "match_end, wide, status, confidence, quantity, quantity_approx, equipment, outlet, origin, cited, published, fingerprint, pattern, trigger_word, " +
        "quantity_text, quantity_of, quantity_money, " + LocationColumns + ", " + ActorPlaceColumns;

    protected const string EventColumns =
        "event_id, block, source_code, source_name, target_code, target_name, type, cameo, plover, goldstein, quad_class, date_start, " +
        "date_end, status, confidence, quantity, equipment, num_mentions, num_articles, num_sources, num_independent, first_seen, " +
        "last_seen, reliability, credibility, reported_by, denied_by, quantity_approx, quantity_text, quantity_of, quantity_money, date_basis, " + LocationColumns + ", " + ActorPlaceColumns;

    private readonly EventMerger _merger;

    protected SqlEventStore(DbConnection connection, EventMerger merger)
    {
        Connection = connection;
        _merger = merger;
    }

    protected DbConnection Connection { get; }

    protected EventMerger Merger => _merger;

    public abstract string Engine { get; }

    public abstract string Location { get; }

    // ---------------------------------------------------------------- schema

    /// <summary>Creates or upgrades the schema; refuses a database written by a newer version.</summary>
    private protected void Migrate(Schema.Types types)
    {
        using var tx = BeginWrite();
        LockForMigration(tx);
        Exec(tx, "CREATE TABLE IF NOT EXISTS schema_info (name TEXT PRIMARY KEY, value TEXT NOT NULL)");
        int version = StoredVersion(tx) ?? 0;
        var migrations = Schema.Migrations(types);
        for (int v = version; v < Schema.Version; v++)
            foreach (var statement in Schema.Statements(migrations[v]))
                Exec(tx, statement);
        if (version < Schema.Version)
        {
            Exec(tx, "DELETE FROM schema_info WHERE name = 'version'");
            Exec(tx, "INSERT INTO schema_info (name, value) VALUES ('version', @v)", ("v", Schema.Version.ToString(CultureInfo.InvariantCulture)));
            if (version == 0)
                Exec(tx, "INSERT INTO schema_info (name, value) VALUES ('created', @c)", ("c", Now()));
        }
        tx.Commit();
    }

    /// <summary>For a reader: checks the schema version without writing (refuses a newer or a missing schema).</summary>
    private protected void CheckVersion()
    {
        if (StoredVersion(null) is null)
            throw new StoreException($"{Location}: not an Entente store (no schema version)", "run entente ingest first, or point --db at an Entente store");
    }

    /// <summary>The schema version the database records (null when none); refuses one newer than this program knows.</summary>
    private int? StoredVersion(DbTransaction? tx)
    {
        var value = Scalar<string>(tx, "SELECT value FROM schema_info WHERE name = 'version'");
        if (value is null) return null;
        int version = int.Parse(value, CultureInfo.InvariantCulture);
        if (version > Schema.Version)
            throw new StoreException($"{Location}: the database has schema version {version}, written by a newer Entente; this program knows versions up to {Schema.Version}",
                "upgrade entente, or point --db at another database");
        return version;
    }

    /// <summary>Serialises concurrent migrations (PostgreSQL: an advisory lock). SQLite's write transaction already does.</summary>
    protected virtual void LockForMigration(DbTransaction tx) { }

    /// <summary>A write transaction (SQLite: BEGIN IMMEDIATE).</summary>
    protected abstract DbTransaction BeginWrite();

    /// <summary>Locks merge blocks for this transaction, in the order given (sorted), so concurrent writers never merge the same block at once.</summary>
    protected virtual void LockBlocks(DbTransaction tx, IReadOnlyList<string> sortedBlocks) { }

    /// <summary>
    /// Locks document locators for this transaction (sorted), before their versions are read, so concurrent writers never
    /// decide the versions of one document at once. Taken before any merge block.
    /// </summary>
    protected virtual void LockLocators(DbTransaction tx, IReadOnlyList<string> sortedLocators) { }

    // ---------------------------------------------------------------- writing

    public IReadOnlySet<string> KnownDocuments(IReadOnlyCollection<string> keys)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = Command(null, "SELECT 1 FROM documents WHERE doc_key = @k");
        var p = Param(cmd, "k", "");
        cmd.Prepare();
        foreach (var k in keys)
        {
            p.Value = k;
            if (cmd.ExecuteScalar() is not null) known.Add(k);
        }
        return known;
    }

    public BatchResult Write(IngestBatch batch)
    {
        using var tx = BeginWrite();
        var result = WriteCore(tx, batch, existingIds: null);
        tx.Commit();
        return result;
    }

    /// <summary>
    /// Stores a batch inside <paramref name="tx"/>. <paramref name="existingIds"/> maps document keys already registered
    /// (pending jobs) to their row ids: those rows are completed instead of inserted.
    /// </summary>
    protected BatchResult WriteCore(DbTransaction tx, IngestBatch batch, IReadOnlyDictionary<string, long>? existingIds)
    {
        int stored = 0, unchanged = 0, replaced = 0, mentions = 0;
        var fresh = new List<(IngestItem Item, long? RowId, int Version)>();
        var supersededDocs = new List<long>();
        var seenInBatch = new HashSet<string>(StringComparer.Ordinal);
        LockLocators(tx, [.. batch.Items.Select(i => i.Identity.Locator).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);

        using (var find = Command(tx, "SELECT id, state FROM documents WHERE doc_key = @k"))
        using (var current = Command(tx, "SELECT id, version, state FROM documents WHERE locator = @l AND doc_key <> @k AND state IN ('done', 'pending') ORDER BY version DESC"))
        {
            var fk = Param(find, "k", "");
            var cl = Param(current, "l", "");
            var ck = Param(current, "k", "");
            foreach (var item in batch.Items)
            {
                if (!seenInBatch.Add(item.Identity.Key)) { unchanged++; continue; }
                long? rowId = null;
                int? ownVersion = null;
                fk.Value = item.Identity.Key;
                using (var r = find.ExecuteReader())
                    if (r.Read())
                    {
                        if (r.GetString(1) != "pending" || existingIds is null || !existingIds.ContainsKey(item.Identity.Key)) { unchanged++; continue; }
                        rowId = r.GetInt64(0);
                    }
                if (rowId is long id) ownVersion = Scalar<long?>(tx, "SELECT version FROM documents WHERE id = @i", ("i", id)) is long v ? (int)v : null;
                cl.Value = item.Identity.Locator;
                ck.Value = item.Identity.Key;
                int newest = 0;
                var older = new List<long>();
                bool newerDone = false;
                using (var r = current.ExecuteReader())
                    while (r.Read())
                    {
                        int version = r.GetInt32(1);
                        newest = Math.Max(newest, version);
                        if (ownVersion is int own && version > own) { if (r.GetString(2) == "done") newerDone = true; }
                        else if (r.GetString(2) == "done") older.Add(r.GetInt64(0));
                    }
                if (newerDone)
                {
                    // a newer version of this document is stored already: keep this one as history only
                    Exec(tx, "UPDATE documents SET state = 'superseded' WHERE id = @i", ("i", rowId!.Value));
                    MarkJobDone(tx, rowId.Value);
                    unchanged++;
                    continue;
                }
                supersededDocs.AddRange(older);
                if (older.Count > 0) replaced++;
                fresh.Add((item, rowId, ownVersion ?? newest + 1));
            }
        }

        // everything this batch will touch, locked in one sorted pass
        var removed = new List<StoredMention>();
        foreach (var docId in supersededDocs)
            removed.AddRange(QueryMentions(tx, "document_id = @d", ("d", docId)));
        var blocks = fresh.SelectMany(f => f.Item.Mentions).Select(m => m.Block).Concat(removed.Select(m => m.Block))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        LockBlocks(tx, blocks);

        // documents replaced by a new version lose their mentions; their events are re-formed from what remains
        var touched = new HashSet<string>(StringComparer.Ordinal);
        if (supersededDocs.Count > 0)
        {
            foreach (var docId in supersededDocs)
            {
                Exec(tx, "DELETE FROM mentions WHERE document_id = @d", ("d", docId));
                Exec(tx, "UPDATE documents SET state = 'superseded' WHERE id = @d", ("d", docId));
            }
            foreach (var eventId in removed.Where(m => m.EventId is not null).Select(m => m.EventId!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var remaining = QueryMentions(tx, "event_id = @e", ("e", eventId));
                var outcome = _merger.Recluster(remaining, [eventId]);
                Apply(tx, outcome);
                foreach (var e in outcome.Upserts) touched.Add(e.Id);
            }
        }

        // new documents and their mentions
        var rows = new List<(long DocumentId, StoredMention Mention)>();
        foreach (var (item, rowId, version) in fresh)
        {
            long id = rowId is long existing ? CompleteDocument(tx, existing, item) : InsertDocument(tx, item, version, "done");
            if (rowId is long r) MarkJobDone(tx, r);
            foreach (var m in item.Mentions) rows.Add((id, m));
            stored++;
            mentions += item.Mentions.Length;
        }
        InsertMentions(tx, rows);

        // merge, block by block
        foreach (var group in rows.Select(r => r.Mention).GroupBy(m => m.Block, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var added = group.OrderBy(m => m.Key, StringComparer.Ordinal).ToList();
            var existing = Candidates(tx, group.Key, added);
            var outcome = _merger.Add(existing, added);
            Apply(tx, outcome);
            foreach (var e in outcome.Upserts) touched.Add(e.Id);
        }

        foreach (var f in batch.Failures) InsertFailure(tx, f);
        return new BatchResult(stored, unchanged, replaced, mentions, touched.Count, batch.Failures.Count);
    }

    /// <summary>Every stored mention of <paramref name="block"/> that could match one of <paramref name="added"/>, plus the other members of their events.</summary>
    private List<StoredMention> Candidates(DbTransaction tx, string block, IReadOnlyList<StoredMention> added)
    {
        var windows = added.Where(m => m.MatchStart is not null && m.MatchEnd is not null)
            .Select(m => _merger.Rules.CandidateWindow(m.MatchStart!.Value, m.MatchEnd!.Value))
            .OrderBy(w => w.Start).ToList();
        var intervals = new List<(DateOnly Start, DateOnly End)>();
        foreach (var w in windows)
        {
            if (intervals.Count > 0 && w.Start <= intervals[^1].End)
                intervals[^1] = (intervals[^1].Start, w.End > intervals[^1].End ? w.End : intervals[^1].End);
            else intervals.Add(w);
        }
        var byKey = new Dictionary<string, StoredMention>(StringComparer.Ordinal);
        foreach (var (lo, hi) in intervals)
        {
            // a window of class c overlaps [lo, hi] only if it starts at most its class's width before lo: bounded index ranges
            foreach (var (cls, width) in new[] { (0, NarrowDays), (1, MediumDays), (2, _merger.Rules.Settings.MaxWindowDays) })
                foreach (var m in QueryMentions(tx, "block = @b AND wide = @c AND match_start >= @from AND match_start <= @hi AND match_end >= @lo AND event_id IS NOT NULL",
                             ("b", block), ("c", cls), ("from", Iso(lo.AddDays(-width - 1))), ("hi", Iso(hi)), ("lo", Iso(lo))))
                    byKey.TryAdd(m.Key, m);
        }
        foreach (var eventId in byKey.Values.Select(m => m.EventId!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList())
            foreach (var m in QueryMentions(tx, "event_id = @e", ("e", eventId)))
                byKey.TryAdd(m.Key, m);
        return [.. byKey.Values.OrderBy(m => m.Key, StringComparer.Ordinal)];
    }

    private void Apply(DbTransaction tx, MergeOutcome outcome)
    {
        foreach (var id in outcome.Deleted) Exec(tx, "DELETE FROM events WHERE event_id = @e", ("e", id));
        foreach (var e in outcome.Upserts) UpsertEvent(tx, e);
        if (outcome.Assignments.Count > 0) AssignEvents(tx, outcome.Assignments);
    }

    /// <summary>Sets the event of each mention (one statement per mention; PostgreSQL overrides this with one statement for all).</summary>
    protected virtual void AssignEvents(DbTransaction tx, IReadOnlyList<(string MentionKey, string EventId)> assignments)
    {
        using var cmd = Command(tx, "UPDATE mentions SET event_id = @e WHERE mention_key = @k");
        var pe = Param(cmd, "e", "");
        var pk = Param(cmd, "k", "");
        foreach (var (key, eventId) in assignments)
        {
            pe.Value = eventId;
            pk.Value = key;
            cmd.ExecuteNonQuery();
        }
    }

    protected long InsertDocument(DbTransaction tx, IngestItem item, int version, string state)
    {
        var d = item.Document;
        var id = Scalar<long?>(tx,
            "INSERT INTO documents (doc_key, content_hash, locator, version, path, url, line, part, outlet, title, author, published, format, " +
            "language, analyzer_version, dictionary_hash, state, mentions, body, ingested_at) VALUES (@key, @hash, @loc, @ver, @path, @url, @line, " +
            "@part, @outlet, @title, @author, @pub, @format, @lang, @av, @dh, @state, @n, @body, @at) RETURNING id",
            ("key", item.Identity.Key), ("hash", item.Identity.ContentHash), ("loc", item.Identity.Locator), ("ver", version),
            ("path", d.Path), ("url", d.Url), ("line", d.Line), ("part", d.Part), ("outlet", item.Outlet), ("title", d.Title),
            ("author", d.Author), ("pub", Iso(item.Published ?? d.Published)), ("format", d.Format), ("lang", item.Language),
            ("av", state == "done" ? AnalyzerVersion : null), ("dh", state == "done" ? DictionaryHash : null),
            ("state", item.Skipped && state == "done" ? "done" : state), ("n", item.Mentions.Length), ("body", d.Text), ("at", Now()));
        return id ?? throw new StoreException($"{Location}: inserting document {item.Identity.Locator} returned no id", "report this as a bug");
    }

    private long CompleteDocument(DbTransaction tx, long id, IngestItem item)
    {
        Exec(tx, "UPDATE documents SET state = 'done', outlet = @outlet, published = @pub, language = @lang, analyzer_version = @av, " +
                 "dictionary_hash = @dh, mentions = @n WHERE id = @id",
            ("outlet", item.Outlet), ("pub", Iso(item.Published ?? item.Document.Published)), ("lang", item.Language),
            ("av", AnalyzerVersion), ("dh", DictionaryHash), ("n", item.Mentions.Length), ("id", id));
        return id;
    }

    /// <summary>Marks a job finished (no-op where there is no job row).</summary>
    protected void MarkJobDone(DbTransaction tx, long documentId)
        => Exec(tx, "UPDATE jobs SET state = 'done', finished_at = @at WHERE document_id = @d", ("at", Now()), ("d", documentId));

    /// <summary>Analyzer version and dictionary hash recorded with each document.</summary>
    public string? AnalyzerVersion { get; init; }

    public string? DictionaryHash { get; init; }

    /// <summary>Inserts mention rows (event ids are set by the merge afterwards). PostgreSQL overrides this with binary COPY.</summary>
    protected virtual void InsertMentions(DbTransaction tx, IReadOnlyList<(long DocumentId, StoredMention Mention)> rows)
    {
        if (rows.Count == 0) return;
        const int columns = MentionColumnCount + 1; // document_id, then the mention's own columns without event_id
        using var cmd = Command(tx,
            $"INSERT INTO mentions ({MentionInsertColumns}) VALUES ({string.Join(", ", Enumerable.Range(0, columns).Select(i => "@p" + i.ToString(CultureInfo.InvariantCulture)))})");
        var ps = new DbParameter[columns];
        for (int i = 0; i < ps.Length; i++) ps[i] = Param(cmd, "p" + i.ToString(CultureInfo.InvariantCulture), null);
        foreach (var (docId, m) in rows)
        {
            var values = MentionValues(docId, m);
            for (int i = 0; i < ps.Length; i++) ps[i].Value = values[i] ?? DBNull.Value;
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Width classes of match windows (the <c>wide</c> column): 0 up to <see cref="NarrowDays"/> days (most mentions: a day,
    /// a week), 1 up to <see cref="MediumDays"/> (a month, a quarter), 2 up to the merge rules' longest matchable window
    /// (a year), 3 wider (never matched). Candidates of classes 0–2 are fetched by a bounded range of start days on the
    /// index <c>(block, wide, match_start)</c>, so the rows read do not grow with the store's span.
    /// </summary>
    protected const int NarrowDays = 8;

    protected const int MediumDays = 92;

    private int WidthClass(StoredMention m)
    {
        if (m.MatchStart is not DateOnly s || m.MatchEnd is not DateOnly e) return 0;
        int days = e.DayNumber - s.DayNumber;
        return days <= NarrowDays ? 0 : days <= MediumDays ? 1 : days <= _merger.Rules.Settings.MaxWindowDays ? 2 : 3;
    }

    /// <summary>The 72 column values of a mention row, in the order of the INSERT above (document_id first).</summary>
    protected object?[] MentionValues(long documentId, StoredMention m) =>
    [
        documentId, m.Key, m.DocumentKey, m.Block, m.Sentence, m.Start, m.End, m.Quote, m.SourceCode, m.SourceName,
        m.TargetCode, m.TargetName, m.Type, m.Cameo, m.Plover, m.Goldstein, m.QuadClass, Iso(m.DateStart), Iso(m.DateEnd), m.DateText, m.DateBasis,
        Iso(m.MatchStart), Iso(m.MatchEnd), WidthClass(m), StatusName(m.Status), m.Confidence, m.Quantity, m.QuantityApproximate ? 1 : 0,
        Join(m.Equipment), m.Outlet, m.Origin, Join(m.Cited), Iso(m.Published), unchecked((long)m.Fingerprint), m.Pattern, m.Trigger,
        m.QuantityText, m.QuantityOf, m.QuantityMoney ? 1 : 0, .. LocationValues(m.Location), .. LocationValues(m.SourcePlace), .. LocationValues(m.TargetPlace),
    ];

    /// <summary>The values of <see cref="LocationColumns"/> (all null without a location).</summary>
    protected static object?[] LocationValues(EventLocation? l) => l is null ? new object?[11]
        : [l.Name, l.Kind, l.Country, l.Admin1, l.Lat, l.Lon, l.Basis, l.Start, l.End, l.GeoNamesId, l.Admin1Code];

    /// <summary>The location read from <see cref="LocationColumns"/> starting at column <paramref name="at"/>; null when none.</summary>
    protected static EventLocation? ReadLocation(DbDataReader r, int at)
        => r.IsDBNull(at) ? null : new EventLocation(r.GetString(at), r.GetString(at + 1), NullableString(r, at + 2), NullableString(r, at + 3),
            r.IsDBNull(at + 4) ? null : r.GetDouble(at + 4), r.IsDBNull(at + 5) ? null : r.GetDouble(at + 5), r.GetString(at + 6),
            r.IsDBNull(at + 7) ? null : r.GetInt32(at + 7), r.IsDBNull(at + 8) ? null : r.GetInt32(at + 8), NullableString(r, at + 9), NullableString(r, at + 10));

    /// <summary>The parameters of the location and the actors' places in an event row: @l0 … @l10, @sp0 … @sp10, @tp0 … @tp10.</summary>
    private static readonly string PlaceParameters = string.Join(", ",
        new[] { "l", "sp", "tp" }.SelectMany(p => Enumerable.Range(0, 11).Select(i => "@" + p + i.ToString(CultureInfo.InvariantCulture))));

    private void UpsertEvent(DbTransaction tx, StoredEvent e)
    {
        (string, object?)[] ps =
        [
            ("id", e.Id), ("block", e.Block), ("sc", e.SourceCode), ("sn", e.SourceName), ("tc", e.TargetCode), ("tn", e.TargetName),
            ("type", e.Type), ("cameo", e.Cameo), ("plover", e.Plover), ("gs", e.Goldstein), ("qc", e.QuadClass), ("ds", Iso(e.DateStart)),
            ("de", Iso(e.DateEnd)), ("st", ReconciledName(e.Status)), ("conf", e.Confidence), ("qty", e.Quantity), ("eq", Join(e.Equipment)),
            ("nm", e.NumMentions), ("na", e.NumArticles), ("ns", e.NumSources), ("ni", e.NumIndependent), ("fs", Iso(e.FirstSeen)),
            ("ls", Iso(e.LastSeen)), ("rel", e.Reliability.ToString()), ("cred", e.Credibility), ("rep", Join(e.ReportedBy)), ("den", Join(e.DeniedBy)),
            ("qa", e.QuantityApproximate ? 1 : 0), ("qt", e.QuantityText), ("qo", e.QuantityOf), ("qm", e.QuantityMoney ? 1 : 0), ("db", e.DateBasis),
            .. LocationValues(e.Location).Select((v, i) => ("l" + i.ToString(CultureInfo.InvariantCulture), v)),
            .. LocationValues(e.SourcePlace).Select((v, i) => ("sp" + i.ToString(CultureInfo.InvariantCulture), v)),
            .. LocationValues(e.TargetPlace).Select((v, i) => ("tp" + i.ToString(CultureInfo.InvariantCulture), v)),
        ];
        Exec(tx,
            $"INSERT INTO events ({EventColumns}) VALUES (@id, @block, @sc, @sn, @tc, @tn, @type, @cameo, @plover, @gs, @qc, @ds, @de, @st, @conf, " +
            "@qty, @eq, @nm, @na, @ns, @ni, @fs, @ls, @rel, @cred, @rep, @den, @qa, @qt, @qo, @qm, @db, " + PlaceParameters + ") " +
            "ON CONFLICT (event_id) DO UPDATE SET block = excluded.block, " +
            "source_code = excluded.source_code, source_name = excluded.source_name, target_code = excluded.target_code, target_name = excluded.target_name, " +
            "type = excluded.type, cameo = excluded.cameo, plover = excluded.plover, goldstein = excluded.goldstein, quad_class = excluded.quad_class, " +
            "date_start = excluded.date_start, date_end = excluded.date_end, status = excluded.status, confidence = excluded.confidence, " +
            "quantity = excluded.quantity, equipment = excluded.equipment, num_mentions = excluded.num_mentions, num_articles = excluded.num_articles, " +
            "num_sources = excluded.num_sources, num_independent = excluded.num_independent, first_seen = excluded.first_seen, " +
            "last_seen = excluded.last_seen, reliability = excluded.reliability, credibility = excluded.credibility, " +
            "reported_by = excluded.reported_by, denied_by = excluded.denied_by, quantity_approx = excluded.quantity_approx, " +
            "quantity_text = excluded.quantity_text, quantity_of = excluded.quantity_of, quantity_money = excluded.quantity_money, date_basis = excluded.date_basis, " +
            LocationUpdates,
            ps);
    }

    protected void InsertFailure(DbTransaction tx, ReadError f)
        => Exec(tx, "INSERT INTO failures (path, line, message, hint, at) VALUES (@p, @l, @m, @h, @a) ON CONFLICT (path, line, message) DO NOTHING",
            ("p", f.Path), ("l", f.Line ?? 0), ("m", f.Message), ("h", f.Hint), ("a", Now()));

    // ---------------------------------------------------------------- jobs (overridden by PostgreSQL)

    public virtual int Enqueue(IReadOnlyList<IngestItem> documents, IReadOnlyList<ReadError> failures)
        => throw new StoreException($"{Location}: --enqueue needs a PostgreSQL store; {Engine} has no workers",
            "use --db \"Host=…;Database=…\" for scale-out, or ingest without --enqueue");

    public virtual int ProcessJobs(string worker, int max, TimeSpan lease, Func<JobClaim, IngestBatch> process)
        => throw new StoreException($"{Location}: workers need a PostgreSQL store; {Engine} is processed by `entente ingest` itself",
            "use --db \"Host=…;Database=…\", or run entente ingest");

    public RetryResult RetryFailures()
    {
        using var tx = BeginWrite();
        // documents of failed jobs are pending again, their jobs back in the queue with a fresh lease and interruption count
        Exec(tx, "UPDATE documents SET state = 'pending' WHERE id IN (SELECT document_id FROM jobs WHERE state = 'failed')");
        int requeued = Exec(tx, "UPDATE jobs SET state = 'pending', lease = NULL, lease_until = NULL, begun = 0, interruptions = 0, " +
                                "finished_at = NULL, error = NULL WHERE state = 'failed'");
        int cleared = Exec(tx, "DELETE FROM failures");
        tx.Commit();
        return new RetryResult(requeued, cleared);
    }

    // ---------------------------------------------------------------- queries

    /// <summary>The order of <see cref="Events"/>: by start date, then id. Engines may phrase it so the planner filters by index rather than walking the date index.</summary>
    protected virtual string EventOrder => "date_start, event_id";

    public IReadOnlyList<StoredEvent> Events(EventFilter f)
    {
        var (where, ps) = Where(f, "");
        var sql = $"SELECT {EventColumns} FROM events{where} ORDER BY {EventOrder}" + (f.Limit is int limit ? $" LIMIT {limit}" : "");
        return Query(null, sql, ReadEvent, ps);
    }

    public EventPage EventsPage(EventFilter f, int offset, int limit, int? knownTotal = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var (where, ps) = Where(f with { Limit = null }, "");
        int total = knownTotal ?? (int)(Scalar<long?>(null, $"SELECT COUNT(*) FROM events{where}", ps) ?? 0);
        if (offset >= total) return new EventPage([], total, offset, limit);
        // the page's ids first, from the covering dyad/date indexes (sorting ids, not whole rows), then those rows
        string ids;
        (string, object?)[] idParams;
        if (f.Dyad is var (a, b) && a != b)
        {
            // a dyad is two index ranges, each already in (date_start, event_id) order: as a UNION ALL with ORDER BY both
            // engines merge them (SQLite MERGE, PostgreSQL Merge Append) and stop after the page instead of sorting the dyad
            var (rest, restParams) = Where(f with { Dyad = null, Limit = null }, "");
            var and = rest.Length > 0 ? " AND " + rest[" WHERE ".Length..] : "";
            ids = $"SELECT event_id, date_start FROM events WHERE source_code = @a AND target_code = @b{and} UNION ALL " +
                  $"SELECT event_id, date_start FROM events WHERE source_code = @b AND target_code = @a{and} ORDER BY 2, 1 LIMIT @limit OFFSET @offset";
            idParams = [.. restParams, ("a", a), ("b", b), ("limit", limit), ("offset", offset)];
            ids = $"SELECT event_id FROM ({ids}) page";
        }
        else
        {
            ids = $"SELECT event_id FROM events{where} ORDER BY {EventOrder} LIMIT @limit OFFSET @offset";
            idParams = [.. ps, ("limit", limit), ("offset", offset)];
        }
        var items = Query(null, $"SELECT {EventColumns} FROM events WHERE event_id IN ({ids}) ORDER BY {EventOrder}", ReadEvent, idParams);
        return new EventPage(items, total, offset, limit);
    }

    public IReadOnlyList<PairCount> DyadCounts()
    {
        // grouped in the order of the dyad index, so the engine counts without sorting the events
        var sums = new Dictionary<(string, string), int>();
        ForEachRow(null, "SELECT source_code, target_code, COUNT(*) FROM events GROUP BY source_code, target_code", r =>
        {
            string s = r.GetString(0), t = r.GetString(1);
            if (s == t || s.Length == 0 || t.Length == 0) return;
            var key = string.CompareOrdinal(s, t) < 0 ? (s, t) : (t, s);
            sums[key] = sums.GetValueOrDefault(key) + (int)r.GetInt64(2);
        });
        return [.. sums.Select(kv => new PairCount(kv.Key.Item1, kv.Key.Item2, kv.Value))
            .OrderByDescending(p => p.Events).ThenBy(p => p.A, StringComparer.Ordinal).ThenBy(p => p.B, StringComparer.Ordinal)];
    }

    public IReadOnlyList<StoredEvent> LatestEvents(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        // read backwards on the date_end index; an event whose window ends after its last report (a planned visit, "in the
        // coming months") has not been reported as happened, so the latest reported events come first, not future windows
        return Query(null, $"SELECT {EventColumns} FROM events WHERE date_end IS NOT NULL AND (last_seen IS NULL OR date_end <= last_seen) " +
            "ORDER BY date_end DESC, event_id LIMIT @limit", ReadEvent, ("limit", limit));
    }

    public IReadOnlyList<string> DocumentEvents(string documentKey)
        => Query(null, "SELECT DISTINCT event_id FROM mentions WHERE doc_key = @k AND event_id IS NOT NULL ORDER BY event_id", r => r.GetString(0), ("k", documentKey));

    /// <summary>The columns a search returns after the snippet, in the order <see cref="ReadHit"/> reads them.</summary>
    protected const string HitColumns = "m.outlet, m.published, m.start_offset, m.end_offset, d.path, d.url, d.title, d.version";

    public SearchResult Search(SearchQuery query, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return SearchCore(query, limit);
    }

    /// <summary>The engine's full-text search (SQLite FTS5, PostgreSQL tsvector); rows read with <see cref="ReadHit"/>.</summary>
    protected abstract SearchResult SearchCore(SearchQuery query, int limit);

    /// <summary>A hit from columns event_id, mention_key, quote, snippet, then <see cref="HitColumns"/>.</summary>
    protected static SearchHit ReadHit(DbDataReader r) => new(
        NullableString(r, 0), r.GetString(1), r.GetString(2), r.GetString(3), NullableString(r, 4), ParseDate(NullableString(r, 5)),
        r.GetInt32(6), r.GetInt32(7), r.GetString(8), NullableString(r, 9), NullableString(r, 10), r.GetInt32(11));

    public IReadOnlyList<MentionView> Mentions(EventFilter f)
    {
        var (where, ps) = Where(f with { Limit = null }, "e.");
        return Query(null,
            $"SELECT {Prefixed("m.", MentionColumns)}, d.path, d.url, d.title, d.version FROM events e JOIN mentions m ON m.event_id = e.event_id " +
            $"JOIN documents d ON d.id = m.document_id{where} ORDER BY m.event_id, m.published, m.mention_key",
            r => new MentionView(ReadMention(r), r.GetString(MentionColumnCount), NullableString(r, MentionColumnCount + 1), NullableString(r, MentionColumnCount + 2), r.GetInt32(MentionColumnCount + 3)), ps);
    }

    public PairTotals Pairs(EventFilter f, CountingRule rule)
    {
        var (where, ps) = Where(f with { Limit = null }, "");
        var matched = (int)(Scalar<long?>(null, "SELECT COUNT(*) FROM events" + where, ps) ?? 0);
        var (where2, all) = Counted(where, ps, rule);
        const string keys = "source_code, source_name, target_code, target_name, type, quad_class";
        if (AggregateInDatabase)
        {
            var rows = Query(null, $"SELECT {keys}, COUNT(*), SUM(goldstein) FROM events{where2} GROUP BY {keys}",
                r => new PairTotal(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5), (int)r.GetInt64(6), r.GetDouble(7)),
                all);
            return new PairTotals(rows, matched);
        }
        // stream the rows and add them up here: cheaper than the engine's sort-based GROUP BY (SQLite)
        var sums = new Dictionary<(string, string, string, string, string, int), (int N, double G)>();
        ForEachRow(null, $"SELECT {keys}, goldstein FROM events{where2}", r =>
        {
            ref var v = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sums,
                (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5)), out _);
            v.N++;
            v.G += r.GetDouble(6);
        }, all);
        return new PairTotals([.. sums.Select(kv => new PairTotal(kv.Key.Item1, kv.Key.Item2, kv.Key.Item3, kv.Key.Item4, kv.Key.Item5, kv.Key.Item6, kv.Value.N, kv.Value.G))], matched);
    }

    public PlaceTotals Places(EventFilter f, CountingRule rule)
    {
        var (where, ps) = Where(f with { Limit = null }, "");
        var (counted, all) = Counted(where, ps, rule);
        int total = (int)(Scalar<long?>(null, "SELECT COUNT(*) FROM events" + counted, all) ?? 0);
        // the located events through the covering index events_map (schema 7), whose condition the query repeats
        var located = (counted.Length > 0 ? counted + " AND " : " WHERE ") + "location_lat IS NOT NULL AND location_lon IS NOT NULL";
        const string keys = "location_lat, location_lon, location_name, location_geonames, location_country, quad_class";
        var rows = new List<PlaceTotal>();
        if (AggregateInDatabase)
            ForEachRow(null, $"SELECT {keys}, COUNT(*) FROM events{located} GROUP BY {keys}",
                r => rows.Add(new PlaceTotal(r.GetDouble(0), r.GetDouble(1), NullableString(r, 2) ?? "", NullableString(r, 3), NullableString(r, 4), r.GetInt32(5), (int)r.GetInt64(6))), all);
        else
        {
            // SQLite: stream the rows and add them up here (its GROUP BY sorts)
            var sums = new Dictionary<(double, double, string, string?, string?, int), int>();
            ForEachRow(null, $"SELECT {keys} FROM events{located}", r =>
            {
                ref var n = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sums,
                    (r.GetDouble(0), r.GetDouble(1), NullableString(r, 2) ?? "", NullableString(r, 3), NullableString(r, 4), r.GetInt32(5)), out _);
                n++;
            }, all);
            rows.AddRange(sums.Select(kv => new PlaceTotal(kv.Key.Item1, kv.Key.Item2, kv.Key.Item3, kv.Key.Item4, kv.Key.Item5, kv.Key.Item6, kv.Value)));
        }
        return new PlaceTotals(rows, total, total - rows.Sum(t => t.Events));
    }

    /// <summary>A filter's WHERE clause narrowed to the events <paramref name="rule"/> counts, and all its parameters.</summary>
    private static (string Where, (string, object?)[] Parameters) Counted(string where, (string, object?)[] ps, CountingRule rule)
    {
        var conditions = new List<string>();
        var all = ps.ToList();
        if (rule.Statuses is { } statuses)
        {
            var names = statuses.Select((st, i) => { all.Add(($"rs{i}", ReconciledName(st))); return $"@rs{i}"; }).ToList();
            conditions.Add(names.Count == 0 ? "1 = 0" : $"status IN ({string.Join(", ", names)})");
        }
        if (rule.MaxCredibility is int max)
        {
            all.Add(("rmax", max));
            conditions.Add(rule.IncludeUnjudged ? "(credibility <= @rmax OR credibility = 6)" : "credibility <= @rmax");
        }
        else if (!rule.IncludeUnjudged) conditions.Add("credibility <> 6");
        var where2 = (where.Length > 0 ? where + (conditions.Count > 0 ? " AND " : "") : conditions.Count > 0 ? " WHERE " : "") + string.Join(" AND ", conditions);
        return (where2, [.. all]);
    }

    /// <summary>Whether <see cref="Pairs"/> lets the engine aggregate (PostgreSQL's hash aggregate) or streams rows and adds them up in process (SQLite sorts for GROUP BY).</summary>
    protected virtual bool AggregateInDatabase => true;

    /// <summary>The WHERE clause of an event filter over the events table (columns prefixed with <paramref name="p"/>), and its parameters.</summary>
    private static (string Sql, (string, object?)[] Parameters) Where(EventFilter f, string p)
    {
        var where = new List<string>();
        var ps = new List<(string, object?)>();
        if (f.Dyad is var (a, b))
        {
            where.Add($"(({p}source_code = @a AND {p}target_code = @b) OR ({p}source_code = @b AND {p}target_code = @a))");
            ps.Add(("a", a)); ps.Add(("b", b));
        }
        if (f.Actor is { } actor) { where.Add($"({p}source_code = @actor OR {p}target_code = @actor)"); ps.Add(("actor", actor)); }
        if (f.Type is { } type) { where.Add($"{p}type = @type"); ps.Add(("type", type)); }
        // a prefix as a range, so the index serves it on both engines (LIKE is case-insensitive in SQLite and skips the index)
        if (f.Cameo is { } cameo) { where.Add($"{p}cameo >= @cameo AND {p}cameo < @cameoEnd"); ps.Add(("cameo", cameo)); ps.Add(("cameoEnd", cameo + "~")); }
        if (f.Since is DateOnly since) { where.Add($"{p}date_end >= @since"); ps.Add(("since", Iso(since))); }
        if (f.Until is DateOnly until) { where.Add($"{p}date_start <= @until"); ps.Add(("until", Iso(until))); }
        if (f.Status is { } status) { where.Add($"{p}status = @status"); ps.Add(("status", ReconciledName(status))); }
        if (f.MinSources > 0) { where.Add($"{p}num_sources >= @ms"); ps.Add(("ms", f.MinSources)); }
        if (f.Country is { } country) { where.Add($"{p}location_country = @lc"); ps.Add(("lc", country)); }
        if (f.Box is { } box)
        {
            where.Add($"{p}location_lat BETWEEN @bs AND @bn AND {p}location_lon BETWEEN @bw AND @be");
            ps.Add(("bs", box.MinLat)); ps.Add(("bn", box.MaxLat)); ps.Add(("bw", box.MinLon)); ps.Add(("be", box.MaxLon));
        }
        // a one-actor event has neither a target code nor a target name (an actor known only by name has a name), or
        // neither a source code nor a source name (a victim-only event: "three soldiers were killed")
        if (f.OneSided == OneSidedFilter.Exclude) where.Add($"({p}target_code <> '' OR {p}target_name <> '') AND ({p}source_code <> '' OR {p}source_name <> '')");
        else if (f.OneSided == OneSidedFilter.Only) where.Add($"({p}target_code = '' AND {p}target_name = '' OR {p}source_code = '' AND {p}source_name = '')");
        return (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "", [.. ps]);
    }

    public EventDetail? Event(string id)
    {
        var events = Query(null, $"SELECT {EventColumns} FROM events WHERE event_id = @e", ReadEvent, ("e", id));
        if (events.Count == 0) return null;
        var views = Query(null,
            $"SELECT {Prefixed("m.", MentionColumns)}, d.path, d.url, d.title, d.version FROM mentions m JOIN documents d ON d.id = m.document_id " +
            "WHERE m.event_id = @e ORDER BY m.published, m.mention_key",
            r => new MentionView(ReadMention(r), r.GetString(MentionColumnCount), NullableString(r, MentionColumnCount + 1), NullableString(r, MentionColumnCount + 2), r.GetInt32(MentionColumnCount + 3)), ("e", id));
        return new EventDetail(events[0], views);
    }

    public IReadOnlyList<StoredDocument> Documents(int limit = int.MaxValue)
        => Query(null, "SELECT id, content_hash, locator, version, path, url, outlet, title, published, format, language, analyzer_version, " +
                       $"dictionary_hash, state, mentions, ingested_at FROM documents ORDER BY id LIMIT {limit}",
            r => new StoredDocument(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4), NullableString(r, 5),
                NullableString(r, 6), NullableString(r, 7), ParseDate(NullableString(r, 8)), r.GetString(9), NullableString(r, 10),
                NullableString(r, 11), NullableString(r, 12), Enum.Parse<DocumentState>(r.GetString(13), ignoreCase: true), r.GetInt32(14),
                DateTimeOffset.Parse(r.GetString(15), CultureInfo.InvariantCulture)));

    public IReadOnlyList<FailureRecord> Failures()
        => Query(null, "SELECT id, path, line, message, hint, at FROM failures ORDER BY id",
            r => new FailureRecord(r.GetInt64(0), r.GetString(1), r.GetInt32(2) == 0 ? null : r.GetInt32(2), r.GetString(3), r.GetString(4),
                DateTimeOffset.Parse(r.GetString(5), CultureInfo.InvariantCulture)));

    public IReadOnlyList<(string? Outlet, int Documents, int Mentions, int Events, int Denials)> OutletCounts()
        => Query(null,
            "SELECT d.outlet, COUNT(DISTINCT d.id), COUNT(m.mention_key), COUNT(DISTINCT m.event_id), " +
            "SUM(CASE WHEN m.status = 'denied' THEN 1 ELSE 0 END) FROM documents d LEFT JOIN mentions m ON m.document_id = d.id " +
            "WHERE d.state = 'done' GROUP BY d.outlet ORDER BY COUNT(DISTINCT d.id) DESC, d.outlet",
            r => (NullableString(r, 0), (int)r.GetInt64(1), (int)r.GetInt64(2), (int)r.GetInt64(3), r.IsDBNull(4) ? 0 : (int)Convert.ToInt64(r.GetValue(4), CultureInfo.InvariantCulture)));

    public StoreStamp Stamp()
    {
        var row = Query(null,
            "SELECT (SELECT COALESCE(MAX(id), 0) FROM documents), (SELECT COUNT(*) FROM jobs WHERE state IN ('pending', 'leased')), (SELECT COALESCE(MAX(id), 0) FROM failures)",
            r => new StoreStamp(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2)));
        return row[0];
    }

    public StoreStats Stats()
    {
        int Count(string sql) => (int)(Scalar<long?>(null, sql) ?? 0);
        return new StoreStats(
            Count("SELECT COUNT(*) FROM documents WHERE state = 'done'"),
            Count("SELECT COUNT(*) FROM documents WHERE state = 'superseded'"),
            Count("SELECT COUNT(*) FROM mentions"),
            Count("SELECT COUNT(*) FROM events"),
            Count("SELECT COUNT(*) FROM failures"),
            Count("SELECT COUNT(*) FROM jobs WHERE state IN ('pending', 'leased')"));
    }

    /// <summary>Mentions matching a WHERE clause.</summary>
    protected List<StoredMention> QueryMentions(DbTransaction? tx, string where, params (string, object?)[] ps)
        => Query(tx, $"SELECT {MentionColumns} FROM mentions WHERE {where} ORDER BY mention_key", ReadMention, ps);

    protected static StoredMention ReadMention(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetString(6),
        r.GetString(7), r.GetString(8), r.GetString(9), r.GetString(10), r.GetString(11), r.GetString(12), r.GetString(13),
        r.GetDouble(14), r.GetInt32(15), ParseDate(NullableString(r, 16)), ParseDate(NullableString(r, 17)), NullableString(r, 18),
        NullableString(r, 19), ParseDate(NullableString(r, 20)), ParseDate(NullableString(r, 21)), ParseStatus(r.GetString(22)),
        r.GetDouble(23), r.IsDBNull(24) ? null : r.GetDouble(24), r.GetInt32(25) != 0, Split(r.GetString(26)), NullableString(r, 27),
        NullableString(r, 28), Split(r.GetString(29)), ParseDate(NullableString(r, 30)), unchecked((ulong)r.GetInt64(31)),
        r.GetString(32), r.GetString(33))
    { EventId = NullableString(r, 34), QuantityText = NullableString(r, 35), QuantityOf = NullableString(r, 36), QuantityMoney = r.GetInt32(37) != 0, Location = ReadLocation(r, 38),
        SourcePlace = ReadLocation(r, 49), TargetPlace = ReadLocation(r, 60) };

    protected static StoredEvent ReadEvent(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7),
        r.GetString(8), r.GetDouble(9), r.GetInt32(10), ParseDate(NullableString(r, 11)), ParseDate(NullableString(r, 12)),
        Enum.Parse<ReconciledStatus>(r.GetString(13), ignoreCase: true), r.GetDouble(14), r.IsDBNull(15) ? null : r.GetDouble(15),
        Split(r.GetString(16)), r.GetInt32(17), r.GetInt32(18), r.GetInt32(19), r.GetInt32(20), ParseDate(NullableString(r, 21)),
        ParseDate(NullableString(r, 22)), r.GetString(23)[0], r.GetInt32(24), Split(r.GetString(25)), Split(r.GetString(26)))
    {
        QuantityApproximate = r.GetInt32(27) != 0, QuantityText = NullableString(r, 28), QuantityOf = NullableString(r, 29),
        QuantityMoney = r.GetInt32(30) != 0, DateBasis = NullableString(r, 31), Location = ReadLocation(r, 32),
        SourcePlace = ReadLocation(r, 43), TargetPlace = ReadLocation(r, 54),
    };

    // ---------------------------------------------------------------- ADO.NET helpers

    protected DbCommand Command(DbTransaction? tx, string sql)
    {
        var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        cmd.CommandTimeout = 600;
        return cmd;
    }

    protected static DbParameter Param(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = "@" + name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
        return p;
    }

    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>Whether commands are kept for reuse (SQLite); PostgreSQL prepares repeated statements itself (auto-prepare).</summary>
    protected virtual bool ReuseCommands => true;

    /// <summary>
    /// A command for a statement run many times (one per document, event or mention), kept and reused so that the engine
    /// prepares it once; parameters are replaced on each call. Not for statements whose text varies.
    /// </summary>
    private DbCommand Reuse(DbTransaction? tx, string sql, (string Name, object? Value)[] ps)
    {
        if (!ReuseCommands)
        {
            var fresh = Command(tx, sql);
            foreach (var (n, v) in ps) Param(fresh, n, v);
            return fresh;
        }
        if (!_commands.TryGetValue(sql, out var cmd))
        {
            cmd = Command(tx, sql);
            _commands[sql] = cmd;
        }
        cmd.Transaction = tx;
        cmd.Parameters.Clear();
        foreach (var (n, v) in ps) Param(cmd, n, v);
        return cmd;
    }

    private void Release(DbCommand cmd)
    {
        if (!ReuseCommands) cmd.Dispose();
    }

    protected int Exec(DbTransaction? tx, string sql, params (string Name, object? Value)[] ps)
    {
        var cmd = Reuse(tx, sql, ps);
        try { return cmd.ExecuteNonQuery(); }
        finally { Release(cmd); }
    }

    protected T? Scalar<T>(DbTransaction? tx, string sql, params (string Name, object? Value)[] ps)
    {
        var cmd = Reuse(tx, sql, ps);
        object? v2;
        try { v2 = cmd.ExecuteScalar(); }
        finally { Release(cmd); }
        if (v2 is null || v2 is DBNull) return default;
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)Convert.ChangeType(v2, target, CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a query and hands every row to <paramref name="read"/> without keeping the rows.</summary>
    protected void ForEachRow(DbTransaction? tx, string sql, Action<DbDataReader> read, params (string Name, object? Value)[] ps)
    {
        var cmd = Reuse(tx, sql, ps);
        try
        {
            using var r = cmd.ExecuteReader();
            while (r.Read()) read(r);
        }
        finally { Release(cmd); }
    }

    protected List<T> Query<T>(DbTransaction? tx, string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] ps)
    {
        var cmd = Reuse(tx, sql, ps);
        try
        {
            using var r = cmd.ExecuteReader();
            var list = new List<T>();
            while (r.Read()) list.Add(read(r));
            return list;
        }
        finally { Release(cmd); }
    }

    protected static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    protected static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected static DateOnly? ParseDate(string? s) => s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    internal static string Join(ImmutableArray<string> values) => values.IsDefaultOrEmpty ? "" : string.Join("|", values);

    internal static ImmutableArray<string> Split(string s) => s.Length == 0 ? [] : [.. s.Split('|')];

    public static string StatusName(EventStatus s) => s.ToString().ToLowerInvariant();

    public static string ReconciledName(ReconciledStatus s) => s.ToString().ToLowerInvariant();

    private static EventStatus ParseStatus(string s) => Enum.Parse<EventStatus>(s, ignoreCase: true);

    private static string Prefixed(string prefix, string columns)
        => string.Join(", ", columns.Split(", ").Select(c => prefix + c));

    public virtual void Dispose()
    {
        foreach (var cmd in _commands.Values) cmd.Dispose();
        _commands.Clear();
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }
}
