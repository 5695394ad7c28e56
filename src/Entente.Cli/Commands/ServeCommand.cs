using System.ComponentModel;
using Entente.Core.Knowledge;
using Entente.Corpus;
using Entente.Web;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Options of <c>entente serve</c>.</summary>
public sealed class ServeSettings : StoreSettings
{
    [CommandOption("--urls <URLS>")]
    [Description("Where to listen (default http://127.0.0.1:5080; loopback unless you name another address).")]
    [DefaultValue("http://127.0.0.1:5080")]
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    [CommandOption("--token <TOKEN>")]
    [Description("Bearer token required by write endpoints (default: ENTENTE_TOKEN, else one generated on first start and kept beside the store, STORE.token, or for PostgreSQL in ~/.config/entente/).")]
    public string? Token { get; init; }

    public override ValidationResult Validate()
    {
        foreach (var url in Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (!Uri.TryCreate(url, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https"))
                return ValidationResult.Error($"--urls '{url}' is not an http(s) address (hint: e.g. http://127.0.0.1:5080)");
        return base.Validate();
    }
}

/// <summary><c>entente serve</c>: the HTTP API and the dashboard over the store, until Ctrl+C.</summary>
public sealed class ServeCommand : Command<ServeSettings>
{
    public override int Execute(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        var options = new WebOptions(settings.ResolvedDb, settings.Urls, settings.Token, settings.Dictionaries, DataDirectory: settings.DataDirectory);
        foreach (var warning in options.Warnings()) Console.Error.WriteLine($"entente: warning: {warning}");
        var app = WebHostFactory.Build(options);
        try
        {
            // the knowledge is loaded now, not at the first request, so that a bad --data or --dictionary stops the start
            app.Services.GetRequiredService<CorpusServices>();
        }
        catch (DataFileException ex)
        {
            Console.Error.WriteLine($"entente: {ex.Message}");
            return 2;
        }
        var token = WebHostFactory.Token(app);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            Console.Error.WriteLine($"entente: serving {options.Db} at {string.Join(", ", app.Urls)} (Ctrl+C stops)");
            Console.Error.WriteLine(token.Generated
                ? $"entente: write token (POST /api/documents, header Authorization: Bearer TOKEN) generated and kept in {token.Source.Replace(" (generated)", "")}: {token.Value}"
                : $"entente: write token (POST /api/documents, header Authorization: Bearer TOKEN) from {token.Source}: {token.Display}");
            Console.Error.WriteLine($"entente: API description at {app.Urls.FirstOrDefault()}/openapi/v1.json, reference at {app.Urls.FirstOrDefault()}{Entente.Web.Api.ApiDocumentation.DocsPath}");
        });
        try
        {
            using (cancellationToken.Register(() => app.Lifetime.StopApplication()))
                app.RunAsync().GetAwaiter().GetResult();
        }
        catch (IOException ex) when (IsAddressInUse(ex))
        {
            Console.Error.WriteLine($"entente: error: cannot listen on {settings.Urls}: the address is already in use " +
                                    $"(hint: another server, perhaps another 'entente serve', has the port; stop it, or choose a free port with --urls {NextPort(settings.Urls)})");
            return 1;
        }
        return 0;
    }

    /// <summary>Kestrel's AddressInUseException, or a socket error saying the same.</summary>
    internal static bool IsAddressInUse(Exception ex)
    {
        for (Exception? e = ex; e != null; e = e.InnerException)
            if (e.GetType().Name == "AddressInUseException" || e is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse })
                return true;
        return false;
    }

    /// <summary>The first address of --urls with its port plus one, as a suggestion.</summary>
    internal static string NextPort(string urls)
    {
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "http://127.0.0.1:5080";
        return Uri.TryCreate(first, UriKind.Absolute, out var u)
            ? new UriBuilder(u) { Port = u.Port + 1 }.Uri.GetLeftPart(UriPartial.Authority)
            : "http://127.0.0.1:5081";
    }
}
