namespace Entente.Core.Knowledge;

/// <summary>An estimative phrase ("almost certainly", "likely") and the ICD 203 probability it expresses.</summary>
public sealed record EstimativeTerm(string Phrase, string Level, double Probability, double Low, double High, string Origin);

/// <summary>data/estimative.tsv in a token trie.</summary>
public sealed class EstimativeLexicon
{
    public PhraseTrie<EstimativeTerm> Trie { get; }

    private EstimativeLexicon(PhraseTrie<EstimativeTerm> trie) { Trie = trie; }

    public static EstimativeLexicon Load(IEnumerable<DataTable> tables)
    {
        var b = new PhraseTrie<EstimativeTerm>.Builder();
        foreach (var t in tables)
            foreach (var r in t.Rows)
            {
                var p = r.RequiredDouble("probability");
                var lo = r.RequiredDouble("low");
                var hi = r.RequiredDouble("high");
                if (p < 0 || p > 1 || lo > p || p > hi) throw r.Error($"probability {p} must lie in [low, high] = [{lo}, {hi}] within [0, 1]", "check the three numbers");
                var phrase = r.Required("phrase");
                b.Add(phrase, new EstimativeTerm(phrase, r.Required("level"), p, lo, hi, r.Location));
            }
        return new EstimativeLexicon(b.Build());
    }
}
