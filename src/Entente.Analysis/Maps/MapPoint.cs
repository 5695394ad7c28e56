using Entente.Analysis.Charts;

namespace Entente.Analysis.Maps;

/// <summary>Events per QuadClass at one place.</summary>
public readonly record struct QuadCounts(int VerbalCooperation, int MaterialCooperation, int VerbalConflict, int MaterialConflict)
{
    /// <summary>The count of QuadClass 1–4 (0 for anything else).</summary>
    public int this[int quadClass] => quadClass switch
    {
        1 => VerbalCooperation, 2 => MaterialCooperation, 3 => VerbalConflict, 4 => MaterialConflict, _ => 0,
    };

    public int Total => VerbalCooperation + MaterialCooperation + VerbalConflict + MaterialConflict;

    /// <summary>The QuadClass with the most events (a tie goes to the more conflictual class); 0 when all are 0.</summary>
    public int Dominant
    {
        get
        {
            int best = 0;
            for (int q = 4; q >= 1; q--) if (this[q] > (best == 0 ? 0 : this[best])) best = q;
            return best;
        }
    }

    /// <summary>These counts with one more event of <paramref name="quadClass"/> (anything but 1–4 changes nothing).</summary>
    public QuadCounts Add(int quadClass, int n = 1) => quadClass switch
    {
        1 => this with { VerbalCooperation = VerbalCooperation + n },
        2 => this with { MaterialCooperation = MaterialCooperation + n },
        3 => this with { VerbalConflict = VerbalConflict + n },
        4 => this with { MaterialConflict = MaterialConflict + n },
        _ => this,
    };

    public QuadCounts Add(QuadCounts other) => new(VerbalCooperation + other.VerbalCooperation, MaterialCooperation + other.MaterialCooperation,
        VerbalConflict + other.VerbalConflict, MaterialConflict + other.MaterialConflict);

    /// <summary>"verbal cooperation 2, material conflict 5" (classes with no event left out).</summary>
    public string Describe()
    {
        var self = this;
        return string.Join(", ", Enumerable.Range(1, 4).Where(q => self[q] > 0).Select(q => $"{QuadClassPalette.Name(q)} {self[q]}"));
    }
}

/// <summary>
/// One point of a map: a place (or a group of nearby places) with its number of events, drawn as a circle whose area is
/// proportional to <see cref="Count"/> and whose colour is its <see cref="QuadCounts.Dominant"/> QuadClass.
/// </summary>
/// <param name="Count">Events at the point (at least <see cref="Quad"/>'s total; events of no known QuadClass count here only).</param>
/// <param name="Href">Where the point links to (the dashboard's list of its events), or null for no link.</param>
public sealed record MapPoint(double Lat, double Lon, string Name, int Count, QuadCounts Quad, string? Href = null)
{
    /// <summary>The point's tooltip: "Kharkiv: 12 events (verbal conflict 3, material conflict 9)".</summary>
    public string Tooltip()
    {
        var quad = Quad.Describe();
        return $"{Name}: {Count} event{(Count == 1 ? "" : "s")}{(quad.Length > 0 ? $" ({quad})" : "")}";
    }
}
