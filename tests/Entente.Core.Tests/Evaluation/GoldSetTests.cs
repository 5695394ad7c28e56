using Entente.Core.Evaluation;

namespace Entente.Core.Tests.Evaluation;

/// <summary>
/// Runs the analyzer over the annotated gold set (tests/gold, copied next to the tests) and fails when quality drops
/// below the floors reached so far. Raise the floors as the analyzer improves; never lower them to make a build pass.
/// </summary>
public class GoldSetTests
{
    // Measured on the development set when these floors were set (see README "Accuracy"); floors sit just below.
    // Recall floors were lowered (dev 0.34 → 0.25) when domestic documents were added (dev-041…052, holdout-013…017:
    // protests, police, courts, rebels, annotated with CAMEO agent roles). Today's coder codes interstate relations
    // only, so it finds few of their events (dev P 0.769 R 0.257, holdout P 0.660 R 0.199 after; 0.784/0.350 and
    // 0.757/0.326 before). These floors will rise again with issue 11's domestic coder.
    private const double DevRootPrecisionFloor = 0.76;
    private const double DevRootRecallFloor = 0.25;
    private const double DevActorPairFloor = 0.85;
    private const double DevDateFloor = 0.92;
    // The held-out set is never used for tuning: its floors sit below the last measurement (P 0.660, R 0.199, with the
    // domestic documents; P 0.757, R 0.326 on the 12 interstate documents alone).
    private const double HoldoutRootPrecisionFloor = 0.65;
    private const double HoldoutRootRecallFloor = 0.19;

    private static IReadOnlyList<string> Files(string part) => GoldDocument.Find([TestData.Path("gold", part)]);

    private static EvalReport Run(string part) => new EvaluationRunner(TestData.Analyzer).Run(Files(part));

    [Fact]
    public void GoldSet_HasEnoughDocuments_ForMeaningfulScores()
    {
        Assert.True(Files("dev").Count >= 40, $"dev set has {Files("dev").Count} documents; the floor is 40");
        Assert.True(Files("holdout").Count >= 10, $"holdout set has {Files("holdout").Count} documents");
    }

    [Fact]
    public void GoldSet_UsesOnlyKnownCodes_InEveryAnnotation()
    {
        foreach (var file in Files("dev").Concat(Files("holdout")))
        {
            var gold = GoldDocument.Load(file);
            foreach (var e in gold.Events)
            {
                Assert.True(TestData.Knowledge.Cameo.Codes.ContainsKey(e.Cameo), $"{file}:{e.Line}: CAMEO code {e.Cameo} is not in data/cameo/cameo.tsv");
                foreach (var a in new[] { e.Source, e.Target })
                    Assert.True(a.Code == null || TestData.Knowledge.Actors.NameOfCode.ContainsKey(a.Code), $"{file}:{e.Line}: actor code {a.Code} is unknown");
            }
        }
    }

    [Fact]
    public void Eval_StaysAboveFloors_OnDevelopmentSet()
    {
        var r = Run("dev");
        Assert.True(r.Root.Precision >= DevRootPrecisionFloor, $"root precision {r.Root.Precision:0.000} < {DevRootPrecisionFloor}");
        Assert.True(r.Root.Recall >= DevRootRecallFloor, $"root recall {r.Root.Recall:0.000} < {DevRootRecallFloor}");
        Assert.True(r.ActorPairAccuracy >= DevActorPairFloor, $"actor-pair accuracy {r.ActorPairAccuracy:0.000} < {DevActorPairFloor}");
        Assert.True(r.DateAccuracy >= DevDateFloor, $"date accuracy {r.DateAccuracy:0.000} < {DevDateFloor}");
    }

    [Fact]
    public void Eval_StaysAboveFloors_OnHeldOutSet()
    {
        var r = Run("holdout");
        Assert.True(r.Root.Precision >= HoldoutRootPrecisionFloor, $"root precision {r.Root.Precision:0.000} < {HoldoutRootPrecisionFloor}");
        Assert.True(r.Root.Recall >= HoldoutRootRecallFloor, $"root recall {r.Root.Recall:0.000} < {HoldoutRootRecallFloor}");
    }
}
