using System.Collections.Immutable;

namespace Entente.Core.Knowledge.Import;

/// <summary>
/// Reads a PETRARCH agents dictionary: <c>PHRASE {plural} [~CODE]</c> (or <c>[CODE~]</c>), with substitution sets
/// (<c>!PERSON! = MAN, MEN, WOMAN</c>) expanded. Regular plurals are made as PETRARCH makes them (S, Y→IES, SS→ES)
/// unless <c>{…}</c> gives the plural or <c>{}</c> says there is none. Unreadable lines become file:line problems.
/// </summary>
public sealed class PetrarchAgentReader
{
    public static (ImmutableArray<PetrarchAgent> Agents, ImmutableArray<ImportProblem> Problems) Read(TextReader reader, string path)
    {
        var agents = ImmutableArray.CreateBuilder<PetrarchAgent>();
        var problems = ImmutableArray.CreateBuilder<ImportProblem>();
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? raw;
        int lineNo = 0;
        while ((raw = reader.ReadLine()) != null)
        {
            lineNo++;
            int hash = raw.IndexOf('#');
            var body = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (body.Length == 0 || body.StartsWith("<!", StringComparison.Ordinal)) continue;
            if (body[0] == '!' && body.Contains('='))
            {
                var eq = body.IndexOf('=');
                var name = body[..eq].Trim();
                if (name.Length < 3 || name[^1] != '!') { problems.Add(new(path, lineNo, $"cannot read the substitution set '{body}'")); continue; }
                sets[name] = [.. body[(eq + 1)..].Split(',').Select(s => s.Trim()).Where(s => s.Length > 0)];
                continue;
            }
            int open = body.IndexOf('[');
            int close = open < 0 ? -1 : body.IndexOfAny([']', '}'], open + 1);
            if (open < 0 || close < 0) { problems.Add(new(path, lineNo, $"agent line '{body}' has no [~CODE]")); continue; }
            var codeText = body[(open + 1)..close].Trim();
            bool before;
            string code;
            if (codeText.StartsWith('~')) { before = false; code = codeText[1..]; }
            else if (codeText.EndsWith('~')) { before = true; code = codeText[..^1]; }
            else { problems.Add(new(path, lineNo, $"agent code '[{codeText}]' has no '~'")); continue; }
            if (code.Length == 0 || !code.All(char.IsAsciiLetterUpper)) { problems.Add(new(path, lineNo, $"agent code '[{codeText}]' is not upper-case letters")); continue; }
            var head = body[..open].Trim();
            ImmutableArray<string>? plurals = null;
            int brace = head.IndexOf('{');
            if (brace >= 0)
            {
                int endBrace = head.IndexOf('}', brace);
                if (endBrace < 0) { problems.Add(new(path, lineNo, $"unclosed '{{' in '{body}'")); continue; }
                plurals = [.. head[(brace + 1)..endBrace].Split(' ', StringSplitOptions.RemoveEmptyEntries)];
                head = head[..brace].Trim();
            }
            if (head.Length == 0) { problems.Add(new(path, lineNo, $"agent line '{body}' has no phrase")); continue; }
            var expanded = Expand(head, sets, path, lineNo, problems);
            if (expanded == null) continue;
            foreach (var phrase in expanded)
            {
                // a substituted phrase gets no further plural (PETRARCH: "no additional plural formation")
                var pl = plurals ?? (expanded.Count > 1 || head.Contains('!') ? [] : [RegularPlural(phrase)]);
                agents.Add(new PetrarchAgent(phrase, pl, code, before, lineNo));
            }
        }
        return (agents.ToImmutable(), problems.ToImmutable());
    }

    private static List<string>? Expand(string head, Dictionary<string, string[]> sets, string path, int line, ImmutableArray<ImportProblem>.Builder problems)
    {
        int a = head.IndexOf('!');
        if (a < 0) return [head];
        int b = head.IndexOf('!', a + 1);
        if (b < 0) { problems.Add(new(path, line, $"unclosed substitution marker in '{head}'")); return null; }
        var marker = head[a..(b + 1)];
        if (!sets.TryGetValue(marker, out var items)) { problems.Add(new(path, line, $"substitution set {marker} is not defined before use")); return null; }
        var result = new List<string>();
        foreach (var item in items)
        {
            var sub = Expand(head[..a] + item + head[(b + 1)..], sets, path, line, problems);
            if (sub == null) return null;
            result.AddRange(sub);
        }
        return result;
    }

    /// <summary>PETRARCH's regular plural: +S, SS→ES, consonant+Y→IES.</summary>
    public static string RegularPlural(string phrase)
    {
        var p = phrase.TrimEnd('_');
        if (p.EndsWith("SS", StringComparison.OrdinalIgnoreCase)) return p + "ES";
        // consonant + Y → IES (PETRARCH also turns "ATTORNEY" into "ATTORNIES"; a vowel before Y keeps +S)
        if ((p.EndsWith('Y') || p.EndsWith('y')) && p.Length > 1 && !"AEIOUaeiou".Contains(p[^2])) return p[..^1] + "IES";
        return p + "S";
    }
}
