using System.ComponentModel;
using System.Globalization;
using Entente.Analysis;
using Entente.Analysis.Charts;
using Entente.Analysis.Output;
using Entente.Analysis.Series;
using Entente.Corpus;
using Entente.Corpus.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Options of <c>entente dyad A B</c>.</summary>
public sealed class DyadSettings : DyadArgumentsSettings
{
    protected override PeriodUnit DefaultUnit => PeriodUnit.Month;

    [CommandOption("--chart <FILE>")]
    [Description("Also draw the charts: FILE (alignment index with change points), FILE-quadclass and FILE-types; .png or .svg.")]
    public string? Chart { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("table (default), json, csv or tsv.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    public override ValidationResult Validate()
    {
        if (Format is not ("table" or "json" or "csv" or "tsv"))
            return ValidationResult.Error($"--format '{Format}' is unknown (hint: table, json, csv or tsv)");
        if (Chart != null && Path.GetExtension(Chart).ToLowerInvariant() is not (".png" or ".svg"))
            return ValidationResult.Error($"--chart '{Chart}' must end in .png or .svg (hint: e.g. --chart dyad.png)");
        return base.Validate();
    }
}

/// <summary><c>entente dyad A B</c>: the relationship of two actors per period, its alignment index and change points.</summary>
public sealed class DyadCommand : StoreCommand<DyadSettings>
{
    protected override int Run(CorpusServices services, IEventStore store, DyadSettings settings, CancellationToken cancel)
    {
        if (!settings.CheckKnownCodes(services.Knowledge)) return 2;
        var analysis = AnalysisFactory.Create(services);
        var series = analysis.Dyad(store, settings.Query());
        var c = series.Coverage;
        Console.Error.WriteLine($"entente: dyad {series.A}–{series.B}: {c.Counted} events counted of {c.Stored} stored " +
                                $"({c.NotSelected} not selected, {c.Undated} undated, {c.OutsideSpan} outside the span); counted: {series.Selection.Describe()}");
        if (series.Periods.IsEmpty)
            Console.Error.WriteLine($"entente: no events between {series.A} and {series.B} in {store.Location} (hint: check the codes with 'entente events --actor {series.A}', or widen --since/--until)");
        switch (settings.Format)
        {
            case "json":
                JsonOutput.WriteOne(w => DyadSeriesFormat.Write(w, series));
                break;
            case "csv":
            case "tsv":
                var spheres = SphereClassifier.Order;
                var types = services.Knowledge.Cameo.Types.Keys.Order(StringComparer.Ordinal).ToList();
                using (var w = RecordWriter.ToStdout(settings.Format))
                {
                    w.Row(DyadSeriesFormat.Columns(spheres, types));
                    foreach (var p in series.Periods) w.Row(DyadSeriesFormat.Row(series, p, spheres, types));
                }
                break;
            default:
                PrintTable(series);
                break;
        }
        if (settings.Chart is { } chart && !series.Periods.IsEmpty)
        {
            var files = new DyadCharts().SaveAll(series, chart);
            Console.Error.WriteLine($"entente: charts written: {string.Join(", ", files)}");
        }
        return 0;
    }

    private static string F(double? v, string format = "0.00") => v is double d ? d.ToString(format, CultureInfo.InvariantCulture) : "–";

    private static void PrintTable(DyadSeries s)
    {
        if (Console.IsOutputRedirected && AnsiConsole.Profile.Width < 160) AnsiConsole.Profile.Width = 160;
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"{s.NameA} ({s.A}) – {s.NameB} ({s.B}), by {s.Unit.ToString().ToLowerInvariant()}"));
        foreach (var col in new[] { "Period", "Events", "VC", "MC", "VK", "MK", "Goldstein Σ / mean", $"{s.A}→{s.B} coop/arms", $"{s.B}→{s.A} coop/arms", "Joint", "Recipr.", "Embargo", "Index", "Smoothed", "Change" })
            table.AddColumn(col == "Period" ? new TableColumn(col) : new TableColumn(col).RightAligned());
        void Add(DyadPeriod p, bool total)
        {
            var cp = s.ChangePoints.FirstOrDefault(c => !total && c.Label == p.Period.Label);
            table.AddRow(
                Markup.Escape(total ? "all" : p.Period.Label), $"{p.Events}", $"{p.Quad.VerbalCooperation}", $"{p.Quad.MaterialCooperation}",
                $"{p.Quad.VerbalConflict}", $"{p.Quad.MaterialConflict}", $"{F(p.GoldsteinTotal, "0.0")} / {F(p.GoldsteinMean)}",
                $"{p.AToB.Cooperation}/{p.AToB.ArmsTransfers}", $"{p.BToA.Cooperation}/{p.BToA.ArmsTransfers}", $"{p.Joint}",
                F(p.Reciprocity), $"{p.EmbargoFlagged}", F(p.Alignment.Index, "+0.00;-0.00;0.00"),
                total ? "" : F(p.Alignment.Smoothed, "+0.00;-0.00;0.00"), cp is null ? "" : F(cp.Shift, "+0.00;-0.00"));
        }
        foreach (var p in s.Periods) Add(p, false);
        if (s.Total is { } t) { table.AddEmptyRow(); Add(t, true); }
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine("VC/MC verbal/material cooperation, VK/MK verbal/material conflict; index in (−1, 1), see README \"Alignment index\".");
        foreach (var c in s.ChangePoints)
            AnsiConsole.WriteLine($"Change point {c.Label}: smoothed index {c.MeanBefore:+0.00;-0.00} → {c.MeanAfter:+0.00;-0.00} ({c.Shift:+0.00;-0.00}).");
        if (s.Total is { } total && total.Spheres.Count > 0)
            AnsiConsole.WriteLine("Spheres: " + string.Join(", ", SphereClassifier.Order.Where(total.Spheres.ContainsKey).Select(k => $"{k} {total.Spheres[k]}")));
    }
}

/// <summary>The analysis services of a command, wired from the corpus services (one place, so every command counts alike).</summary>
internal static class AnalysisFactory
{
    public static AnalysisServices Create(CorpusServices services) => new(services);
}
