using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Entente.Core.Knowledge;

/// <summary>Which transfers an embargo bans: supplies to the target, exports by the target, or both.</summary>
public enum EmbargoDirection { Into, From, Both }

/// <summary>What an embargo covers (the <c>scope</c> column of <c>data/sanctions/embargoes.tsv</c>).</summary>
public enum EmbargoScope
{
    /// <summary>Arms and related materiel of all types.</summary>
    Arms,
    /// <summary>The seven categories of the UN Register of Conventional Arms (tanks, armoured vehicles, large-calibre artillery, combat aircraft, attack helicopters, warships, missiles).</summary>
    MajorArms,
    /// <summary>Ballistic missiles, missile technology and UAVs on the Missile Technology Control Regime lists.</summary>
    Missiles,
    /// <summary>Arms plus military goods, technology and assistance.</summary>
    AllMilitary,
}

/// <summary>
/// One row of <c>data/sanctions/embargoes.tsv</c> (or of a user's <c>embargoes</c> dictionary): a sanctions measure on
/// arms transfers to or from <see cref="Target"/>, in force from <see cref="Start"/> to <see cref="End"/> (both days
/// inside; null: still in force).
/// </summary>
/// <param name="Id">Unique id, e.g. "UN-IRN-2231-B4".</param>
/// <param name="Regime">The instrument, e.g. "UNSCR 2231 (2015) Annex B para 4".</param>
/// <param name="ImposedBy">Who imposed it: "UN", "EU", "USA" …</param>
/// <param name="Target">Actor code the embargo is aimed at (a state or an organization).</param>
/// <param name="TargetName">The target's name from the actor tables.</param>
/// <param name="BindsAll">True for UN measures (<c>binds</c> = <c>*</c>): every state is bound.</param>
/// <param name="Bound">The actor codes bound when <see cref="BindsAll"/> is false.</param>
/// <param name="Equipment">Equipment categories covered; empty: every transfer.</param>
/// <param name="DisputedBy">Actor codes that reject the measure's validity.</param>
/// <param name="Source">file:line of the row.</param>
public sealed record Embargo(
    string Id,
    string Regime,
    string ImposedBy,
    string Target,
    string TargetName,
    EmbargoScope Scope,
    EmbargoDirection Direction,
    DateOnly Start,
    DateOnly? End,
    bool BindsAll,
    FrozenSet<string> Bound,
    FrozenSet<string> Equipment,
    ImmutableArray<string> DisputedBy,
    string Note,
    string Source)
{
    /// <summary>Whether the period [<paramref name="from"/>, <paramref name="to"/>] overlaps the days the embargo was in force.</summary>
    public bool InForceDuring(DateOnly from, DateOnly to) => from <= (End ?? DateOnly.MaxValue) && to >= Start;

    /// <summary>Whether the embargo binds <paramref name="code"/> (always, for a UN measure).</summary>
    public bool Binds(string code) => BindsAll || Bound.Contains(code);

    /// <summary>Whether a transfer of equipment in these categories is covered: always when the embargo lists no
    /// categories; otherwise when at least one category is listed (a transfer naming no equipment is then not covered).</summary>
    public bool Covers(IReadOnlyCollection<string> categories)
    {
        if (Equipment.Count == 0) return true;
        foreach (var c in categories) if (Equipment.Contains(c)) return true;
        return false;
    }

    /// <summary>The period as text: "2016-01-16 to 2023-10-18", or "since 2025-09-28" when in force.</summary>
    public string Period => End is DateOnly e ? $"{Day(Start)} to {Day(e)}" : $"since {Day(Start)}";

    /// <summary>What the embargo restricts, in words: "arms embargo", "missile and UAV restrictions" …</summary>
    public string ScopeText => Scope switch
    {
        EmbargoScope.MajorArms => "restrictions on major arms",
        EmbargoScope.Missiles => "missile and UAV restrictions",
        EmbargoScope.AllMilitary => "military embargo",
        _ => "arms embargo",
    };

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// An embargo that applies to one transfer, and the leg that made it apply: <see cref="EmbargoDirection.Into"/> (the
/// recipient is the target) or <see cref="EmbargoDirection.From"/> (the supplier is the target).
/// </summary>
public sealed record EmbargoMatch(Embargo Embargo, EmbargoDirection Leg)
{
    /// <summary>A short human text, e.g. "inside UN missile and UAV restrictions on transfers from Iran (UNSCR 2231 (2015) Annex B para 4, 2016-01-16 to 2023-10-18)".</summary>
    public string Text
    {
        get
        {
            var e = Embargo;
            var leg = Leg == EmbargoDirection.From ? "from" : "to";
            var text = $"inside {e.ImposedBy} {e.ScopeText} on transfers {leg} {e.TargetName} ({e.Regime}, {e.Period})";
            return e.DisputedBy.IsEmpty ? text : $"{text}; validity rejected by {string.Join(", ", e.DisputedBy)}";
        }
    }
}

/// <summary>
/// Sanctions regimes and embargo periods (<c>data/sanctions/embargoes.tsv</c> plus user <c>embargoes</c> dictionaries),
/// indexed by target. Immutable; share it.
/// <para><b>Matching rule</b> (<see cref="Applicable"/>): a transfer from a supplier to a recipient during a date range
/// falls inside an embargo when</para>
/// <list type="number">
/// <item>the embargo aims at the recipient and bans supplies into it (direction into or both), and binds the supplier;
/// or it aims at the supplier and bans its exports (direction from or both), and binds the recipient. The side that is
/// not the target must be bound: a UN measure (<c>*</c>) binds every state; an EU embargo on Russia binds the EU and its
/// member states, so Germany → Russia is flagged and Iran → Russia is not;</item>
/// <item>the transfer's date range overlaps the embargo's period (both ends inclusive; a transfer with no date is never
/// inside);</item>
/// <item>the transfer's equipment is covered: any transfer when the embargo lists no categories, else a transfer naming
/// equipment in at least one listed category.</item>
/// </list>
/// </summary>
public sealed partial class EmbargoTable
{
    public const string FileKind = "embargoes";

    /// <summary>The columns every embargoes file needs.</summary>
    public static readonly string[] RequiredColumns = ["id", "regime", "imposed_by", "target", "scope", "direction", "start", "end", "binds"];

    private readonly FrozenDictionary<string, ImmutableArray<Embargo>> _byTarget;

    /// <summary>Every embargo, in file order.</summary>
    public ImmutableArray<Embargo> All { get; }

    public static EmbargoTable Empty { get; } = new([]);

    public EmbargoTable(IEnumerable<Embargo> embargoes)
    {
        All = [.. embargoes];
        _byTarget = All.GroupBy(e => e.Target, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>The embargoes aimed at <paramref name="target"/>, in file order (empty when none).</summary>
    public ImmutableArray<Embargo> On(string target) => _byTarget.TryGetValue(target, out var list) ? list : [];

    /// <summary>The embargo with this id, or null.</summary>
    public Embargo? Find(string id) => All.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The embargoes a transfer from <paramref name="supplier"/> to <paramref name="recipient"/> falls inside (see the
    /// class summary for the rule), each with the leg that matched; empty when the transfer has no date.
    /// </summary>
    /// <param name="start">First day of the transfer's date range; null: undated, never inside.</param>
    /// <param name="end">Last day of the range; null: the same as <paramref name="start"/>.</param>
    /// <param name="categories">Equipment categories of the transfer (<see cref="EquipmentLexicon.CategoryOf"/>).</param>
    public ImmutableArray<EmbargoMatch> Applicable(string supplier, string recipient, DateOnly? start, DateOnly? end, IReadOnlyCollection<string> categories)
    {
        if (start is not DateOnly from) return [];
        var to = end is DateOnly e && e >= from ? e : from;
        ImmutableArray<EmbargoMatch>.Builder? found = null;
        foreach (var emb in On(recipient))
            if (emb.Direction != EmbargoDirection.From && emb.Binds(supplier) && emb.InForceDuring(from, to) && emb.Covers(categories))
                (found ??= ImmutableArray.CreateBuilder<EmbargoMatch>()).Add(new EmbargoMatch(emb, EmbargoDirection.Into));
        foreach (var emb in On(supplier))
            if (emb.Direction != EmbargoDirection.Into && emb.Binds(recipient) && emb.InForceDuring(from, to) && emb.Covers(categories)
                && (found is null || !found.Any(m => m.Embargo.Id == emb.Id)))
                (found ??= ImmutableArray.CreateBuilder<EmbargoMatch>()).Add(new EmbargoMatch(emb, EmbargoDirection.From));
        return found?.ToImmutable() ?? [];
    }

    /// <summary>The embargoes on either actor of a dyad in force at some time in [<paramref name="from"/>, <paramref name="to"/>]
    /// (context for a dyad view or a brief, whatever was transferred), in file order.</summary>
    public ImmutableArray<Embargo> Concerning(string a, string b, DateOnly from, DateOnly to)
        => [.. All.Where(e => (e.Target == a || e.Target == b) && e.InForceDuring(from, to))];

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdShape();

    /// <summary>
    /// Builds the table from files in load order. Every error names file:line: a bad or duplicate id, an unknown scope,
    /// direction, actor code or equipment category, a bad date, an end before the start.
    /// </summary>
    /// <param name="actorNames">Actor code → name (states and organizations); an unknown target or bound code is an error.</param>
    /// <param name="equipmentCategories">The categories of data/equipment.tsv.</param>
    public static EmbargoTable Load(IEnumerable<DataTable> tables, IReadOnlyDictionary<string, string> actorNames, IReadOnlySet<string> equipmentCategories)
    {
        var list = new List<Embargo>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in tables.SelectMany(t => t.Rows))
        {
            var id = row.Required("id");
            if (!IdShape().IsMatch(id))
                throw row.Error($"id '{id}' has characters other than letters, digits and '-'", "write ids like UN-IRN-2231-B4");
            if (!seen.TryAdd(id, row.Location))
                throw row.Error($"id '{id}' is used twice (first at {seen[id]})", "give every embargo its own id");
            var target = row.Required("target");
            if (!actorNames.TryGetValue(target, out var targetName))
                throw row.Error($"target '{target}' is not an actor code", "use a code from data/actors/states.tsv or organizations.tsv (e.g. IRN, PRK, HOUTHI), or add the actor with --dictionary");
            var scope = ParseScope(row);
            var direction = ParseDirection(row);
            var start = row.OptionalDate("start") ?? throw row.Error("column 'start' is empty", "every embargo needs the first day it was in force (YYYY-MM-DD)");
            var end = row.OptionalDate("end");
            if (end is DateOnly e && e < start)
                throw row.Error($"end {row["end"]} is before start {row["start"]}", "swap the dates, or leave end empty for an embargo still in force");
            var binds = row.List("binds");
            bool all = binds.Length == 1 && binds[0] == "*";
            if (binds.IsEmpty)
                throw row.Error("column 'binds' is empty", "write * for a UN measure binding every state, or the '|' list of actor codes bound (e.g. EU|DEU|FRA)");
            if (!all)
                foreach (var code in binds)
                    if (code == "*")
                        throw row.Error("'*' is mixed with actor codes in 'binds'", "write * alone (every state is bound) or a list of codes");
                    else if (!actorNames.ContainsKey(code))
                        throw row.Error($"binds '{code}', which is not an actor code", "use codes from data/actors/states.tsv or organizations.tsv");
            var equipment = row.List("equipment");
            foreach (var c in equipment)
                if (!equipmentCategories.Contains(c))
                    throw row.Error($"equipment category '{c}' is unknown", $"use categories of data/equipment.tsv, e.g. {string.Join(", ", equipmentCategories.Order(StringComparer.Ordinal).Take(6))}");
            if (equipment.IsEmpty && scope is EmbargoScope.MajorArms or EmbargoScope.Missiles)
                throw row.Error($"scope '{row["scope"]}' covers only some equipment but 'equipment' is empty", "list the equipment categories it covers, e.g. ballistic_missile|uav|loitering_munition");
            var disputed = row.List("disputed_by");
            foreach (var code in disputed)
                if (!actorNames.ContainsKey(code))
                    throw row.Error($"disputed_by '{code}', which is not an actor code", "use codes from data/actors/states.tsv or organizations.tsv");
            list.Add(new Embargo(id, row.Required("regime"), row.Required("imposed_by"), target, targetName, scope, direction, start, end, all,
                all ? FrozenSet<string>.Empty : binds.ToFrozenSet(StringComparer.Ordinal), equipment.ToFrozenSet(StringComparer.Ordinal),
                disputed, row["note"], row.Location));
        }
        return new EmbargoTable(list);
    }

    private static EmbargoScope ParseScope(DataRow row) => row.Required("scope").ToLowerInvariant() switch
    {
        "arms" => EmbargoScope.Arms,
        "major_arms" => EmbargoScope.MajorArms,
        "missiles" => EmbargoScope.Missiles,
        "all_military" => EmbargoScope.AllMilitary,
        var s => throw row.Error($"scope '{s}' is unknown", "use arms, major_arms, missiles or all_military"),
    };

    private static EmbargoDirection ParseDirection(DataRow row) => row.Required("direction").ToLowerInvariant() switch
    {
        "into" => EmbargoDirection.Into,
        "from" => EmbargoDirection.From,
        "both" => EmbargoDirection.Both,
        var s => throw row.Error($"direction '{s}' is unknown", "use into (supplies to the target banned), from (exports by the target banned) or both"),
    };
}
