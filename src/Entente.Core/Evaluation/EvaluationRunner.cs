using Entente.Core.Pipeline;

namespace Entente.Core.Evaluation;

/// <summary>Loads gold files, analyses their text with the given analyzer, and scores the result (used by <c>entente eval</c> and the test suite).</summary>
public sealed class EvaluationRunner
{
    private readonly Analyzer _analyzer;

    public EvaluationRunner(Analyzer analyzer) { _analyzer = analyzer; }

    public EvalReport Run(IReadOnlyList<string> goldFiles)
    {
        var gold = goldFiles.Select(GoldDocument.Load).ToList();
        var predicted = new AnalyzedDocument[gold.Count];
        Parallel.For(0, gold.Count, i => predicted[i] = _analyzer.Analyze(gold[i].Document));
        return new Scorer(_analyzer.Knowledge.Patterns.SymmetricCodes, new LocationScorer(_analyzer.Knowledge.Places)).Score(gold.Select((g, i) => (g, predicted[i])));
    }
}
