namespace Entente.Analysis.Charts;

/// <summary>
/// The colours and names of CAMEO's four QuadClasses as the dashboard draws them (its SVG dyad charts): greens for
/// cooperation, orange and red for conflict, the material class darker than the verbal one.
/// </summary>
public static class QuadClassPalette
{
    /// <summary>Colour of QuadClass 1–4 (index 0 unused), as #rrggbb.</summary>
    private static readonly string[] Colors = ["#999999", "#8fd19e", "#2e8b57", "#f4a261", "#c0392b"];

    private static readonly string[] Names = ["unknown", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

    /// <summary>The colour of a QuadClass (1 verbal cooperation … 4 material conflict); grey for anything else.</summary>
    public static string Color(int quadClass) => Colors[quadClass is >= 1 and <= 4 ? quadClass : 0];

    /// <summary>The lower-case name of a QuadClass ("material conflict"); "unknown" for anything else.</summary>
    public static string Name(int quadClass) => Names[quadClass is >= 1 and <= 4 ? quadClass : 0];
}
