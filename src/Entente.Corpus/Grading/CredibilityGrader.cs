namespace Entente.Corpus.Grading;

/// <summary>What the credibility of an event is judged from.</summary>
/// <param name="Strong">Independent reports whose origin is graded A–C.</param>
/// <param name="Weak">Independent reports whose origin is graded D–E.</param>
/// <param name="Unknown">Independent reports whose origin cannot be judged (F).</param>
/// <param name="Confirmed">A party to the event confirmed it.</param>
/// <param name="Denied">A party denied it.</param>
public readonly record struct Corroboration(int Strong, int Weak, int Unknown, bool Confirmed, bool Denied);

/// <summary>
/// Admiralty credibility 1–6 of an event (1 confirmed by other sources, 2 probably true, 3 possibly true, 4 doubtful,
/// 5 improbable, 6 cannot be judged):
/// <list type="bullet">
/// <item>3+ independent reports from A–C origins, or 2 plus a party's confirmation: 1;</item>
/// <item>2 such reports, or 1 plus confirmation: 2;</item>
/// <item>1 such report, 2+ reports from D–E origins, or a confirmed event reported only by D–F origins: 3;</item>
/// <item>a single D–E report: 4;</item>
/// <item>a denial by a party moves the grade one step down (a denial alone: 5);</item>
/// <item>nothing but reports of unknown origin, or nothing but plans and hypotheses: 6.</item>
/// </list>
/// </summary>
public static class CredibilityGrader
{
    public static int Grade(Corroboration c)
    {
        int grade;
        if (c.Strong >= 3 || (c.Strong >= 2 && c.Confirmed)) grade = 1;
        else if (c.Strong == 2 || (c.Strong == 1 && c.Confirmed)) grade = 2;
        else if (c.Strong == 1 || c.Weak >= 2 || (c.Confirmed && c.Weak + c.Unknown > 0)) grade = 3;
        else if (c.Weak == 1) grade = 4;
        else return c.Denied ? 5 : 6;
        if (c.Denied) grade = Math.Min(5, grade + 1);
        return grade;
    }
}
