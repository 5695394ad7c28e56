using System.Collections.Frozen;
using System.Collections.Immutable;
using Entente.Core.Events;
using Entente.Core.Pipeline;

namespace Entente.Core.Evaluation;

public sealed record PrfScore(int TruePositives, int Predicted, int Expected)
{
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;
    public double Recall => Expected == 0 ? 0 : (double)TruePositives / Expected;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>A scoring mistake to show the annotator or developer.</summary>
public sealed record EvalError(string Document, string Kind, string Detail, string Sentence);

public sealed record EvalReport(
    PrfScore Root, PrfScore Full, double ActorPairAccuracy, int ActorPairCases, double DateAccuracy, int DateCases,
    double StatusAccuracy, int StatusCases, ImmutableDictionary<string, PrfScore> PerRoot, ImmutableArray<EvalError> Errors, int Documents)
{
    /// <summary>Among matched events whose gold line names a place, the share located at that place and precision
    /// (<see cref="LocationScorer"/>); <see cref="LocationCases"/> is their number.</summary>
    public double LocationAccuracy { get; init; }
    public int LocationCases { get; init; }
    /// <summary>Matched events whose gold line says the text gives no place ("-") but that were given one.</summary>
    public int LocationSpurious { get; init; }
    public int LocationNoneCases { get; init; }
}

/// <summary>
/// Scores predicted events against gold events. A prediction matches a gold event when its evidence sentence contains
/// the gold evidence, the source and target agree (either order for symmetric codes such as meetings and
/// agreements; see <see cref="ActorMatches"/> for the gold actor forms), and the CAMEO root (root level) or the whole code (full level) agrees. Each gold event matches at most
/// one prediction. Actor-pair accuracy: among gold events with a same-sentence, same-root prediction, the share with
/// the right actors. Date accuracy: among matched events with a gold date, the share whose predicted range overlaps it.
/// Location accuracy: among matched events with a gold place, the share located there at the gold precision.
/// </summary>
public sealed class Scorer
{
    private readonly FrozenSet<string> _symmetric;
    private readonly LocationScorer? _locations;

    public Scorer(IEnumerable<string> symmetricCodes, LocationScorer? locations = null)
    {
        _symmetric = symmetricCodes.ToFrozenSet(StringComparer.Ordinal);
        _locations = locations;
    }

    private sealed class Tally
    {
        public int RootTp, FullTp, Pred, Gold, PairCases, PairOk, DateCases, DateOk, StatusCases, StatusOk, LocCases, LocOk, LocNone, LocSpurious;
        public readonly Dictionary<string, (int Tp, int Pred, int Gold)> PerRoot = new();
        public readonly List<EvalError> Errors = [];
        public void Root(string root, int tp, int pred, int gold)
        {
            PerRoot.TryGetValue(root, out var v);
            PerRoot[root] = (v.Tp + tp, v.Pred + pred, v.Gold + gold);
        }
    }

    public EvalReport Score(IEnumerable<(GoldDocument Gold, AnalyzedDocument Predicted)> pairs)
    {
        var t = new Tally();
        int docs = 0;
        foreach (var (gold, pred) in pairs)
        {
            docs++;
            ScoreDocument(gold, pred, t);
        }
        return new EvalReport(
            new PrfScore(t.RootTp, t.Pred, t.Gold), new PrfScore(t.FullTp, t.Pred, t.Gold),
            t.PairCases == 0 ? 0 : (double)t.PairOk / t.PairCases, t.PairCases,
            t.DateCases == 0 ? 0 : (double)t.DateOk / t.DateCases, t.DateCases,
            t.StatusCases == 0 ? 0 : (double)t.StatusOk / t.StatusCases, t.StatusCases,
            t.PerRoot.ToImmutableDictionary(kv => kv.Key, kv => new PrfScore(kv.Value.Tp, kv.Value.Pred, kv.Value.Gold)),
            [.. t.Errors], docs)
        {
            LocationAccuracy = t.LocCases == 0 ? 0 : (double)t.LocOk / t.LocCases, LocationCases = t.LocCases,
            LocationSpurious = t.LocSpurious, LocationNoneCases = t.LocNone,
        };
    }

    private bool ActorsMatch(CodedEvent p, GoldEvent g)
        => (ActorMatches(p.Source, g.Source) && ActorMatches(p.Target, g.Target))
           || ((_symmetric.Contains(p.Cameo) || _symmetric.Contains(g.Cameo)) && ActorMatches(p.Source, g.Target) && ActorMatches(p.Target, g.Source));

    /// <summary>
    /// Whether a predicted actor is the gold one. <c>CCC</c>: code CCC, any role (so annotations without roles stay valid).
    /// <c>CCC/AGT</c>: code CCC and AGT among the predicted role's agent codes. <c>/AGT</c>: AGT among the role's codes,
    /// any or no code. <c>?</c>: no code but a name. <c>-</c>: neither code nor name (no target).
    /// A role may be compound ("GOV", "GOVMIL", "GOV/MIL", "GOV MIL"): every 3-letter code in it counts.
    /// </summary>
    public static bool ActorMatches(ActorRef p, GoldActor g)
    {
        if (g.IsNone) return string.IsNullOrEmpty(p.Code) && string.IsNullOrEmpty(p.Name);
        if (g.IsUnknown) return string.IsNullOrEmpty(p.Code) && !string.IsNullOrEmpty(p.Name);
        if (g.Code != null && p.Code != g.Code) return false;
        return g.Agent == null || HasAgent(p.Role, g.Agent);
    }

    private static bool HasAgent(string? role, string agent)
    {
        if (string.IsNullOrEmpty(role)) return false;
        for (int i = 0; i < role.Length;)
        {
            if (!char.IsAsciiLetterUpper(role[i])) { i++; continue; }
            if (i + 3 <= role.Length && role.AsSpan(i, 3).SequenceEqual(agent)) return true;
            i += 3;
        }
        return false;
    }

    /// <summary>A predicted actor as the gold syntax would write it (for error messages).</summary>
    private static string Show(ActorRef a)
        => string.IsNullOrEmpty(a.Code) ? (string.IsNullOrEmpty(a.Name) ? "-" : $"?({a.Name})")
           : string.IsNullOrEmpty(a.Role) ? a.Code : $"{a.Code}/{a.Role}";

    /// <summary>What an interstate-only annotation covers: two coded parties of different states or organizations.</summary>
    private static bool Interstate(CodedEvent e)
        => !e.IsOneSided && e.Source.Code.Length > 0 && e.Target.Code.Length > 0 && e.Source.Code != e.Target.Code;

    private void ScoreLocation(GoldDocument gold, GoldEvent g, CodedEvent p, Tally t)
    {
        if (g.Location is not { } gl)
        {
            t.LocNone++;
            if (p.Location is { } sp)
            {
                t.LocSpurious++;
                t.Errors.Add(new EvalError(gold.Id, "location", $"expected none, got {sp.Name}|{sp.Kind}|{sp.Country ?? "-"} ({sp.Basis}) for {g.Source}→{g.Target} {g.Cameo}", g.Evidence));
            }
            return;
        }
        t.LocCases++;
        if (_locations!.Matches(p.Location, gl)) t.LocOk++;
        else t.Errors.Add(new EvalError(gold.Id, "location", $"expected {gl}, got {(p.Location is { } l ? $"{l.Name}|{l.Kind}|{l.Country ?? "-"} ({l.Basis})" : "none")} for {g.Source}→{g.Target} {g.Cameo}", g.Evidence));
    }

    private void ScoreDocument(GoldDocument gold, AnalyzedDocument pred, Tally t)
    {
        var events = gold.InterstateOnly ? [.. pred.Events.Where(Interstate)] : pred.Events;
        t.Pred += events.Length;
        t.Gold += gold.Events.Length;
        foreach (var e in events) t.Root(e.Cameo[..2], 0, 1, 0);
        foreach (var g in gold.Events) t.Root(g.Root, 0, 0, 1);
        var usedRoot = new bool[events.Length];
        var usedFull = new bool[events.Length];
        foreach (var g in gold.Events)
        {
            int rootMatch = -1, fullMatch = -1, sameRoot = -1;
            for (int k = 0; k < events.Length; k++)
            {
                var p = events[k];
                if (!p.Evidence.Text.Contains(g.Evidence, StringComparison.Ordinal)) continue;
                if (p.Cameo[..2] != g.Root) continue;
                if (sameRoot < 0) sameRoot = k;
                if (!ActorsMatch(p, g)) continue;
                if (rootMatch < 0 && !usedRoot[k]) rootMatch = k;
                if (fullMatch < 0 && !usedFull[k] && p.Cameo == g.Cameo) fullMatch = k;
            }
            if (sameRoot >= 0)
            {
                t.PairCases++;
                if (rootMatch >= 0) t.PairOk++;
            }
            if (rootMatch >= 0)
            {
                usedRoot[rootMatch] = true;
                t.RootTp++;
                t.Root(g.Root, 1, 0, 0);
                var p = events[rootMatch];
                if (g.Date is { } gd)
                {
                    t.DateCases++;
                    if (p.Date is { } pd && pd.Range.Overlaps(gd)) t.DateOk++;
                    else t.Errors.Add(new EvalError(gold.Id, "date", $"expected {gd}, got {(p.Date is { } x ? x.Range.ToString() : "none")} for {g.Source}→{g.Target} {g.Cameo}", g.Evidence));
                }
                if (_locations != null && g.LocationAnnotated) ScoreLocation(gold, g, p, t);
                t.StatusCases++;
                if (p.Status == g.Status) t.StatusOk++;
                else t.Errors.Add(new EvalError(gold.Id, "status", $"expected {g.Status}, got {p.Status} for {g.Source}→{g.Target} {g.Cameo}", g.Evidence));
            }
            else
            {
                var near = sameRoot >= 0 ? $" (got {Show(events[sameRoot].Source)}→{Show(events[sameRoot].Target)} {events[sameRoot].Cameo})" : "";
                t.Errors.Add(new EvalError(gold.Id, "missed", $"{g.Source}→{g.Target} {g.Cameo} {g.Status}{near}", g.Evidence));
            }
            if (fullMatch >= 0) { usedFull[fullMatch] = true; t.FullTp++; }
        }
        for (int k = 0; k < events.Length; k++)
            if (!usedRoot[k])
            {
                var p = events[k];
                t.Errors.Add(new EvalError(gold.Id, "false-positive", $"{Show(p.Source)}→{Show(p.Target)} {p.Cameo} {p.Status} (trigger '{p.Why.Trigger}', {p.Why.Pattern})", p.Evidence.Text));
            }
    }
}
