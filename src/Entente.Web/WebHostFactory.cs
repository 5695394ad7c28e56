using Entente.Analysis;
using Entente.Core.Knowledge;
using Entente.Corpus;
using Entente.Web.Api;
using Entente.Web.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web;

/// <summary>
/// Builds the Entente web application: the HTTP API under /api and the dashboard, over one store, calling the same
/// application services as the CLI (<see cref="CorpusServices"/>, <see cref="AnalysisServices"/>).
/// </summary>
public static class WebHostFactory
{
    /// <summary>Reads --db, --urls and --token from the command line (the standalone host); ENTENTE_DB and defaults otherwise.</summary>
    public static WebOptions OptionsFromArgs(string[] args)
    {
        string? Get(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        return new WebOptions(Corpus.Store.StoreFactory.Resolve(Get("--db")), Get("--urls") ?? "http://127.0.0.1:5080", Get("--token"));
    }

    public static WebApplication Build(WebOptions options, string[]? args = null)
    {
        var builder = WebApplication.CreateBuilder(args ?? []);
        builder.WebHost.UseUrls(options.Urls);
        var knowledge = options.Dictionaries is { Count: > 0 } d ? KnowledgeBase.Load(KnowledgeBase.DefaultDataDirectory(), d) : KnowledgeBase.Default;
        var corpus = new CorpusServices(knowledge);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(corpus);
        builder.Services.AddSingleton(new AnalysisServices(corpus));
        builder.Services.AddProblemDetails();
        var app = builder.Build();
        app.MapApi();
        app.MapDashboard();
        return app;
    }
}
