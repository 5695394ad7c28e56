using Microsoft.AspNetCore.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>The dyad page's data (Slices/Dyad.cshtml); <see cref="View"/> is null when both actors are the same.</summary>
public sealed record DyadModel(PageFrame Frame, string Heading, DyadPickerModel Picker, DyadView? View);

/// <summary>The pair and period picker: the choices for each actor (an unknown code asked for is kept as its own choice), the period unit and the dates.</summary>
public sealed record DyadPickerModel(OptionList First, OptionList Second, OptionList Unit, string Since, string Until);

/// <summary>
/// The dyad's series, charts and events. The charts (<see cref="Alignment"/>, <see cref="Quad"/>, <see cref="Timeline"/>, the small
/// map) are trusted markup: <see cref="Svg.DyadSvgCharts"/>, <see cref="Svg.DyadTimelineSvg"/> and the map renderer encode every
/// value they take from the store. <see cref="NoSeries"/>: why there is no chart.
/// </summary>
public sealed record DyadView(string BriefUrl, string EventsUrl, string Coverage, string? NoSeries, HtmlString? Alignment, HtmlString? Quad, string? ChangePoints,
    HtmlString Timeline, SmallMapModel? Map, IReadOnlyList<PeriodRow> Periods, string? Period, string? AllPeriodsUrl, int Shown, int Total,
    DyadFiltersModel Filters, DownloadsModel Downloads, EventTableModel? Events);

/// <summary>A row of the per-period table, its numbers formatted as shown.</summary>
public sealed record PeriodRow(string Url, string Label, bool Current, int Events, int VerbalCooperation, int MaterialCooperation, int VerbalConflict, int MaterialConflict,
    string Goldstein, string Index, string Smoothed, string Reciprocity, string Embargo);

/// <summary>The events filter form: the dyad and period kept as hidden fields, and the choices of each select.</summary>
public sealed record DyadFiltersModel(IReadOnlyList<HiddenField> Kept, OptionList Types, OptionList Statuses, OptionList Credibility, OptionList OneSided);
