namespace Entente.Web;

/// <summary>How <c>entente serve</c> runs.</summary>
/// <param name="Db">The store (--db): an SQLite path or a PostgreSQL connection string.</param>
/// <param name="Urls">Where to listen; 127.0.0.1 unless the user asks otherwise.</param>
/// <param name="Token">Bearer token for write endpoints; null: read from the token file or generate one.</param>
/// <param name="Dictionaries">User dictionary files (as --dictionary elsewhere).</param>
/// <param name="MaxBodyBytes">Largest request body accepted.</param>
public sealed record WebOptions(
    string Db,
    string Urls = "http://127.0.0.1:5080",
    string? Token = null,
    IReadOnlyList<string>? Dictionaries = null,
    long MaxBodyBytes = 2 * 1024 * 1024);
