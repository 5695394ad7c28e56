namespace Entente.Web.Dashboard.Svg;

/// <summary>
/// Where the network's node labels go, and from which zoom each is shown, so that no two shown labels overlap at any zoom.
/// <para>
/// The dashboard's script keeps labels at <see cref="FontSize"/> px on the screen while the drawing is zoomed in (their
/// font size in drawing units is <see cref="FontSize"/>/zoom), so a label's box shrinks towards its node as the user zooms
/// in, and labels that overlapped separate. Labels are placed greedily by node weight (strongest first): each tries the
/// outer side of its node, the inner side, above and below, at each zoom level of the script (1, 1.25, 1.25², … up to
/// <see cref="MaxZoom"/>), and takes the first place whose box overlaps no label already placed at the zoom where both are
/// shown (preferring, among those, one that covers no other node's circle). A label that fits nowhere even at the largest zoom is not drawn: its node's tooltip still names it.
/// </para>
/// <para>
/// A label's box is estimated from its length (<see cref="CharWidth"/> × font size per character, plus a small margin) and
/// <see cref="LineHeight"/> × font size high. Boxes are anchored at the edge of their node's circle (which grows with the
/// drawing), so a box at a larger zoom lies inside the same box at a smaller one: labels that do not overlap when they are
/// first both shown never overlap after.
/// </para>
/// </summary>
internal static class NetworkLabels
{
    /// <summary>Label size on the screen, in px (the drawing unit at zoom 1).</summary>
    public const double FontSize = 12;

    /// <summary>Average advance of a character of the bold sans-serif label, in em (a generous estimate, so estimates err wide).</summary>
    public const double CharWidth = 0.64;

    public const double LineHeight = 1.25;

    /// <summary>The dashboard script's zoom step and its largest zoom (a view 1/12 of the drawing).</summary>
    public const double ZoomStep = 1.25, MaxZoom = 12;

    /// <summary>Gap between a circle and its label, in drawing units.</summary>
    private const double Gap = 3;

    /// <summary>A node to label: its centre, circle radius and text.</summary>
    public sealed record Node(double X, double Y, double Radius, string Text);

    /// <summary>A placed label: anchor point and SVG text-anchor, the dy that sets its baseline (in em, so it follows the font
    /// size), and the smallest zoom at which it is shown (null: never, the label does not fit).</summary>
    public sealed record Label(double X, double Y, string Anchor, string Dy, double? MinZoom);

    /// <summary>An axis-aligned box: left, top, right, bottom.</summary>
    public readonly record struct Box(double L, double T, double R, double B)
    {
        public bool Overlaps(Box o) => L < o.R && o.L < R && T < o.B && o.T < B;
    }

    /// <summary>The zoom levels the dashboard's script reaches with its buttons and wheel: 1.25^k up to <see cref="MaxZoom"/>.</summary>
    public static IReadOnlyList<double> ZoomLevels { get; } = Levels();

    private static double[] Levels()
    {
        var levels = new List<double>();
        for (double z = 1; z <= MaxZoom + 1e-9; z *= ZoomStep) levels.Add(z);
        return [.. levels];
    }

    /// <summary>Labels for <paramref name="nodes"/> (same order), placed in the order of <paramref name="weight"/>, highest first.</summary>
    /// <param name="centreX">The drawing's middle: a node left of it is labelled on its left first.</param>
    public static Label[] Place(IReadOnlyList<Node> nodes, IReadOnlyList<double> weight, double centreX)
    {
        var labels = new Label[nodes.Count];
        var placed = new List<(Label Label, Node Node)>();
        foreach (int i in Enumerable.Range(0, nodes.Count).OrderByDescending(i => weight[i]).ThenBy(i => i))
        {
            var node = nodes[i];
            var candidates = Candidates(node, centreX);
            Label? chosen = null;
            foreach (var zoom in ZoomLevels)
            {
                var free = candidates.Select(c => c with { MinZoom = zoom })
                    .Where(c => placed.All(p => !BoxAt(c, node, Math.Max(zoom, p.Label.MinZoom!.Value)).Overlaps(BoxAt(p.Label, p.Node, Math.Max(zoom, p.Label.MinZoom!.Value)))))
                    .ToList();
                // among the places free of labels, one that covers no other node's circle if there is one
                chosen = free.FirstOrDefault(c => !CoversCircle(BoxAt(c, node, zoom), nodes, i)) ?? free.FirstOrDefault();
                if (chosen is not null) break;
            }
            labels[i] = chosen ?? candidates[0];
            if (chosen is not null) placed.Add((chosen, node));
        }
        return labels;
    }

    /// <summary>Whether <paramref name="box"/> covers part of the circle of a node other than <paramref name="self"/>.</summary>
    private static bool CoversCircle(Box box, IReadOnlyList<Node> nodes, int self)
    {
        for (int j = 0; j < nodes.Count; j++)
        {
            if (j == self) continue;
            var c = nodes[j];
            double nx = Math.Clamp(c.X, box.L, box.R) - c.X, ny = Math.Clamp(c.Y, box.T, box.B) - c.Y;
            if (nx * nx + ny * ny < c.Radius * c.Radius) return true;
        }
        return false;
    }

    /// <summary>The four places a label can take, best first: the outer side (away from the middle), the inner side, above, below.</summary>
    private static Label[] Candidates(Node n, double centreX)
    {
        var right = new Label(n.X + n.Radius + Gap, n.Y, "start", "0.35em", null);
        var left = new Label(n.X - n.Radius - Gap, n.Y, "end", "0.35em", null);
        var above = new Label(n.X, n.Y - n.Radius - Gap, "middle", "-0.3em", null);
        var below = new Label(n.X, n.Y + n.Radius + Gap, "middle", "0.95em", null);
        return n.X < centreX ? [left, right, above, below] : [right, left, above, below];
    }

    /// <summary>The estimated box of <paramref name="label"/> when the drawing is zoomed by <paramref name="zoom"/> (the label's
    /// font is then <see cref="FontSize"/>/zoom drawing units; at a zoom below 1 labels scale with the drawing).</summary>
    public static Box BoxAt(Label label, Node node, double zoom)
    {
        double f = FontSize / Math.Max(1, zoom), w = Width(node.Text, f), h = LineHeight * f;
        return label.Anchor switch
        {
            "start" => new Box(label.X, label.Y - h / 2, label.X + w, label.Y + h / 2),
            "end" => new Box(label.X - w, label.Y - h / 2, label.X, label.Y + h / 2),
            _ when label.Dy.StartsWith('-') => new Box(label.X - w / 2, label.Y - h, label.X + w / 2, label.Y),
            _ => new Box(label.X - w / 2, label.Y, label.X + w / 2, label.Y + h),
        };
    }

    /// <summary>Estimated width of <paramref name="text"/> at font size <paramref name="font"/>, with a margin of a fifth of the font.</summary>
    public static double Width(string text, double font) => (text.Length * CharWidth + 0.2) * font;
}
