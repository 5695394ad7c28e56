using System.Collections.Immutable;
using Entente.Analysis.Series;

namespace Entente.Analysis.Brief;

/// <summary>One source of a statement: the outlet that published the report, the day, and whom it cited.</summary>
public sealed record BriefCitation(string Outlet, DateOnly? Published, ImmutableArray<string> Citing, string? Url);

/// <summary>
/// One development as the brief states it: a sentence assembled from the record, its citations and status.
/// <see cref="Text"/> is the full sentence as printed, ending with the citations; <see cref="Claim"/> is the sentence without them.
/// </summary>
public sealed record BriefItem(CountedEvent Event, string Claim, ImmutableArray<BriefCitation> Citations, string Status,
    ImmutableArray<string> Embargoes, double Salience, string Text);

/// <summary>A section of the brief: one sphere and its developments in date order.</summary>
/// <param name="Omitted">Counted events of the sphere not listed (the section lists the most salient).</param>
public sealed record BriefSection(string Sphere, string Title, ImmutableArray<BriefItem> Items, int Omitted);

/// <summary>An outlet in the source list with its Admiralty reliability grade and how many reports it gave.</summary>
public sealed record BriefSource(string Outlet, char Grade, string Basis, string? Country, string? Kind, int Reports);

/// <summary>A chart the brief shows.</summary>
public sealed record BriefChart(string Caption, string Path);

/// <summary>A cited brief on one dyad, assembled from the record: the title, the overview, the executive summary, sections per sphere, charts and sources.</summary>
/// <param name="AsOf">The day the record runs until: the last counted event's day when it falls in the last period, else the span's end.</param>
/// <param name="Assembled">The day the brief was put together (today), which the brief states apart from <paramref name="AsOf"/>.</param>
public sealed record DyadBrief(
    string Title,
    string Span,
    DateOnly AsOf,
    DateOnly Assembled,
    ImmutableArray<string> Overview,
    ImmutableArray<BriefItem> Summary,
    ImmutableArray<BriefSection> Sections,
    ImmutableArray<BriefSource> Sources,
    ImmutableArray<BriefChart> Charts,
    string Method,
    DyadSeries Series);
