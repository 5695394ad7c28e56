using Entente.Corpus.Model;

namespace Entente.Analysis.Selection;

/// <summary>
/// Which merged events an analysis counts. By default: events that are reported, confirmed, contested or assessed
/// (never denied or hypothetical ones, and planned ones only when asked), whose Admiralty credibility is
/// <see cref="MaxCredibility"/> or better (1 is best); events whose credibility cannot be judged (6: reported only by
/// outlets of unknown reliability) count unless <see cref="IncludeUnjudged"/> is false.
/// The same selection is used by the dyad series, the alignment index, the network and the brief.
/// </summary>
/// <param name="MaxCredibility">Worst credibility grade counted, 1–5 (default 4, "doubtful": only "improbable" events are left out).</param>
/// <param name="IncludeUnjudged">Count events graded 6 ("cannot be judged").</param>
/// <param name="IncludePlanned">Count planned events (intentions, announced future steps).</param>
/// <param name="Everything">Count every event whatever its status and credibility.</param>
/// <param name="IncludeOneSided">Count events that are not a relation between two coded, different actors
/// (<see cref="StoredEvent.IsDyadic"/>): one-actor events (no target named) and one state on both sides (police and
/// opposition); left out by default, also by <see cref="Everything"/>. A dyad series counts them on the side of the actor that acted.</param>
public sealed record EventSelection(int MaxCredibility = 4, bool IncludeUnjudged = true, bool IncludePlanned = false, bool Everything = false,
    bool IncludeOneSided = false)
{
    public static readonly EventSelection Default = new();
    public static readonly EventSelection All = new(Everything: true);

    public bool Counts(StoredEvent e)
    {
        if (!IncludeOneSided && !e.IsDyadic) return false;
        if (Everything) return true;
        switch (e.Status)
        {
            case ReconciledStatus.Denied or ReconciledStatus.Hypothetical: return false;
            case ReconciledStatus.Planned when !IncludePlanned: return false;
        }
        return e.Credibility == 6 ? IncludeUnjudged : e.Credibility <= MaxCredibility;
    }

    /// <summary>The same selection as a rule the store applies in SQL (<see cref="Corpus.Store.IEventStore.Pairs"/>).</summary>
    public Corpus.Store.CountingRule Rule => Everything
        ? Corpus.Store.CountingRule.Everything
        : new([ReconciledStatus.Reported, ReconciledStatus.Confirmed, ReconciledStatus.Contested, ReconciledStatus.Assessed,
            .. IncludePlanned ? new[] { ReconciledStatus.Planned } : []], MaxCredibility, IncludeUnjudged);

    /// <summary>One line for reports: what was counted.</summary>
    public string Describe()
        => (Everything ? "every event, whatever its status and credibility"
            : $"events reported, confirmed, contested or assessed{(IncludePlanned ? " or planned" : "")}, credibility {MaxCredibility} or better"
              + (IncludeUnjudged ? " or not judgeable (6)" : ""))
           + (IncludeOneSided ? ", one-actor events and acts within one state included" : "");
}
