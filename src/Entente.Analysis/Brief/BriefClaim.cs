using System.Globalization;
using Entente.Corpus.Model;

namespace Entente.Analysis.Brief;

/// <summary>
/// Writes what one development claims, no more precisely than the record: each count with its own equipment in its own
/// words ("thousands of Shaheds and Fateh-360", "around 400 short-range ballistic missiles"), a date the text never gave
/// shown as the report's ("by 17 January 2025, the date of publication"), and an opening that follows the evidence — who
/// says so (one outlet, several independent reports, a party confirming, analysts, reports despite denials) with the ICD
/// 203 judgement after it — instead of "It is likely that" on every line. Planned, hypothetical and denied events keep
/// the estimative opening, where the likelihood is the news. Every phrase comes from <see cref="BriefPhrases"/>.
/// Reads: StoredEvent, its citations. Writes: the claim and the judgement. Stateless.
/// </summary>
internal sealed class BriefClaim(BriefPhrases phrases, Func<string, bool>? isGenericEquipment, Func<string, string?>? pluralOf)
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    /// <summary>The claim (opening and body) and the judgement to print after the status, or null when the opening already
    /// is the estimative expression.</summary>
    public (string Claim, string? Judgement) Write(StoredEvent e, IReadOnlyList<BriefCitation> citations)
    {
        var body = Body(e) + DatePhrase(e);
        var lead = Lead(e, citations);
        if (lead is null) return ($"{phrases.Estimative(e.Confidence)} {body}", null);
        return ($"{lead} {body}", phrases.Judgement(e.Confidence));
    }

    /// <summary>The opening by evidence, or null for the estimative one (planned, hypothetical, denied, or no phrase for the case).</summary>
    private string? Lead(StoredEvent e, IReadOnlyList<BriefCitation> citations)
    {
        string key = e.Status switch
        {
            ReconciledStatus.Contested => "lead:contested",
            ReconciledStatus.Confirmed => "lead:confirmed",
            ReconciledStatus.Assessed => "lead:assessed",
            ReconciledStatus.Reported when e.NumIndependent >= 2 => "lead:corroborated",
            ReconciledStatus.Reported when citations.Count == 1 => "lead:single",
            ReconciledStatus.Reported => "lead:reported",
            _ => "",
        };
        if (key.Length == 0 || phrases.Optional(key) is not { } lead) return null;
        if (phrases.Judgement(e.Confidence) is null) return null; // without a judgement phrase the likelihood would be lost
        return lead.Replace("{n}", e.NumIndependent.ToString(En), StringComparison.Ordinal)
                   .Replace("{outlet}", citations.Count > 0 ? citations[0].Outlet : "", StringComparison.Ordinal);
    }

    private string Body(StoredEvent e)
    {
        var (counted, others) = EquipmentNames(e);
        var equipment = Listed(counted, others);
        if (!e.IsDyadic)
        {
            // cited, never phrased as a relation: only the victim named, no target named, or one state on both sides
            var who = e.IsSourceUnstated ? $"{e.TargetName} was reported as the target of an act by a party the report does not name"
                : $"{e.SourceName} was reported in {(e.IsOneSided ? "a one-actor event with no target named" : $"an act within {e.SourceName}")}";
            return $"{who}: {e.Type.Replace('_', ' ')}, CAMEO {e.Cameo}" + (equipment.Length > 0 ? $" (concerning {equipment})" : "");
        }
        var verb = phrases.Verb(e.Type, e.Cameo);
        if (verb.Contains("{what}", StringComparison.Ordinal))
            return $"{e.SourceName} {verb.Replace("{what}", What(e, counted, others, equipment), StringComparison.Ordinal)} {e.TargetName}";
        return $"{e.SourceName} {verb} {e.TargetName}" + (equipment.Length > 0 ? $" (concerning {equipment})" : "");
    }

    /// <summary>What was moved: the counted equipment in the text's words ("thousands of Shaheds and other military equipment
    /// (Fateh-360)"), money as money, else "military equipment (Shahed)"; "military equipment" when none is named.</summary>
    private string What(StoredEvent e, string? counted, List<string> others, string equipment)
    {
        var rest = others.Count > 0 ? $" ({string.Join(", ", others)})" : "";
        if (e.QuantityMoney && QuantityText.Of(e) is { } money)
            return $"military equipment worth {money}" + (equipment.Length > 0 ? $" ({equipment})" : "");
        if (counted is not null && QuantityText.Of(e) is { } count)
            return $"{count} {(e.Quantity == 1 ? counted : pluralOf?.Invoke(counted) ?? counted)}" + (others.Count > 0 ? $" and other military equipment{rest}" : "");
        // a store written before counts kept their words (schema 3) has only the value
        if (e.Quantity is double q && e.QuantityText is null) return q.ToString("#,0.##", En) + " units of military equipment" + rest;
        return "military equipment" + rest;
    }

    /// <summary>Every name, the counted one first: "Shahed, Fateh-360".</summary>
    private static string Listed(string? counted, List<string> others) => string.Join(", ", counted is null ? others : others.Prepend(counted));

    /// <summary>The equipment named, the one the count is of apart; generic nouns ("drone", "missile") are dropped when a named
    /// system is there, unless the count is theirs.</summary>
    private (string? Counted, List<string> Others) EquipmentNames(StoredEvent e)
    {
        if (e.Equipment.IsDefaultOrEmpty) return (null, []);
        bool Counted(string n) => e.QuantityOf is { } of && n.Equals(of, StringComparison.OrdinalIgnoreCase);
        var specific = isGenericEquipment is null ? [.. e.Equipment] : e.Equipment.Where(x => Counted(x) || !isGenericEquipment(x)).ToList();
        var names = specific.Count > 0 ? specific : [.. e.Equipment];
        // "missile" says nothing "ballistic missile" does not
        names = [.. names.Where(n => Counted(n) || !names.Any(o => o.Length > n.Length && o.Contains(n, StringComparison.OrdinalIgnoreCase)))];
        var counted = names.FirstOrDefault(Counted);
        return (counted, [.. names.Where(n => !Counted(n))]);
    }

    /// <summary>" on 21 February 2024", " in February 2024", " between 1 January and 27 February 2024"; a range the text did not
    /// give is shown as the report's date ("by 17 January 2025, the date of publication"); "" when undated.</summary>
    public static string DatePhrase(StoredEvent e)
    {
        if (e.DateStart is not DateOnly s) return e.FirstSeen is DateOnly f ? $" (first reported {BriefBuilder.Day(f)})" : "";
        var d = e.DateEnd ?? s;
        switch (e.DateBasis)
        {
            case "publication" when e.Status == ReconciledStatus.Planned: return $" (no date given; announced by {BriefBuilder.Day(s)})";
            case "publication": return $" by {BriefBuilder.Day(d)}, the date of publication";
            case "report": return $" by {BriefBuilder.Day(d)}, when it was reported";
            case "citation": return $" by {BriefBuilder.Day(d)}, the date of the report cited";
        }
        if (s == d) return $" on {BriefBuilder.Day(s)}";
        if (s.Day == 1 && d == new DateOnly(s.Year, s.Month, 1).AddMonths(1).AddDays(-1)) return $" in {s.ToString("MMMM yyyy", En)}";
        if (s.Day == 1 && s.Month == 1 && d.Month == 12 && d.Day == 31 && s.Year == d.Year) return $" in {s.Year}";
        return s.Year == d.Year ? $" between {s.ToString("d MMMM", En)} and {BriefBuilder.Day(d)}" : $" between {BriefBuilder.Day(s)} and {BriefBuilder.Day(d)}";
    }
}
