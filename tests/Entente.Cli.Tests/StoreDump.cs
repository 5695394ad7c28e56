using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Entente.Cli.Tests;

/// <summary>
/// A canonical text dump of an SQLite store, read with plain SQL: every column of events, mentions, documents and
/// failures except row ids, the row id links and timestamps, each table's rows sorted. Two stores hold the same data
/// exactly when their dumps are equal.
/// </summary>
internal static class StoreDump
{
    private static readonly HashSet<string> Volatile = new(StringComparer.Ordinal) { "id", "document_id", "ingested_at", "at" };

    public static string Of(string dbPath)
    {
        var sb = new StringBuilder();
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        c.Open();
        foreach (var table in new[] { "events", "mentions", "documents", "failures" })
        {
            var rows = new List<string>();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"SELECT * FROM {table}";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var cells = new List<string>();
                for (int i = 0; i < r.FieldCount; i++)
                    if (!Volatile.Contains(r.GetName(i)))
                        cells.Add(r.GetName(i) + "=" + (r.IsDBNull(i) ? "∅" : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)));
                rows.Add(string.Join(" ", cells));
            }
            rows.Sort(StringComparer.Ordinal);
            sb.Append(table).Append(' ').Append(rows.Count).Append('\n');
            foreach (var row in rows) sb.Append(row).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Documents stored (any state), or -1 while the store has no documents table yet.</summary>
    public static long DocumentCount(string dbPath)
    {
        if (!File.Exists(dbPath)) return -1;
        try
        {
            using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 5 }.ToString());
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM documents";
            return (long)cmd.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return -1;
        }
    }
}
