using System.ComponentModel;
using Entente.Web;
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
        var options = new WebOptions(settings.ResolvedDb, settings.Urls, settings.Token, settings.Dictionaries);
        foreach (var warning in options.Warnings()) Console.Error.WriteLine($"entente: warning: {warning}");
        var app = WebHostFactory.Build(options);
        var token = WebHostFactory.Token(app);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            Console.Error.WriteLine($"entente: serving {options.Db} at {string.Join(", ", app.Urls)} (Ctrl+C stops)");
            Console.Error.WriteLine($"entente: write token (POST /api/documents, header Authorization: Bearer TOKEN) from {token.Source}: {token.Value}");
            Console.Error.WriteLine($"entente: API description at {app.Urls.FirstOrDefault()}/openapi/v1.json");
        });
        using (cancellationToken.Register(() => app.Lifetime.StopApplication()))
            app.RunAsync().GetAwaiter().GetResult();
        return 0;
    }
}
