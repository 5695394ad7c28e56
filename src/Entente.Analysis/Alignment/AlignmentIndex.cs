using System.Collections.Frozen;
using Entente.Analysis.Series;

namespace Entente.Analysis.Alignment;

/// <summary>
/// The weights behind the alignment index (documented in the README, section "Alignment index").
/// </summary>
/// <param name="MaterialFactor">Multiplier for material events (QuadClass 2 and 4) over verbal ones.</param>
/// <param name="StructuralFactor">Multiplier for structural types: formal agreements, arms transfers, military cooperation
/// (joint production, exercises), sanctions and reductions of relations between the two.</param>
/// <param name="ReciprocityBonus">Share of the smaller side's arms-transfer weight added again when arms flow both ways.</param>
/// <param name="Evidence">λ: the weight of evidence at which the index reaches half its possible magnitude; it keeps a period
/// with one meeting from scoring like a period of sustained cooperation.</param>
/// <param name="HalfLife">Half-life, in periods, of the smoothed index.</param>
public sealed record AlignmentSettings(
    double MaterialFactor = 2.0,
    double StructuralFactor = 1.5,
    double ReciprocityBonus = 0.5,
    double Evidence = 25.0,
    double HalfLife = 2.0)
{
    public static readonly AlignmentSettings Default = new();

    public static readonly FrozenSet<string> StructuralTypes =
        new[] { "agreement", "arms_transfer", "military_cooperation", "sanctions", "reduce_relations" }.ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>The parts of an index value, so an analyst can see why it moved. Weights, not counts.</summary>
public sealed record AlignmentComponents(
    double VerbalCooperation,
    double MaterialCooperation,
    double Agreements,
    double ArmsAToB,
    double ArmsBToA,
    double MilitaryCooperation,
    double ReciprocatedArms,
    double VerbalConflict,
    double MaterialConflict,
    double SanctionsBetween)
{
    public static readonly AlignmentComponents Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>C: the cooperation weight (every cooperative event once, plus the reciprocity bonus).</summary>
    public double Cooperation => VerbalCooperation + MaterialCooperation + ReciprocatedArms;

    /// <summary>K: the conflict weight.</summary>
    public double Conflict => VerbalConflict + MaterialConflict;
}

/// <summary>The alignment of a dyad in one period: the index in (−1, 1), the smoothed index and the components.</summary>
public sealed record AlignmentScore(double Index, double Smoothed, AlignmentComponents Components);

/// <summary>
/// The alignment index of a dyad over a set of merged events:
/// <code>
///   w(e)  = |Goldstein(e)| × (material ? 2 : 1) × (structural type ? 1.5 : 1)
///   C     = Σ w(e) over cooperative events (QuadClass 1–2) + 0.5 × min(W_arms(A→B), W_arms(B→A))
///   K     = Σ w(e) over conflictual events (QuadClass 3–4)
///   index = (C − K) / (C + K + λ),  λ = 25
/// </code>
/// It lies strictly between −1 and 1, rises with every cooperative event added and falls with every conflictual one
/// (∂/∂C = (2K + λ)/(C + K + λ)² &gt; 0), does not depend on which actor is named first, and counts merged events, so
/// a report repeated in 300 articles weighs what one report weighs. The smoothed index applies the same formula to
/// sums decayed with a half-life of <see cref="AlignmentSettings.HalfLife"/> periods.
/// </summary>
public sealed class AlignmentIndex(AlignmentSettings settings)
{
    public AlignmentSettings Settings { get; } = settings;

    /// <summary>The weight of one event in the index.</summary>
    public double Weight(Corpus.Model.StoredEvent e)
        => Math.Abs(e.Goldstein)
           * (e.QuadClass is 2 or 4 ? Settings.MaterialFactor : 1.0)
           * (AlignmentSettings.StructuralTypes.Contains(e.Type) ? Settings.StructuralFactor : 1.0);

    /// <summary>The components of one period's events.</summary>
    public AlignmentComponents Components(IEnumerable<CountedEvent> events)
    {
        double vc = 0, mc = 0, agr = 0, ab = 0, ba = 0, mil = 0, vk = 0, mk = 0, sanc = 0;
        foreach (var c in events)
        {
            var e = c.Event;
            var w = Weight(e);
            switch (e.QuadClass)
            {
                case 1: vc += w; break;
                case 2: mc += w; break;
                case 3: vk += w; break;
                case 4: mk += w; break;
                default: continue;
            }
            switch (e.Type)
            {
                case "agreement" when e.QuadClass <= 2: agr += w; break;
                case "arms_transfer" when e.QuadClass <= 2:
                    if (c.Direction == Direction.BToA) ba += w; else ab += w;
                    break;
                case "military_cooperation" when e.QuadClass <= 2: mil += w; break;
                case "sanctions" or "reduce_relations" when e.QuadClass >= 3: sanc += w; break;
            }
        }
        return new AlignmentComponents(vc, mc, agr, ab, ba, mil, Settings.ReciprocityBonus * Math.Min(ab, ba), vk, mk, sanc);
    }

    /// <summary>The index of a cooperation weight C and a conflict weight K.</summary>
    public double Index(double cooperation, double conflict) => (cooperation - conflict) / (cooperation + conflict + Settings.Evidence);

    /// <summary>Scores a sequence of periods (oldest first): each period's own index, and the smoothed index.</summary>
    public IReadOnlyList<AlignmentScore> Score(IReadOnlyList<AlignmentComponents> periods)
    {
        var decay = Math.Pow(0.5, 1.0 / Settings.HalfLife);
        double sc = 0, sk = 0;
        var scores = new AlignmentScore[periods.Count];
        for (int i = 0; i < periods.Count; i++)
        {
            var p = periods[i];
            sc = sc * decay + p.Cooperation;
            sk = sk * decay + p.Conflict;
            scores[i] = new AlignmentScore(Index(p.Cooperation, p.Conflict), Index(sc, sk), p);
        }
        return scores;
    }
}
