using System.Collections.Immutable;
using Entente.Core.Knowledge;
using Entente.Corpus.Model;

namespace Entente.Corpus.Context;

/// <summary>
/// A stored transfer that falls inside an embargo in force: which embargo, which leg (<see cref="EmbargoDirection.Into"/>:
/// the recipient is the target; <see cref="EmbargoDirection.From"/>: the supplier is), the supplier and recipient as
/// matched, and a short text such as "inside UN missile and UAV restrictions on transfers from Iran (UNSCR 2231 (2015)
/// Annex B para 4, 2016-01-16 to 2023-10-18)".
/// </summary>
public sealed record EmbargoFlag(Embargo Embargo, EmbargoDirection Leg, string Supplier, string Recipient, string Text)
{
    public string Id => Embargo.Id;

    public string Regime => Embargo.Regime;
}

/// <summary>
/// Flags stored events that are arms transfers falling inside an embargo in force (the rule is
/// <see cref="EmbargoTable.Applicable"/>'s). Which events are transfers (<see cref="IsTransfer"/>):
/// <list type="bullet">
/// <item>type <c>arms_transfer</c> (CAMEO 072, QuadClass 2 material cooperation): the source supplies the target; every
/// status counts (a planned, denied or contested delivery inside an embargo is worth seeing; the status column says how
/// sure it is);</item>
/// <item>type <c>military_cooperation</c> naming equipment (joint production of drones, transfer of missile technology):
/// the type is symmetric, so both orderings of the pair are tried;</item>
/// <item>nothing else: intent to supply (0332, type aid) is not a transfer.</item>
/// </list>
/// An event with no date is never flagged. Immutable and thread-safe.
/// </summary>
public sealed class EmbargoFlagger
{
    public const string TransferType = "arms_transfer";
    public const string CooperationType = "military_cooperation";

    private readonly EmbargoTable _embargoes;
    private readonly EquipmentLexicon _equipment;

    public EmbargoFlagger(EmbargoTable embargoes, EquipmentLexicon equipment)
    {
        _embargoes = embargoes;
        _equipment = equipment;
    }

    public EmbargoTable Embargoes => _embargoes;

    /// <summary>Whether the event counts as a transfer of military equipment (see the class summary).</summary>
    public static bool IsTransfer(StoredEvent e)
        => e.Type == TransferType || (e.Type == CooperationType && !e.Equipment.IsDefaultOrEmpty);

    /// <summary>The embargoes the event falls inside, each once, in table order; empty for events that are not transfers or have no date.</summary>
    public ImmutableArray<EmbargoFlag> Flags(StoredEvent e)
    {
        if (e.DateStart is null || !IsTransfer(e)) return [];
        var categories = Categories(e.Equipment);
        var flags = Matches(e.SourceCode, e.TargetCode, e, categories, []);
        if (e.Type == CooperationType) flags = Matches(e.TargetCode, e.SourceCode, e, categories, flags);
        return flags;
    }

    /// <summary>The ids of the embargoes the event falls inside, joined by '|' ("" when none): the <c>embargo</c> column of CSV and TSV.</summary>
    public string Ids(StoredEvent e) => string.Join("|", Flags(e).Select(f => f.Id));

    /// <summary>Whether the event falls inside at least one embargo.</summary>
    public bool IsFlagged(StoredEvent e) => !Flags(e).IsEmpty;

    private ImmutableArray<EmbargoFlag> Matches(string supplier, string recipient, StoredEvent e, IReadOnlyCollection<string> categories, ImmutableArray<EmbargoFlag> sofar)
    {
        var matches = _embargoes.Applicable(supplier, recipient, e.DateStart, e.DateEnd, categories);
        if (matches.IsEmpty) return sofar;
        var b = sofar.ToBuilder();
        foreach (var m in matches)
            if (!b.Any(f => f.Id == m.Embargo.Id))
                b.Add(new EmbargoFlag(m.Embargo, m.Leg, supplier, recipient, m.Text));
        return b.ToImmutable();
    }

    private IReadOnlyCollection<string> Categories(ImmutableArray<string> equipment)
    {
        if (equipment.IsDefaultOrEmpty) return [];
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in equipment)
            if (_equipment.CategoryOf(name) is { } c) set.Add(c);
        return set;
    }
}
