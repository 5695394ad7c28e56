using System.Collections.Frozen;
using Entente.Core.Knowledge;
using Entente.Corpus.Model;

namespace Entente.Analysis.Brief;

/// <summary>
/// The phrases a brief is assembled from (data/analysis/brief-phrases.tsv, kind brief-phrases): predicates per event
/// type or CAMEO code, status descriptions, ICD 203 estimative expressions and section titles. Nothing in a brief is
/// written that is not a phrase from this table filled with fields of the record.
/// </summary>
public sealed class BriefPhrases
{
    public const string Kind = "brief-phrases";

    /// <summary>ICD 203 probability bands, lowest first: upper bound (exclusive) and the band's key.</summary>
    public static readonly (double Upper, string Band)[] Bands =
    [
        (0.05, "almost_no_chance"), (0.20, "very_unlikely"), (0.45, "unlikely"), (0.55, "roughly_even_chance"),
        (0.80, "likely"), (0.95, "very_likely"), (double.PositiveInfinity, "almost_certain"),
    ];

    private readonly FrozenDictionary<string, string> _text;

    public BriefPhrases(IReadOnlyDictionary<string, string> text) => _text = text.ToFrozenDictionary(StringComparer.Ordinal);

    public static BriefPhrases From(KnowledgeBase knowledge)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in knowledge.LoadTables(Kind, "key", "text"))
            foreach (var row in table.Rows)
            {
                var key = row.Required("key");
                if (key.IndexOf(':') <= 0)
                    throw row.Error($"key '{key}' has no prefix", "keys are verb:<type|cameo>, status:<status>, estimative:<band>, judgement:<band>, lead:<evidence>, sphere:<sphere> or alignment:<threshold>");
                map[key] = row.Required("text"); // a user's file, loaded after the shipped one, overrides a phrase
            }
        var phrases = new BriefPhrases(map);
        foreach (var (_, band) in Bands) phrases.Require("estimative:" + band);
        foreach (var s in Enum.GetNames<ReconciledStatus>()) phrases.Require("status:" + s.ToLowerInvariant());
        return phrases;
    }

    private void Require(string key)
    {
        if (!_text.ContainsKey(key))
            throw new DataFileException("data/analysis/brief-phrases.tsv", 0, $"the phrase '{key}' is missing", "every ICD 203 band and every status needs a phrase");
    }

    /// <summary>The predicate of an event: the CAMEO code's own phrase, else its type's, else a neutral one.</summary>
    public string Verb(string type, string cameo)
        => _text.TryGetValue("verb:" + cameo, out var v) ? v : _text.TryGetValue("verb:" + type, out v) ? v : "acted towards";

    public string Status(ReconciledStatus status) => _text["status:" + status.ToString().ToLowerInvariant()];

    public static string Band(double probability) => Bands.First(b => probability < b.Upper).Band;

    public string Estimative(double probability) => _text["estimative:" + Band(probability)];

    /// <summary>The ICD 203 judgement put after the status when a line opens with its evidence ("we judge this likely"),
    /// or null when the table has none for the band.</summary>
    public string? Judgement(double probability) => Optional("judgement:" + Band(probability));

    /// <summary>A phrase the table may leave out (openings by evidence, judgements): null when it has none.</summary>
    public string? Optional(string key) => _text.TryGetValue(key, out var t) ? t : null;

    public string Sphere(string sphere) => _text.TryGetValue("sphere:" + sphere, out var t) ? t : sphere;

    /// <summary>The descriptor of an alignment index value: the row alignment:T with the largest T ≤ value.</summary>
    public string Alignment(double index)
    {
        string? best = null;
        var bestT = double.NegativeInfinity;
        foreach (var (k, v) in _text)
            if (k.StartsWith("alignment:", StringComparison.Ordinal)
                && double.TryParse(k.AsSpan(10), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var t)
                && t <= index && t > bestT)
            { best = v; bestT = t; }
        return best ?? "";
    }
}
