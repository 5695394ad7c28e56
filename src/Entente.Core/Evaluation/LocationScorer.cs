using System.Globalization;
using System.Text;
using Entente.Core.Events;
using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Evaluation;

/// <summary>
/// Whether a predicted event location is the gold one: the right place at the right precision. The kinds must agree
/// (city, admin1, country, sea); a country is right when its code is; a place is right when its name is the gold name
/// (case, accents, hyphens and apostrophes aside) or when the gold name is one of the gazetteer's names (alternate names
/// included: "Kiev" and "Kyiv", "Odessa" and "Odesa") for the very place predicted, in the gold state when it gives one.
/// </summary>
public sealed class LocationScorer(Gazetteer gazetteer)
{
    public bool Matches(EventLocation? predicted, GoldLocation gold)
    {
        if (predicted is null || predicted.Kind != KindName(gold.Kind)) return false;
        if (gold.Kind == GoldPlaceKind.Country) return predicted.Country == gold.Country;
        if (gold.Country != null && predicted.Country != null && predicted.Country != gold.Country) return false;
        if (Fold(predicted.Name) == Fold(gold.Name)) return true;
        // the gold name read through the gazetteer: one of its places is the predicted one
        var doc = SentenceSplitter.Default.Split(gold.Name);
        if (doc.TokenCount == 0 || gazetteer.Names.MatchLongest(doc, 0, doc.TokenCount, out var names) != doc.TokenCount) return false;
        foreach (var n in names)
        {
            var p = n.Place;
            if (gold.Country != null && p.Country != gold.Country) continue;
            if (predicted.GeoNamesId is { Length: > 0 } id ? p.Id == id : Fold(p.Name) == Fold(predicted.Name)) return true;
        }
        return false;
    }

    public static string KindName(GoldPlaceKind kind) => kind switch
    {
        GoldPlaceKind.City => "city",
        GoldPlaceKind.Admin1 => "admin1",
        GoldPlaceKind.Country => "country",
        _ => "sea",
    };

    /// <summary>Lower case, without accents and without the characters names differ by in spelling ("Donets’k", "Al-Hasakah").</summary>
    private static string Fold(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
