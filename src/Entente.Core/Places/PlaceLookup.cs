using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Places;

/// <summary>A place typed by a user (<c>--near Kharkiv</c>): the gazetteer's place of that whole name — by its own name
/// before an alternate one, then the most populous, then by feature type — or a state's centre point; null when none.</summary>
public static class PlaceLookup
{
    public static Place? Find(KnowledgeBase knowledge, string name)
    {
        var doc = SentenceSplitter.Default.Split(name.Trim());
        if (doc.TokenCount == 0) return null;
        if (knowledge.Places.Names.MatchLongest(doc, 0, doc.TokenCount, out var names) == doc.TokenCount)
            return names.OrderBy(n => n.Alternate ? 1 : 0).ThenByDescending(n => n.Place.Population).ThenBy(n => n.Place.FeatureRank).First().Place;
        if (knowledge.Actors.Actors.MatchLongest(doc, 0, doc.TokenCount, out var actors) == doc.TokenCount)
            foreach (var a in actors)
                if (a.Kind == ActorKind.State && knowledge.Places.Countries.TryGetValue(a.Code, out var country)) return country;
        return null;
    }
}
