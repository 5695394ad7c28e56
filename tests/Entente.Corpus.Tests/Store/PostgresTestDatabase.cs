using Npgsql;

namespace Entente.Corpus.Tests.Store;

/// <summary>
/// A test that needs a PostgreSQL server: ENTENTE_TEST_PG names it (a connection string to a database the test user may
/// create databases from; <c>.ci/run</c> starts a throwaway server and sets it). Without it the test is skipped, unless
/// ENTENTE_REQUIRE_PG=1, in which case it runs and fails loudly.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresTestDatabase.Server is null && !PostgresTestDatabase.Required)
            Skip = $"no PostgreSQL server: set {PostgresTestDatabase.ServerVariable} to a connection string (.ci/run starts one and sets it)";
    }
}

/// <summary>A fresh, empty PostgreSQL database for one test (UTF-8, C collation), dropped afterwards.</summary>
internal sealed class PostgresTestDatabase : IDisposable
{
    public const string ServerVariable = "ENTENTE_TEST_PG";
    public const string RequiredVariable = "ENTENTE_REQUIRE_PG";

    public static string? Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } s ? s : null;

    public static bool Required => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    private readonly string _admin;

    public PostgresTestDatabase()
    {
        var server = Server ?? throw new InvalidOperationException(
            $"{RequiredVariable}=1 but {ServerVariable} is not set: the PostgreSQL tests cannot run (hint: run .ci/run, which starts a server)");
        _admin = new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ToString();
        Name = "entente_t_" + Guid.NewGuid().ToString("N");
        try
        {
            AdminExec($"CREATE DATABASE {Name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        }
        catch (NpgsqlException ex)
        {
            throw new InvalidOperationException($"cannot create a test database on {ServerVariable}={server}: {ex.Message} (hint: is the server running?)", ex);
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name, Pooling = false }.ToString();
    }

    public string Name { get; }

    /// <summary>Connection string of the fresh database (no pooling, so disposing a store really closes its connection).</summary>
    public string ConnectionString { get; }

    /// <summary>Runs SQL in the test database.</summary>
    public void Exec(string sql)
    {
        using var c = new NpgsqlConnection(ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    /// <summary>Rows of a query in the test database, each as an array of values.</summary>
    public List<object?[]> Rows(string sql)
    {
        using var c = new NpgsqlConnection(ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        using var r = cmd.ExecuteReader();
        var rows = new List<object?[]>();
        while (r.Read())
        {
            var row = new object?[r.FieldCount];
            for (int i = 0; i < row.Length; i++) row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    private void AdminExec(string sql)
    {
        using var c = new NpgsqlConnection(_admin);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => AdminExec($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
}
