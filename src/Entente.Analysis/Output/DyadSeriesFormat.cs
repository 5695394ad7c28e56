using System.Globalization;
using System.Text.Json;
using Entente.Analysis.Alignment;
using Entente.Analysis.Series;

namespace Entente.Analysis.Output;

/// <summary>A dyad series as JSON (one document) and as flat rows (CSV/TSV, one row per period), for the CLI and the API.</summary>
public static class DyadSeriesFormat
{
    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
    private static string F(double? v) => v is double d ? F(d) : "";

    public static void Write(Utf8JsonWriter w, DyadSeries s)
    {
        Entente.Core.Output.JsonContract.BeginDocument(w);
        w.WriteString("a", s.A); w.WriteString("a_name", s.NameA);
        w.WriteString("b", s.B); w.WriteString("b_name", s.NameB);
        w.WriteString("by", s.Unit.ToString().ToLowerInvariant());
        w.WriteString("counted", s.Selection.Describe());
        w.WriteStartObject("coverage");
        w.WriteNumber("stored", s.Coverage.Stored); w.WriteNumber("counted", s.Coverage.Counted);
        w.WriteNumber("not_selected", s.Coverage.NotSelected); w.WriteNumber("undated", s.Coverage.Undated);
        w.WriteNumber("outside_span", s.Coverage.OutsideSpan);
        w.WriteEndObject();
        w.WriteStartArray("periods");
        foreach (var p in s.Periods) WritePeriod(w, p);
        w.WriteEndArray();
        if (s.Total is { } t) { w.WritePropertyName("total"); WritePeriod(w, t); }
        w.WriteStartArray("change_points");
        foreach (var c in s.ChangePoints)
        {
            w.WriteStartObject();
            w.WriteString("period", c.Label);
            w.WriteNumber("mean_before", Math.Round(c.MeanBefore, 4));
            w.WriteNumber("mean_after", Math.Round(c.MeanAfter, 4));
            w.WriteNumber("shift", Math.Round(c.Shift, 4));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePeriod(Utf8JsonWriter w, DyadPeriod p)
    {
        w.WriteStartObject();
        w.WriteString("period", p.Period.Label);
        w.WriteString("start", p.Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("end", p.Period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteNumber("events", p.Events);
        w.WriteStartObject("quad_class");
        w.WriteNumber("verbal_cooperation", p.Quad.VerbalCooperation); w.WriteNumber("material_cooperation", p.Quad.MaterialCooperation);
        w.WriteNumber("verbal_conflict", p.Quad.VerbalConflict); w.WriteNumber("material_conflict", p.Quad.MaterialConflict);
        w.WriteEndObject();
        w.WriteNumber("goldstein_total", Math.Round(p.GoldsteinTotal, 4));
        if (p.GoldsteinMean is double m) w.WriteNumber("goldstein_mean", Math.Round(m, 4)); else w.WriteNull("goldstein_mean");
        w.WriteStartObject("types");
        foreach (var (k, v) in p.Types) w.WriteNumber(k, v);
        w.WriteEndObject();
        w.WriteStartObject("spheres");
        foreach (var (k, v) in p.Spheres) w.WriteNumber(k, v);
        w.WriteEndObject();
        WriteSide(w, "a_to_b", p.AToB);
        WriteSide(w, "b_to_a", p.BToA);
        w.WriteNumber("joint", p.Joint);
        if (p.Reciprocity is double r) w.WriteNumber("reciprocity", Math.Round(r, 4)); else w.WriteNull("reciprocity");
        if (p.Balance is double b) w.WriteNumber("balance", Math.Round(b, 4)); else w.WriteNull("balance");
        w.WriteNumber("embargo_flagged", p.EmbargoFlagged);
        w.WriteStartObject("alignment");
        w.WriteNumber("index", Math.Round(p.Alignment.Index, 4));
        w.WriteNumber("smoothed", Math.Round(p.Alignment.Smoothed, 4));
        WriteComponents(w, p.Alignment.Components);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteSide(Utf8JsonWriter w, string name, DirectionTotals d)
    {
        w.WriteStartObject(name);
        w.WriteNumber("events", d.Events); w.WriteNumber("cooperation", d.Cooperation);
        w.WriteNumber("material_cooperation", d.MaterialCooperation); w.WriteNumber("arms_transfers", d.ArmsTransfers);
        w.WriteNumber("goldstein", Math.Round(d.Goldstein, 4));
        w.WriteEndObject();
    }

    private static void WriteComponents(Utf8JsonWriter w, AlignmentComponents c)
    {
        w.WriteStartObject("components");
        w.WriteNumber("verbal_cooperation", Math.Round(c.VerbalCooperation, 4));
        w.WriteNumber("material_cooperation", Math.Round(c.MaterialCooperation, 4));
        w.WriteNumber("agreements", Math.Round(c.Agreements, 4));
        w.WriteNumber("arms_a_to_b", Math.Round(c.ArmsAToB, 4));
        w.WriteNumber("arms_b_to_a", Math.Round(c.ArmsBToA, 4));
        w.WriteNumber("military_cooperation", Math.Round(c.MilitaryCooperation, 4));
        w.WriteNumber("reciprocated_arms", Math.Round(c.ReciprocatedArms, 4));
        w.WriteNumber("verbal_conflict", Math.Round(c.VerbalConflict, 4));
        w.WriteNumber("material_conflict", Math.Round(c.MaterialConflict, 4));
        w.WriteNumber("sanctions_between", Math.Round(c.SanctionsBetween, 4));
        w.WriteNumber("cooperation_weight", Math.Round(c.Cooperation, 4));
        w.WriteNumber("conflict_weight", Math.Round(c.Conflict, 4));
        w.WriteEndObject();
    }

    /// <summary>The columns of the flat form: fixed ones, then one per sphere and one per event type (in the order given).</summary>
    public static IReadOnlyList<string> Columns(IReadOnlyList<string> spheres, IReadOnlyList<string> types) =>
    [
        "period", "start", "end", "events", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict",
        "goldstein_total", "goldstein_mean", "a_to_b_cooperation", "a_to_b_arms", "b_to_a_cooperation", "b_to_a_arms", "joint",
        "reciprocity", "balance", "embargo_flagged", "index", "smoothed", "cooperation_weight", "conflict_weight", "change_point",
        .. spheres.Select(s => "sphere_" + s), .. types.Select(t => "type_" + t),
    ];

    public static IReadOnlyList<string> Row(DyadSeries s, DyadPeriod p, IReadOnlyList<string> spheres, IReadOnlyList<string> types)
    {
        var cp = s.ChangePoints.FirstOrDefault(c => c.Label == p.Period.Label);
        return
        [
            p.Period.Label, p.Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            I(p.Events), I(p.Quad.VerbalCooperation), I(p.Quad.MaterialCooperation), I(p.Quad.VerbalConflict), I(p.Quad.MaterialConflict),
            F(p.GoldsteinTotal), F(p.GoldsteinMean), I(p.AToB.Cooperation), I(p.AToB.ArmsTransfers), I(p.BToA.Cooperation), I(p.BToA.ArmsTransfers),
            I(p.Joint), F(p.Reciprocity), F(p.Balance), I(p.EmbargoFlagged), F(p.Alignment.Index), F(p.Alignment.Smoothed),
            F(p.Alignment.Components.Cooperation), F(p.Alignment.Components.Conflict), cp is null ? "" : F(cp.Shift),
            .. spheres.Select(x => I(p.Spheres.GetValueOrDefault(x))), .. types.Select(x => I(p.Types.GetValueOrDefault(x))),
        ];
    }

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
}
