using System.Security.Cryptography;
using System.Text;
using Entente.Corpus.Store;
using Npgsql;

namespace Entente.Web.Api;

/// <summary>
/// The bearer token write endpoints require: --token, else ENTENTE_TOKEN, else the token file — beside an SQLite store
/// (<c>entente.db.token</c>), or in the user's config folder for PostgreSQL (<c>~/.config/entente/HOST_PORT_DB.token</c>) —
/// generated on first start (32 random bytes, base64url) and written readable by the owner only. Compared in constant time.
/// </summary>
public sealed class ApiToken
{
    public const string EnvironmentVariable = "ENTENTE_TOKEN";

    private readonly byte[] _hash;

    private ApiToken(string value, string source, bool generated = false)
    {
        Value = value;
        Source = source;
        Generated = generated;
        _hash = SHA256.HashData(Encoding.UTF8.GetBytes(value));
    }

    public string Value { get; }

    /// <summary>Where the token came from, for the start message: "--token", "ENTENTE_TOKEN", or the file (and whether it was just generated).</summary>
    public string Source { get; }

    /// <summary>True when this start generated the token (and wrote its file): the only time it is shown in full.</summary>
    public bool Generated { get; }

    /// <summary>What the start message shows: the whole token when it was just generated; otherwise only where it is
    /// (the user gave it, or it is in the file), so it does not land in terminal logs on every start.</summary>
    public string Display => Generated
        ? Value
        : Source is "--token" or EnvironmentVariable ? "as given (not shown)" : $"not shown (read it with: cat {Source})";

    public static ApiToken Resolve(WebOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Token)) return new ApiToken(options.Token.Trim(), "--token");
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env && !string.IsNullOrWhiteSpace(env))
            return new ApiToken(env.Trim(), EnvironmentVariable);
        var file = FileFor(options.Db);
        if (File.Exists(file))
        {
            var stored = File.ReadAllText(file).Trim();
            if (stored.Length > 0) return new ApiToken(stored, file);
        }
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var fileOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(file, fileOptions))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
            writer.Write(token + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return new ApiToken(token, file + " (generated)", generated: true);
    }

    /// <summary>The token file of a store: beside an SQLite file; in the user's config folder for PostgreSQL.</summary>
    public static string FileFor(string db)
    {
        if (!StoreFactory.IsPostgres(db)) return Path.GetFullPath(db) + ".token";
        string name;
        try
        {
            var b = new NpgsqlConnectionStringBuilder(db);
            name = $"{b.Host}_{b.Port}_{b.Database}";
        }
        catch (ArgumentException) { name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(db)), 0, 8); }
        foreach (var c in Path.GetInvalidFileNameChars().Append(',')) name = name.Replace(c, '_');
        var config = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(config)) config = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        return Path.Combine(config, "entente", name + ".token");
    }

    /// <summary>Whether an Authorization header carries this token as "Bearer TOKEN" (constant-time over the SHA-256 of both).</summary>
    public bool Accepts(string? authorization)
    {
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return false;
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(authorization[scheme.Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(given, _hash);
    }
}
