using Entente.Core.Time;

namespace Entente.Core.Sources;

/// <summary>How a source was attributed in the text.</summary>
public enum CitationKind
{
    /// <summary>"(Ukrainska Pravda, February 21)" — the analyst's parenthetical reference.</summary>
    Parenthetical,
    /// <summary>"according to Reuters", "Tasnim News Agency reported".</summary>
    Attribution,
}

/// <summary>
/// A cited source. <see cref="Start"/>/<see cref="End"/> are character offsets of the citation (one entry of a
/// parenthesis, or the attribution phrase) in the document text.
/// </summary>
/// <param name="Outlet">Outlet name as canonicalised by the outlet table when known, else as written.</param>
/// <param name="Date">Resolved date of the cited piece, if the citation gives one.</param>
/// <param name="DateText">The date as written ("February 21"), if any.</param>
/// <param name="Known">True when the outlet is in the outlet table.</param>
public sealed record Citation(string Outlet, DateOnly? Date, string? DateText, int Start, int End, CitationKind Kind, bool Known)
{
    /// <summary>The resolved range of the cited date ("October 2023" → the month); <see cref="Date"/> is its first day
    /// when the range is a single day (or a short day span like "February 20-21"), else null.</summary>
    public DateRange? DateRange { get; init; }

    /// <summary>Details of the outlet when <see cref="Known"/>.</summary>
    public OutletInfo? Info { get; init; }
}
