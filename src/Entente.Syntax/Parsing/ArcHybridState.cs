namespace Entente.Syntax.Parsing;

/// <summary>
/// A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011): a stack, a
/// buffer (words b..n−1) and the arcs so far. Words are 0..n−1; the artificial root is word n and starts on the
/// stack. SHIFT moves the buffer front onto the stack; LEFT(l) makes the buffer front the head of the stack top and
/// pops it; RIGHT(l) makes the second stack item the head of the top and pops it. A word attaches to the root only
/// when the buffer is empty, so every parse has exactly one root. Every transition is O(1): children, valencies
/// and label sets are kept up to date, so parsing is linear in sentence length.
/// </summary>
internal sealed class ArcHybridState
{
    public int N;               // words; the root is N
    public int B;               // buffer front
    public int[] Stack = new int[64];
    public int Top;             // number of items on the stack
    public int[] Head = new int[64], Label = new int[64];
    public int[] LeftMost = new int[64], LeftMost2 = new int[64], RightMost = new int[64], RightMost2 = new int[64];
    public int[] LeftCount = new int[64], RightCount = new int[64];
    public ulong[] LeftLabels = new ulong[64], RightLabels = new ulong[64];

    public void Reset(int n)
    {
        if (Head.Length < n + 1) Grow(Math.Max(n + 1, Head.Length * 2));
        N = n; B = 0; Top = 0;
        for (int i = 0; i <= n; i++)
        {
            Head[i] = -1; Label[i] = -1;
            LeftMost[i] = LeftMost2[i] = RightMost[i] = RightMost2[i] = -1;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
        }
        Stack[Top++] = n;
    }

    private void Grow(int size)
    {
        Array.Resize(ref Stack, size); Array.Resize(ref Head, size); Array.Resize(ref Label, size);
        Array.Resize(ref LeftMost, size); Array.Resize(ref LeftMost2, size); Array.Resize(ref RightMost, size); Array.Resize(ref RightMost2, size);
        Array.Resize(ref LeftCount, size); Array.Resize(ref RightCount, size);
        Array.Resize(ref LeftLabels, size); Array.Resize(ref RightLabels, size);
    }

    public bool Terminal => B >= N && Top == 1;
    public int S0 => Top >= 1 ? Stack[Top - 1] : -1;
    public int S1 => Top >= 2 ? Stack[Top - 2] : -1;
    public int S2 => Top >= 3 ? Stack[Top - 3] : -1;
    public int B0 => B < N ? B : -1;
    public int Buffer(int k) => B + k < N ? B + k : -1;

    public bool CanShift => B < N;
    public bool CanLeft => B < N && Top >= 1 && Stack[Top - 1] != N;
    public bool CanRight => Top >= 2 && (Stack[Top - 2] != N || B >= N);
    /// <summary>RIGHT onto the root must carry the root label, and no other arc may.</summary>
    public bool RightIsRoot => Top >= 2 && Stack[Top - 2] == N;

    public void Shift() => Stack[Top++] = B++;

    public void Left(int label) { int d = Stack[--Top]; Attach(B, d, label); }

    public void Right(int label) { int d = Stack[--Top]; Attach(Stack[Top - 1], d, label); }

    private void Attach(int h, int d, int label)
    {
        Head[d] = h; Label[d] = label;
        ulong bit = label < 64 ? 1UL << label : 0;
        if (d < h)
        {
            // arc-hybrid adds left children from the closest outwards
            LeftMost2[h] = LeftMost[h]; LeftMost[h] = d; LeftCount[h]++; LeftLabels[h] |= bit;
        }
        else
        {
            RightMost2[h] = RightMost[h]; RightMost[h] = d; RightCount[h]++; RightLabels[h] |= bit;
        }
    }

    /// <summary>
    /// The dynamic oracle's costs (Goldberg and Nivre 2013): how many gold arcs each unlabelled transition makes
    /// unreachable. <paramref name="goldHead"/> uses N for the root.
    /// </summary>
    public (int Shift, int Left, int Right) Costs(int[] goldHead)
    {
        int s0 = S0, s1 = S1;
        int shift = int.MaxValue, left = int.MaxValue, right = int.MaxValue;
        if (CanShift)
        {
            int b = B, c = 0;
            for (int k = 0; k < Top; k++)
            {
                int x = Stack[k];
                if (x != s0 && goldHead[b] == x) c++;
                if (x != N && goldHead[x] == b) c++;
            }
            shift = c;
        }
        int depsInBuffer = 0;
        if (s0 >= 0 && s0 != N)
            for (int k = B; k < N; k++) if (goldHead[k] == s0) depsInBuffer++;
        if (CanLeft)
        {
            int h = goldHead[s0], c = depsInBuffer;
            if (h != B && (h == s1 || (h > B && h < N))) c++;
            left = c;
        }
        if (CanRight)
        {
            int h = goldHead[s0], c = depsInBuffer;
            if (h >= B && h < N) c++;
            right = c;
        }
        return (shift, left, right);
    }
}
