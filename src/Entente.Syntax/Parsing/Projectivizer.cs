namespace Entente.Syntax.Parsing;

/// <summary>
/// Makes a training tree projective by lifting (Nivre and Nilsson 2005, without encoding the lift in the label):
/// while some arc is non-projective, the shortest such arc's dependent is re-attached to its head's head. The
/// parser, being projective, cannot produce the original arc; lifting keeps the rest of the tree learnable.
/// Heads are 0-based with −1 for the root.
/// </summary>
internal static class Projectivizer
{
    public static int Lift(int[] heads, int n)
    {
        int lifted = 0;
        for (int guard = 0; guard < n * n + 1; guard++)
        {
            int worst = -1, worstLength = int.MaxValue;
            for (int d = 0; d < n; d++)
            {
                int h = heads[d];
                if (h < 0) continue;
                int len = Math.Abs(h - d);
                if (len < worstLength && !IsProjective(heads, n, h, d)) { worst = d; worstLength = len; }
            }
            if (worst < 0) return lifted;
            heads[worst] = heads[heads[worst]];
            lifted++;
        }
        return lifted;
    }

    /// <summary>An arc is projective when its head dominates every word between head and dependent.</summary>
    public static bool IsProjective(int[] heads, int n, int h, int d)
    {
        int lo = Math.Min(h, d), hi = Math.Max(h, d);
        for (int k = lo + 1; k < hi; k++)
        {
            int a = k, steps = 0;
            while (a >= 0 && a != h && steps++ <= n) a = heads[a];
            if (a != h) return false;
        }
        return true;
    }
}
