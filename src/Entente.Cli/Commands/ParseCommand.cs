using System.ComponentModel;
using System.Text.Json;
using Entente.Core.Output;
using Entente.Core.Reading;
using Entente.Core.Text;
using Entente.Syntax.Conllu;
using Entente.Syntax.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

public sealed class ParseSettings : KnowledgeSettings
{
    [CommandArgument(0, "[ARTICLES]")]
    [Description("Files, folders or - for standard input, read as by 'analyze'.")]
    public string[] Articles { get; init; } = [];

    [CommandOption("--format <FORMAT>")]
    [Description("conllu (default) or json.")]
    public string Format { get; init; } = "conllu";

    [CommandOption("--eval <GOLD>")]
    [Description("Score the model on gold CoNLL-U (plain or .gz), parsing from the gold words. Repeatable.")]
    public string[] Eval { get; init; } = [];

    [CommandOption("--predictions <FILE>")]
    [Description("With --eval: also write the predicted analyses as CoNLL-U to FILE (for error analysis).")]
    public string? Predictions { get; init; }

    internal IEnumerable<string> Inputs => Articles.Select(a => a == AnalyzeSettings.StdinPlaceholder ? "-" : a);

    public override ValidationResult Validate()
    {
        if (Articles.Length == 0 && Eval.Length == 0) return ValidationResult.Error("nothing to parse (hint: entente parse article.md, or entente parse --eval test.conllu)");
        if (Articles.Length > 0 && Eval.Length > 0)
            return ValidationResult.Error($"'{Articles[0]}': articles and --eval cannot be mixed (hint: give --eval once per gold file, e.g. --eval a.conllu --eval b.conllu)");
        if (Format is not ("conllu" or "json")) return ValidationResult.Error($"--format '{Format}' is unknown (hint: conllu or json)");
        foreach (var g in Eval)
            if (!File.Exists(g)) return ValidationResult.Error($"--eval '{g}': no such file (hint: a CoNLL-U treebank, plain or .gz)");
        return base.Validate();
    }
}

/// <summary><c>entente parse</c>: prints the tokens, tags, lemmas and dependency parse of articles, or scores the model on a treebank.</summary>
public sealed class ParseCommand : Command<ParseSettings>
{
    public override int Execute(CommandContext context, ParseSettings settings, CancellationToken cancellationToken)
    {
        var kb = settings.LoadKnowledge();
        if (kb == null) return 2;
        Entente.Syntax.SyntaxModel model;
        try { model = kb.Syntax; }
        catch (Entente.Core.Knowledge.DataFileException ex) { Console.Error.WriteLine($"entente: {ex.Message}"); return 2; }
        if (settings.Eval.Length > 0) return Evaluate(model, settings.Eval, settings.Predictions);

        // the same analysis as analyze: the model with the news corrections before and after the parse
        var annotator = SyntaxAnnotator.ForNews(kb);
        int failures = 0;
        using var stdout = Console.OpenStandardOutput();
        using var text = new StreamWriter(stdout, new System.Text.UTF8Encoding(false)) { AutoFlush = false };
        using var json = new Utf8JsonWriter(stdout, JsonReportWriter.Indented);
        if (settings.Format == "json") { JsonContract.BeginDocument(json); json.WriteStartArray("documents"); }
        foreach (var r in new DocumentReader().Read(settings.Inputs, new ReaderOptions()))
        {
            if (r.Document is not { } d) { failures++; Console.Error.WriteLine($"entente: error: {r.Error}"); continue; }
            var doc = SentenceSplitter.Default.Split(d.Text);
            foreach (var w in annotator.Annotate(doc)) Console.Error.WriteLine($"{d.DisplayName}: warning: {w}");
            if (settings.Format == "json") { SyntaxJsonWriter.Write(json, doc, d.DisplayName); json.Flush(); }
            else { ConlluDocWriter.Write(text, doc, d.DisplayName); text.Flush(); }
        }
        if (settings.Format == "json") { json.WriteEndArray(); json.WriteEndObject(); json.Flush(); stdout.Write("\n"u8); }
        return failures > 0 ? 1 : 0;
    }

    private static int Evaluate(Entente.Syntax.SyntaxModel model, string[] gold, string? predictionsPath)
    {
        try
        {
            using var predictions = predictionsPath == null ? null : new StreamWriter(predictionsPath, false, new System.Text.UTF8Encoding(false));
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var c in new[] { "treebank", "UPOS", "XPOS", "LEMMA", "UAS", "LAS", "sentences", "words" }) table.AddColumn(c);
            var parts = new List<SyntaxScores>(gold.Length);
            foreach (var g in gold)
            {
                var s = SyntaxEvaluator.Evaluate(model, ConlluReader.ReadFile(g), predictions);
                parts.Add(s);
                table.AddRow(Markup.Escape(g), F(s.Upos), F(s.Xpos), F(s.Lemma), F(s.Uas), F(s.Las), s.Sentences.ToString(), s.Words.ToString());
            }
            if (gold.Length > 1) AnsiConsole.Write(table);
            var total = SyntaxScores.Combine(parts);
            if (total.Unparsed > 0) Console.Error.WriteLine($"entente: warning: {total.Unparsed} sentences longer than {model.MaxParseWords} words were tagged but not parsed (their arcs count as wrong)");
            Console.WriteLine(total.ToString());
            return 0;
        }
        catch (Exception ex) when (ex is FormatException or IOException)
        {
            Console.Error.WriteLine($"entente: error: {ex.Message}");
            return 2;
        }
    }

    private static string F(double x) => x.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
}
