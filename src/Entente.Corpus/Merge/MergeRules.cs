using Entente.Corpus.Model;

namespace Entente.Corpus.Merge;

/// <summary>Thresholds of the merge rules. The defaults are what the README documents.</summary>
/// <param name="UndatedWindowDays">A mention whose date comes only from the publication date matches events of the last this many days before publication.</param>
/// <param name="WireSlackDays">Near-duplicate sentences (wire copy) match when their windows are at most this many days apart.</param>
/// <param name="WideWindowDays">A window wider than this ("in 2023") merges only when equipment or quantity agree too.</param>
/// <param name="PreciseWindowDays">A mention whose window is at most this wide is precise: precise mentions chain into events;
/// vaguer ones ("in March", "earlier this year") join the one event they fit best and never bridge two events.</param>
/// <param name="MaxWindowDays">A mention whose window is wider than this ("since 2014", "in recent years") is too vague to be matched: it stays an event of its own.</param>
/// <param name="QuantityRatio">Largest ratio between two exact quantities of one event.</param>
/// <param name="ApproximateQuantityRatio">Largest ratio when either quantity is approximate ("about 400").</param>
public sealed record MergeSettings(
    int UndatedWindowDays = 7,
    int WireSlackDays = 7,
    int WideWindowDays = 92,
    int MaxWindowDays = 366,
    int PreciseWindowDays = 8,
    double QuantityRatio = 1.25,
    double ApproximateQuantityRatio = 1.5)
{
    public static MergeSettings Default { get; } = new();
}

/// <summary>
/// When two mentions report the same real-world event. The rule is pairwise and symmetric, and events are the connected
/// components of the "same event" graph, so the result does not depend on the order mentions arrive in.
/// Two mentions are the same event when all of these hold:
/// <list type="number">
/// <item>same block: same event family (analyst type) and the same actor pair, unordered for symmetric families;</item>
/// <item>equipment compatible: when both name specific systems ("Fateh-110", not the generic "missiles"), they share at least one;</item>
/// <item>quantity compatible: when both give a quantity, the larger is at most <see cref="MergeSettings.QuantityRatio"/> times the smaller;</item>
/// <item>time: their match windows overlap (widened by <see cref="MergeSettings.WireSlackDays"/> for near-duplicate sentences), and a window
/// wider than <see cref="MergeSettings.WideWindowDays"/> merges only when equipment or quantity were compared and agreed, or the sentences are near-duplicates,
/// and one wider than <see cref="MergeSettings.MaxWindowDays"/> never merges.</item>
/// </list>
/// </summary>
public sealed class MergeRules
{
    private readonly MergeSettings _settings;
    private readonly Func<string, bool> _isGeneric;

    /// <param name="isGeneric">Tells generic equipment nouns ("drones") from named systems; generic ones never keep two reports apart.
    /// Usually <c>KnowledgeBase.Equipment.IsGeneric</c>; by default every name is specific.</param>
    public MergeRules(MergeSettings? settings = null, Func<string, bool>? isGeneric = null)
    {
        _settings = settings ?? MergeSettings.Default;
        _isGeneric = isGeneric ?? (_ => false);
    }

    public MergeSettings Settings => _settings;

    /// <summary>The merge block of a mention: "type|A|B", with A and B sorted when the family is symmetric and both are
    /// named (a one-actor event, "type|RUS|", keeps its actor as the source).</summary>
    public static string BlockOf(string type, string source, string target, bool symmetric)
        => symmetric && source.Length > 0 && target.Length > 0 && string.CompareOrdinal(source, target) > 0
            ? $"{type}|{target}|{source}" : $"{type}|{source}|{target}";

    /// <summary>The merge block of two actors (see <see cref="ActorKey"/>): a one-actor event ("type|IRN|") never shares a
    /// block with a two-party one, and actors known only by name share one only when their normalized names are equal.</summary>
    public static string BlockOf(string type, Entente.Core.Events.ActorRef source, Entente.Core.Events.ActorRef target, bool symmetric)
        => BlockOf(type, ActorKey(source.Code, source.Name), ActorKey(target.Code, target.Name), symmetric);

    /// <summary>How an actor is told apart in a merge block: its code; for an actor no dictionary codes, "~" and its
    /// normalized name (lower case, single spaces, no leading "the", no '|'); for an unstated one (no target named), empty.</summary>
    public static string ActorKey(string code, string name)
    {
        if (code.Length > 0 || name.Length == 0) return code;
        var words = name.Replace('|', ' ').ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        int skip = words.Length > 1 && words[0] == "the" ? 1 : 0;
        return "~" + string.Join(' ', words.Skip(skip));
    }

    /// <summary>The window a mention is matched on: its date range, or for a date taken only from the publication date, the few days before it.</summary>
    public (DateOnly Start, DateOnly End)? MatchWindow(DateOnly? start, DateOnly? end, string? basis, DateOnly? published, bool planned)
    {
        if (basis == "publication" && !planned && published is DateOnly p)
            return (p.AddDays(-_settings.UndatedWindowDays), p);
        if (start is DateOnly s && end is DateOnly e) return (s, e);
        if (published is DateOnly q) return (q.AddDays(-_settings.UndatedWindowDays), q);
        return null;
    }

    public bool SameEvent(StoredMention a, StoredMention b)
    {
        if (!string.Equals(a.Block, b.Block, StringComparison.Ordinal)) return false;
        bool nearDuplicate = a.DocumentKey != b.DocumentKey && Fingerprint.NearDuplicate(a.Fingerprint, b.Fingerprint);

        if (Conflict(a, b, out bool equipmentCompared, out bool quantityCompared)) return false;

        if (a.MatchStart is not DateOnly aStart || a.MatchEnd is not DateOnly aEnd || b.MatchStart is not DateOnly bStart || b.MatchEnd is not DateOnly bEnd)
            return false;
        if (aEnd.DayNumber - aStart.DayNumber > _settings.MaxWindowDays || bEnd.DayNumber - bStart.DayNumber > _settings.MaxWindowDays) return false;
        int slack = nearDuplicate ? _settings.WireSlackDays : 0;
        if (aStart.DayNumber > bEnd.DayNumber + slack || bStart.DayNumber > aEnd.DayNumber + slack) return false;
        bool wide = aEnd.DayNumber - aStart.DayNumber > _settings.WideWindowDays || bEnd.DayNumber - bStart.DayNumber > _settings.WideWindowDays;
        if (wide && !nearDuplicate && !equipmentCompared && !quantityCompared) return false;
        return true;
    }

    /// <summary>True when two mentions name different specific equipment, or quantities too far apart, to be one event.</summary>
    public bool Conflict(StoredMention a, StoredMention b) => Conflict(a, b, out _, out _);

    private bool Conflict(StoredMention a, StoredMention b, out bool equipmentCompared, out bool quantityCompared)
    {
        equipmentCompared = HasSpecific(a.Equipment) && HasSpecific(b.Equipment);
        quantityCompared = a.Quantity is double qa && b.Quantity is double qb && qa > 0 && qb > 0;
        if (equipmentCompared && !Intersects(a.Equipment, b.Equipment)) return true;
        if (quantityCompared)
        {
            double ratio = Math.Max(a.Quantity!.Value, b.Quantity!.Value) / Math.Min(a.Quantity.Value, b.Quantity.Value);
            double limit = a.QuantityApproximate || b.QuantityApproximate ? _settings.ApproximateQuantityRatio : _settings.QuantityRatio;
            if (ratio > limit) return true;
        }
        return false;
    }

    /// <summary>True when the mention's window is narrow enough for it to link events (see <see cref="MergeSettings.PreciseWindowDays"/>).</summary>
    public bool IsPrecise(StoredMention m)
        => m.MatchStart is DateOnly s && m.MatchEnd is DateOnly e && e.DayNumber - s.DayNumber <= _settings.PreciseWindowDays;

    /// <summary>The widest window of another mention that could still match one with window [start, end]: used to fetch candidates.</summary>
    public (DateOnly Start, DateOnly End) CandidateWindow(DateOnly start, DateOnly end)
        => (start.AddDays(-_settings.WireSlackDays), end.AddDays(_settings.WireSlackDays));

    private bool HasSpecific(System.Collections.Immutable.ImmutableArray<string> equipment)
    {
        if (equipment.IsDefaultOrEmpty) return false;
        foreach (var e in equipment) if (!_isGeneric(e)) return true;
        return false;
    }

    private bool Intersects(System.Collections.Immutable.ImmutableArray<string> a, System.Collections.Immutable.ImmutableArray<string> b)
    {
        foreach (var x in a)
            foreach (var y in b)
                if (!_isGeneric(x) && string.Equals(x, y, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
