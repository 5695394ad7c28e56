using Entente.Corpus.Model;
using Entente.Corpus.Store;
using static Entente.Web.Dashboard.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>The events list's filter form (Slices/EventFilterForm.cshtml): the request's own values and the choices of each select.</summary>
public sealed record EventFiltersModel(string? Since, string? Until, OptionList Actors, OptionList Types, OptionList Statuses, string? Outlet,
    OptionList Reliability, OptionList Credibility, IReadOnlyList<HiddenField> Kept);

internal static class EventFilters
{
    /// <summary>Filters set by links from other pages (a dyad, a CAMEO prefix …), kept as hidden fields.</summary>
    private static readonly string[] Kept = ["dyad", "cameo", "min_sources", "one_sided", "embargo"];

    public static EventFiltersModel Of(HttpRequest req, DashboardContext ctx, IReadOnlyList<PairCount> pairs)
        => new(Q(req, "since"), Q(req, "until"), new OptionList(ActorChoices(ctx, pairs), Q(req, "actor")?.ToUpperInvariant()),
            TypeChoices(ctx, Q(req, "type")), StatusChoices(Q(req, "status")?.ToLowerInvariant()), Q(req, "outlet"),
            new OptionList([("A", "A reliable"), ("B", "B usually reliable"), ("C", "C fairly reliable"), ("D", "D not usually reliable"), ("E", "E unreliable")],
                Q(req, "min_reliability")?.ToUpperInvariant()),
            new OptionList(CredibilityChoices, Q(req, "min_credibility")),
            [.. Kept.Where(k => Q(req, k) is not null).Select(k => new HiddenField(k, Q(req, k)!))]);

    /// <summary>The actors of the store's dyads, by name: "Iran (IRN)".</summary>
    public static IReadOnlyList<(string Value, string Label)> ActorChoices(DashboardContext ctx, IReadOnlyList<PairCount> pairs)
    {
        var names = ctx.Analysis.Knowledge.Actors;
        return [.. pairs.SelectMany(p => new[] { p.A, p.B }).Distinct(StringComparer.Ordinal)
            .Select(c => (Code: c, Name: names.NameOf(c))).OrderBy(x => x.Name, StringComparer.OrdinalIgnoreCase).Select(x => (x.Code, $"{x.Name} ({x.Code})"))];
    }

    /// <summary>Every event type the knowledge knows.</summary>
    public static OptionList TypeChoices(DashboardContext ctx, string? current)
        => new([.. ctx.Corpus.Knowledge.Cameo.Types.Keys.Order(StringComparer.Ordinal).Select(t => (t, EventRows.TypeLabel(t)))], current);

    public static OptionList StatusChoices(string? current)
        => new([.. Enum.GetValues<ReconciledStatus>().Select(s => (EventRows.StatusName(s), EventRows.StatusName(s)))], current);

    /// <summary>The Admiralty credibility levels a filter can ask for at least (6, cannot be judged, is no bound).</summary>
    public static readonly (string, string)[] CredibilityChoices =
        [("1", "1 confirmed"), ("2", "2 probably true"), ("3", "3 possibly true"), ("4", "4 doubtful"), ("5", "5 improbable")];
}
