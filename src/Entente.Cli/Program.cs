using Entente.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("entente");
    config.SetApplicationVersion(Entente.Core.Pipeline.Analyzer.Version);
    config.AddCommand<AnalyzeCommand>("analyze")
        .WithDescription("Extract coded, dated, sourced political events from articles (.txt, .md, .html, .jsonl, or - for stdin).")
        .WithExample("analyze", "samples/", "--format", "table")
        .WithExample("analyze", "article.md", "--published", "2024-02-27", "--format", "json");
    config.AddCommand<EvalCommand>("eval")
        .WithDescription("Score the analyzer against annotated gold files (.gold): precision, recall, F1, actor-pair and date accuracy.")
        .WithExample("eval", "tests/gold/dev");
});
// A lone "-" (standard input) looks like an option to the parser: pass it under another name.
return app.Run(args.Select(a => a == "-" ? AnalyzeSettings.StdinPlaceholder : a));
