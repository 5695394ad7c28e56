using System.Net;
using Entente.Core.Knowledge;

namespace Entente.Web;

/// <summary>How <c>entente serve</c> runs.</summary>
/// <param name="Db">The store (--db): an SQLite path or a PostgreSQL connection string.</param>
/// <param name="Urls">Where to listen; 127.0.0.1 unless the user asks otherwise.</param>
/// <param name="Token">Bearer token for write endpoints; null: ENTENTE_TOKEN, else read from the token file or generated (see <see cref="Api.ApiToken"/>).</param>
/// <param name="Dictionaries">User dictionary files (as --dictionary elsewhere).</param>
/// <param name="MaxBodyBytes">Largest request body accepted (larger: 413).</param>
/// <param name="DataDirectory">The knowledge folder (--data, as elsewhere); null: the shipped data/ or ENTENTE_DATA.</param>
/// <param name="AnalyzePerMinute">Analyses without a token (POST /api/analyze, /article) one client address may ask per minute.</param>
/// <param name="AnalyzeConcurrency">Such analyses running at once over all clients; 0: one per core.</param>
/// <param name="AnalyzeSeconds">The time one such request may take before it is stopped (503).</param>
public sealed record WebOptions(
    string Db,
    string Urls = "http://127.0.0.1:5080",
    string? Token = null,
    IReadOnlyList<string>? Dictionaries = null,
    long MaxBodyBytes = 2 * 1024 * 1024,
    string? DataDirectory = null,
    int AnalyzePerMinute = 60,
    int AnalyzeConcurrency = 0,
    int AnalyzeSeconds = 60)
{
    public int EffectiveAnalyzeConcurrency => AnalyzeConcurrency > 0 ? AnalyzeConcurrency : Environment.ProcessorCount;

    /// <summary>The knowledge these options name, from the one composition root (<see cref="KnowledgeBase.Resolve"/>).</summary>
    public KnowledgeBase Knowledge() => KnowledgeBase.Resolve(DataDirectory, Dictionaries);

    /// <summary>
    /// What the user should know before the server starts. Nothing is refused: a non-loopback address (0.0.0.0, *, a LAN
    /// address, a host name) is allowed but warned about, since the read endpoints need no token.
    /// </summary>
    public IReadOnlyList<string> Warnings()
    {
        var warnings = new List<string>();
        foreach (var url in Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var host = HostOf(url);
            if (!IsLoopback(host))
                warnings.Add($"listening on {url}, which is not a loopback address: anyone who can reach it can read the store (writes still need the token) " +
                             "(hint: use --urls http://127.0.0.1:5080 unless you mean to share it, and put TLS in front)");
        }
        return warnings;
    }

    private static string HostOf(string url)
    {
        // Kestrel also accepts http://*:5080 and http://+:5080, which Uri does not parse
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        if (rest.StartsWith('['))
            return rest[1..Math.Max(1, rest.IndexOf(']'))];
        int end = rest.IndexOfAny([':', '/']);
        return end < 0 ? rest : rest[..end];
    }

    public static bool IsLoopback(string host)
        => host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}
