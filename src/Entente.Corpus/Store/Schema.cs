namespace Entente.Corpus.Store;

/// <summary>
/// The store's schema, one definition for both engines: <see cref="Migrations"/>[i] takes a database from version i to
/// version i+1. Dates are ISO-8601 text (yyyy-MM-dd) in both engines so that every query is shared.
/// </summary>
internal static class Schema
{
    public const int Version = 8;

    /// <summary>Engine-specific spellings used in the DDL.</summary>
    /// <param name="FullText">The DDL of version 3: the full-text index over the evidence sentences (mentions.quote), filled from the rows already stored.</param>
    public sealed record Types(string Id, string BigInt, string Real, string FullText);

    /// <summary>
    /// SQLite: an external-content FTS5 table over mentions.quote keyed by the mentions' rowid (Porter stemming over
    /// unicode61, diacritics folded), kept in sync by triggers on insert, delete and update of the quote; 'rebuild' fills it
    /// from the stored rows on upgrade. A trigger is one line: statements are split at a ';' that ends a line.
    /// </summary>
    public static readonly Types Sqlite = new("INTEGER PRIMARY KEY", "INTEGER", "REAL", DyadPagingIndexes + """
        CREATE VIRTUAL TABLE mentions_fts USING fts5(quote, content='mentions', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2');
        CREATE TRIGGER mentions_fts_insert AFTER INSERT ON mentions BEGIN INSERT INTO mentions_fts (rowid, quote) VALUES (new.rowid, new.quote); END;
        CREATE TRIGGER mentions_fts_delete AFTER DELETE ON mentions BEGIN INSERT INTO mentions_fts (mentions_fts, rowid, quote) VALUES ('delete', old.rowid, old.quote); END;
        CREATE TRIGGER mentions_fts_update AFTER UPDATE OF quote ON mentions BEGIN INSERT INTO mentions_fts (mentions_fts, rowid, quote) VALUES ('delete', old.rowid, old.quote); INSERT INTO mentions_fts (rowid, quote) VALUES (new.rowid, new.quote); END;
        INSERT INTO mentions_fts (mentions_fts) VALUES ('rebuild')
        """);

    /// <summary>PostgreSQL: a GIN expression index on to_tsvector('english', quote); building it indexes the stored rows.</summary>
    public static readonly Types Postgres = new("BIGSERIAL PRIMARY KEY", "BIGINT", "DOUBLE PRECISION", DyadPagingIndexes +
        "CREATE INDEX mentions_quote_fts ON mentions USING GIN (to_tsvector('english', quote))");

    /// <summary>Version 3 also makes the dyad indexes cover the event id, so a page of a dyad's events sorts ids, not rows.</summary>
    private const string DyadPagingIndexes = """
        DROP INDEX events_dyad;
        DROP INDEX events_dyad_reverse;
        CREATE INDEX events_dyad ON events (source_code, target_code, date_start, event_id);
        CREATE INDEX events_dyad_reverse ON events (target_code, source_code, date_start, event_id);

        """;

    /// <summary>The statements of a migration: split at each ';' that ends a line (so a one-line trigger body keeps its own).</summary>
    public static IEnumerable<string> Statements(string migration)
        => System.Text.RegularExpressions.Regex.Split(migration, @";[ \t]*\r?\n")
            .Select(s => s.Trim().TrimEnd(';').Trim())
            .Where(s => s.Length > 0);

    public static IReadOnlyList<string> Migrations(Types t) =>
    [
        // version 1: documents, mentions, events, failures, jobs
        $"""
        CREATE TABLE documents (
            id {t.Id},
            doc_key TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            locator TEXT NOT NULL,
            version INTEGER NOT NULL,
            path TEXT NOT NULL,
            url TEXT,
            line INTEGER,
            part INTEGER NOT NULL,
            outlet TEXT,
            title TEXT,
            author TEXT,
            published TEXT,
            format TEXT NOT NULL,
            language TEXT,
            analyzer_version TEXT,
            dictionary_hash TEXT,
            state TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            body TEXT NOT NULL,
            ingested_at TEXT NOT NULL);
        CREATE INDEX documents_locator ON documents (locator);
        CREATE INDEX documents_outlet ON documents (outlet);
        CREATE TABLE mentions (
            mention_key TEXT PRIMARY KEY,
            document_id {t.BigInt} NOT NULL,
            doc_key TEXT NOT NULL,
            event_id TEXT,
            block TEXT NOT NULL,
            sentence INTEGER NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            quote TEXT NOT NULL,
            source_code TEXT NOT NULL,
            source_name TEXT NOT NULL,
            target_code TEXT NOT NULL,
            target_name TEXT NOT NULL,
            type TEXT NOT NULL,
            cameo TEXT NOT NULL,
            plover TEXT NOT NULL,
            goldstein {t.Real} NOT NULL,
            quad_class INTEGER NOT NULL,
            date_start TEXT,
            date_end TEXT,
            date_text TEXT,
            date_basis TEXT,
            match_start TEXT,
            match_end TEXT,
            wide INTEGER NOT NULL,
            status TEXT NOT NULL,
            confidence {t.Real} NOT NULL,
            quantity {t.Real},
            quantity_approx INTEGER NOT NULL,
            equipment TEXT NOT NULL,
            outlet TEXT,
            origin TEXT,
            cited TEXT NOT NULL,
            published TEXT,
            fingerprint {t.BigInt} NOT NULL,
            pattern TEXT NOT NULL,
            trigger_word TEXT NOT NULL);
        CREATE INDEX mentions_block ON mentions (block, wide, match_start);
        CREATE INDEX mentions_event ON mentions (event_id);
        CREATE INDEX mentions_document ON mentions (document_id);
        CREATE TABLE events (
            event_id TEXT PRIMARY KEY,
            block TEXT NOT NULL,
            source_code TEXT NOT NULL,
            source_name TEXT NOT NULL,
            target_code TEXT NOT NULL,
            target_name TEXT NOT NULL,
            type TEXT NOT NULL,
            cameo TEXT NOT NULL,
            plover TEXT NOT NULL,
            goldstein {t.Real} NOT NULL,
            quad_class INTEGER NOT NULL,
            date_start TEXT,
            date_end TEXT,
            status TEXT NOT NULL,
            confidence {t.Real} NOT NULL,
            quantity {t.Real},
            equipment TEXT NOT NULL,
            num_mentions INTEGER NOT NULL,
            num_articles INTEGER NOT NULL,
            num_sources INTEGER NOT NULL,
            num_independent INTEGER NOT NULL,
            first_seen TEXT,
            last_seen TEXT,
            reliability TEXT NOT NULL,
            credibility INTEGER NOT NULL,
            reported_by TEXT NOT NULL,
            denied_by TEXT NOT NULL);
        CREATE INDEX events_dyad ON events (source_code, target_code, date_start);
        CREATE INDEX events_dyad_reverse ON events (target_code, source_code, date_start);
        CREATE INDEX events_date ON events (date_start);
        CREATE INDEX events_date_end ON events (date_end);
        CREATE INDEX events_type ON events (type, date_end);
        CREATE INDEX events_cameo ON events (cameo);
        CREATE TABLE failures (
            id {t.Id},
            path TEXT NOT NULL,
            line INTEGER NOT NULL,
            message TEXT NOT NULL,
            hint TEXT NOT NULL,
            at TEXT NOT NULL,
            UNIQUE (path, line, message));
        CREATE TABLE jobs (
            document_id {t.BigInt} PRIMARY KEY,
            state TEXT NOT NULL,
            worker TEXT,
            attempts INTEGER NOT NULL,
            finished_at TEXT,
            error TEXT);
        CREATE INDEX jobs_pending ON jobs (state, document_id);
        """,
        // version 2: every claim of a job, committed apart from the work (dropped in version 5 for leases)
        $"""
        CREATE TABLE job_attempts (
            document_id {t.BigInt} NOT NULL,
            worker TEXT NOT NULL,
            at TEXT NOT NULL);
        CREATE INDEX job_attempts_document ON job_attempts (document_id);
        """,
        // version 3: full-text search over the evidence sentences (see Types.FullText)
        t.FullText,
        // version 4: a quantity keeps its words, what it counts and whether it is money; an event keeps where its date came from
        """
        ALTER TABLE mentions ADD COLUMN quantity_text TEXT;
        ALTER TABLE mentions ADD COLUMN quantity_of TEXT;
        ALTER TABLE mentions ADD COLUMN quantity_money INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE events ADD COLUMN quantity_approx INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE events ADD COLUMN quantity_text TEXT;
        ALTER TABLE events ADD COLUMN quantity_of TEXT;
        ALTER TABLE events ADD COLUMN quantity_money INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE events ADD COLUMN date_basis TEXT;
        """,
        // version 5: jobs are leased (a token and an expiry in milliseconds of the server's clock, renewed while the worker
        // lives); a worker that dies charges an interruption to the documents it was analysing only; attempts count failed analyses
        $"""
        ALTER TABLE jobs ADD COLUMN lease TEXT;
        ALTER TABLE jobs ADD COLUMN lease_until {t.BigInt};
        ALTER TABLE jobs ADD COLUMN begun INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE jobs ADD COLUMN interruptions INTEGER NOT NULL DEFAULT 0;
        UPDATE jobs SET attempts = 0 WHERE state <> 'failed';
        DROP TABLE job_attempts;
        """,
        // version 6: where an event happened (the place, its precision, state, division, point, the basis it was found on, the
        // mention's offsets, GeoNames id and division code); events indexed by the place's state and latitude for the map filters
        $"""
        {PlaceColumnsDdl("mentions", "location", t)}
        {PlaceColumnsDdl("events", "location", t)}
        CREATE INDEX events_location_country ON events (location_country);
        CREATE INDEX events_location_lat ON events (location_lat);
        """,
        // version 7: the map's aggregate by place (IEventStore.Places) reads the located events' date range, status, credibility,
        // QuadClass, point and place from one covering index instead of the rows, which a date filter finds scattered over the table
        """
        CREATE INDEX events_map ON events (date_end, date_start, status, credibility, quad_class, location_lat, location_lon, location_geonames, location_country, location_name) WHERE location_lat IS NOT NULL;
        """,
        // version 8: each actor's own place ("police in Lagos", "Tehran said"; GDELT's Actor1Geo/Actor2Geo), the location's eleven
        // columns again with the prefixes source_place and target_place, in mentions and events; rows stored before have none
        $"""
        {PlaceColumnsDdl("mentions", "source_place", t)}
        {PlaceColumnsDdl("mentions", "target_place", t)}
        {PlaceColumnsDdl("events", "source_place", t)}
        {PlaceColumnsDdl("events", "target_place", t)}
        """,
    ];

    /// <summary>A place's eleven columns named <paramref name="prefix"/>_name … (the event's location, each actor's place), in the
    /// order of <c>SqlEventStore.LocationColumns</c> and <c>SqlEventStore.ActorPlaceColumns</c>.</summary>
    private static string PlaceColumnsDdl(string table, string prefix, Types t) => $"""
        ALTER TABLE {table} ADD COLUMN {prefix}_name TEXT;
        ALTER TABLE {table} ADD COLUMN {prefix}_kind TEXT;
        ALTER TABLE {table} ADD COLUMN {prefix}_country TEXT;
        ALTER TABLE {table} ADD COLUMN {prefix}_admin1 TEXT;
        ALTER TABLE {table} ADD COLUMN {prefix}_lat {t.Real};
        ALTER TABLE {table} ADD COLUMN {prefix}_lon {t.Real};
        ALTER TABLE {table} ADD COLUMN {prefix}_basis TEXT;
        ALTER TABLE {table} ADD COLUMN {prefix}_start INTEGER;
        ALTER TABLE {table} ADD COLUMN {prefix}_end INTEGER;
        ALTER TABLE {table} ADD COLUMN {prefix}_geonames TEXT;
        ALTER TABLE {table} ADD COLUMN {prefix}_adm1 TEXT;
        """;
}

/// <summary>The store schema version this program reads and writes (newer stores are refused, older ones upgraded).</summary>
public static class StoreSchema
{
    public const int Version = Schema.Version;
}
