namespace Entente.Web.Dashboard;

/// <summary>What the shared page frame (Slices/SiteLayout.cshtml) needs: the page's title and the navigation entry it belongs to.</summary>
public sealed record PageFrame(string Title, string Active)
{
    /// <summary>The main navigation, in order.</summary>
    public static readonly (string Path, string Label)[] Navigation =
    [
        ("/", "Home"), ("/events", "Events"), ("/dyad", "Dyad"), ("/network", "Network"), ("/map", "Map"), ("/search", "Search"), ("/article", "Analyze an article"),
    ];
}

/// <summary>A page that says what went wrong and what to do (Slices/Problem.cshtml).</summary>
public sealed record ProblemModel(PageFrame Frame, string Message, string? Hint);
