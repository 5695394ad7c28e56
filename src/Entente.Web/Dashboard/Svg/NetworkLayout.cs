using Entente.Analysis.Network;

namespace Entente.Web.Dashboard.Svg;

/// <summary>
/// A force-directed layout (Fruchterman–Reingold) of an actor network, computed on the server and deterministic: actors
/// start on a circle in order of strength, linked actors pull together (more strongly the more events link them), every
/// pair pushes apart, and the step shrinks each round. Positions are scaled into a square of side <c>size</c> with a
/// margin for labels. An actor without edges stays near the rim.
/// </summary>
internal static class NetworkLayout
{
    /// <summary>The pull to the centre (per unit of distance and of mass): keeps unlinked actors and separate groups near the rest.</summary>
    private const double Gravity = 0.6;

    public static IReadOnlyDictionary<string, (double X, double Y)> Compute(ActorNetwork net, double size, double margin)
    {
        var nodes = net.Nodes.OrderByDescending(n => n.Strength).ThenBy(n => n.Code, StringComparer.Ordinal).ToArray();
        int n = nodes.Length;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++) index[nodes[i].Code] = i;
        var x = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            double a = 2 * Math.PI * i / Math.Max(n, 1);
            x[i] = Math.Cos(a);
            y[i] = Math.Sin(a);
        }
        var edges = net.Edges.Where(e => index.ContainsKey(e.Source) && index.ContainsKey(e.Target) && e.Source != e.Target)
            .Select(e => (A: index[e.Source], B: index[e.Target], W: 1 + Math.Log(1 + e.Events))).ToArray();
        double k = Math.Sqrt(4.0 / Math.Max(n, 1)); // ideal distance in a 2×2 square
        // as in ForceAtlas2, an actor with many links pushes (and is pulled to the centre) harder, so hubs spread their neighbours
        var mass = new double[n];
        foreach (var (a, b, _) in edges) { mass[a]++; mass[b]++; }
        for (int i = 0; i < n; i++) mass[i] = 1 + Math.Sqrt(mass[i]);
        // O(n²) per round: fewer rounds for big networks, so a page stays fast
        int rounds = n <= 1 ? 0 : Math.Clamp(20_000_000 / (n * n), 40, 300);
        double temperature = 0.2;
        var dx = new double[n];
        var dy = new double[n];
        for (int round = 0; round < rounds; round++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            for (int i = 0; i < n; i++)
                for (int j = i + 1; j < n; j++)
                {
                    double ex = x[i] - x[j], ey = y[i] - y[j], d2 = Math.Max(ex * ex + ey * ey, 1e-6), f = k * k * mass[i] * mass[j] / d2;
                    dx[i] += ex * f; dy[i] += ey * f; dx[j] -= ex * f; dy[j] -= ey * f;
                }
            foreach (var (a, b, w) in edges)
            {
                double ex = x[a] - x[b], ey = y[a] - y[b], d = Math.Max(Math.Sqrt(ex * ex + ey * ey), 1e-3), f = d * w / k;
                dx[a] -= ex * f; dy[a] -= ey * f; dx[b] += ex * f; dy[b] += ey * f;
            }
            for (int i = 0; i < n; i++)
            {
                // a weak pull to the centre keeps unlinked actors and separate groups on the page
                dx[i] -= x[i] * Gravity * mass[i]; dy[i] -= y[i] * Gravity * mass[i];
                double len = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (len > 0) { double step = Math.Min(len, temperature); x[i] += dx[i] / len * step; y[i] += dy[i] / len * step; }
            }
            temperature = Math.Max(0.002, temperature * 0.97);
        }
        double minX = n == 0 ? 0 : x.Min(), maxX = n == 0 ? 1 : x.Max(), minY = n == 0 ? 0 : y.Min(), maxY = n == 0 ? 1 : y.Max();
        double scale = (size - 2 * margin) / Math.Max(Math.Max(maxX - minX, maxY - minY), 1e-6);
        double offX = (size - (maxX - minX) * scale) / 2, offY = (size - (maxY - minY) * scale) / 2;
        var pos = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++) pos[nodes[i].Code] = (offX + (x[i] - minX) * scale, offY + (y[i] - minY) * scale);
        return pos;
    }
}
