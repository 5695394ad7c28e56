using System.Collections.Immutable;
using Entente.Analysis.Alignment;
using Entente.Analysis.Selection;
using Entente.Corpus.Model;

namespace Entente.Analysis.Series;

/// <summary>Which way an event of a dyad runs: from the first actor to the second, back, or joint (symmetric types such as agreements and meetings).</summary>
public enum Direction { AToB, BToA, Joint }

/// <summary>One merged event as a dyad series counts it: the day it is placed on, its sphere, its direction and its embargo flags.</summary>
/// <param name="Anchor">The day that places the event in a period (see <see cref="DyadSeriesBuilder.AnchorDay"/>).</param>
/// <param name="Embargoes">Ids of the embargoes in force that the event (a transfer) falls inside; empty for most events.</param>
public sealed record CountedEvent(StoredEvent Event, DateOnly Anchor, string Sphere, Direction Direction, ImmutableArray<string> Embargoes);

/// <summary>Events per QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
public sealed record QuadCounts(int VerbalCooperation, int MaterialCooperation, int VerbalConflict, int MaterialConflict)
{
    public int Cooperation => VerbalCooperation + MaterialCooperation;
    public int Conflict => VerbalConflict + MaterialConflict;
    public int this[int quadClass] => quadClass switch { 1 => VerbalCooperation, 2 => MaterialCooperation, 3 => VerbalConflict, 4 => MaterialConflict, _ => 0 };
}

/// <summary>What one side did to the other in a period (directed event types only; joint events are counted apart).</summary>
/// <param name="Cooperation">Cooperative events (QuadClass 1–2).</param>
/// <param name="ArmsTransfers">Events of type arms_transfer.</param>
public sealed record DirectionTotals(int Events, int Cooperation, int MaterialCooperation, int ArmsTransfers, double Goldstein);

/// <summary>
/// One period of a dyad series. Every figure is over merged events (never mentions), counted by the series' selection.
/// </summary>
/// <param name="GoldsteinMean">Null when the period has no events.</param>
/// <param name="Reciprocity">2·min(a, b)/(a + b) over the directed cooperative events each way: 1 when both sides give as much as they get, 0 when one side only gives; null with no directed cooperation.</param>
/// <param name="Balance">(a − b)/(a + b) over the same events: +1 when only the first actor gives, −1 when only the second does; null with no directed cooperation.</param>
/// <param name="EmbargoFlagged">Transfers that fall inside an embargo in force.</param>
public sealed record DyadPeriod(
    Period Period,
    int Events,
    QuadCounts Quad,
    double GoldsteinTotal,
    double? GoldsteinMean,
    ImmutableSortedDictionary<string, int> Types,
    ImmutableSortedDictionary<string, int> Spheres,
    DirectionTotals AToB,
    DirectionTotals BToA,
    int Joint,
    double? Reciprocity,
    double? Balance,
    int EmbargoFlagged,
    AlignmentScore Alignment);

/// <summary>How many stored events a series saw and why some were not counted.</summary>
/// <param name="Stored">Events of the dyad in the store for the period asked.</param>
/// <param name="Counted">Events the selection counts and that have a day to place them on.</param>
/// <param name="NotSelected">Events left out by the selection (denied, hypothetical, planned, low credibility).</param>
/// <param name="Undated">Selected events with neither a date nor a first report date.</param>
/// <param name="OutsideSpan">Selected events whose range overlaps the span asked but whose anchor day falls outside it.</param>
public sealed record SeriesCoverage(int Stored, int Counted, int NotSelected, int Undated, int OutsideSpan);

/// <summary>A dyad's relationship over time: one row per period (empty periods included), the whole span, and the change points of the alignment index.</summary>
public sealed record DyadSeries(
    string A,
    string NameA,
    string B,
    string NameB,
    PeriodUnit Unit,
    EventSelection Selection,
    ImmutableArray<DyadPeriod> Periods,
    DyadPeriod? Total,
    ImmutableArray<ChangePoint> ChangePoints,
    SeriesCoverage Coverage,
    ImmutableArray<CountedEvent> Events);
