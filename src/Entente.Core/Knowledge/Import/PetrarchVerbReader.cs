using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Entente.Core.Knowledge.Import;

/// <summary>
/// Reads the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt): synonym sets (<c>&amp;LABEL</c> and <c>+member</c> lines),
/// verb blocks (<c>--- NAME [CODE] ---</c>), their verbs (<c>WORD {forms} [code]</c>, <c>+ASK_FOR</c>, <c>WIRE_+TAP</c>) and
/// patterns (<c>- PRE * POST [CODE] # verb</c>), and counts the <c>~</c> transformations. It only reads: what the patterns
/// mean is <see cref="PetrarchVerbConverter"/>'s job. A line it cannot read becomes a file:line problem; the rest is read.
/// </summary>
public static partial class PetrarchVerbReader
{
    // "---  DELAY   [120]---  ---" (a stray "---" after the code) occurs in the file and reads as meant
    [GeneratedRegex(@"^---\s+(\S+)\s+\[([^\]]*)\]\s*(---\s*)+$")]
    private static partial Regex BlockHeader();

    [GeneratedRegex(@"^(---|[0-9]{2,4}|[0-9]{0,4}:[0-9]{0,4}|---:[0-9]{2,4}|[0-9]{2,4}:---)$")]
    private static partial Regex CodeShape();

    public static (PetrarchVerbDictionary Dictionary, ImmutableArray<ImportProblem> Problems) Read(TextReader reader, string path)
    {
        var problems = ImmutableArray.CreateBuilder<ImportProblem>();
        var synsets = new Dictionary<string, PetrarchSynset>(StringComparer.Ordinal);
        var blocks = ImmutableArray.CreateBuilder<PetrarchVerbBlock>();
        (string Name, int Line, List<string> Members)? synset = null;
        (string Name, string Code, int Line, ImmutableArray<PetrarchVerb>.Builder Verbs, ImmutableArray<PetrarchPattern>.Builder Patterns)? block = null;
        int transformations = 0, lineNo = 0;
        bool skipping = false; // after an unreadable block header: its lines are not read (one problem, not one per line)
        string? raw;

        void CloseSynset()
        {
            if (synset is not { } s) return;
            var name = s.Name[1..].TrimEnd('_');
            if (s.Members.Count == 0) problems.Add(new(path, s.Line, $"synonym set '{s.Name}' has no '+' members"));
            else if (!synsets.TryAdd(name, new PetrarchSynset(name, [.. s.Members], s.Name.EndsWith('_'), s.Line)))
                problems.Add(new(path, s.Line, $"synonym set '{s.Name}' is defined twice; the first definition is kept"));
            synset = null;
        }
        void CloseBlock()
        {
            if (block is not { } b) return;
            blocks.Add(new PetrarchVerbBlock(b.Name, b.Code, b.Line, b.Verbs.ToImmutable(), b.Patterns.ToImmutable()));
            block = null;
        }

        while ((raw = reader.ReadLine()) != null)
        {
            lineNo++;
            var line = raw.TrimEnd();
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed.StartsWith("<!", StringComparison.Ordinal)) continue;
            if (trimmed.StartsWith("---", StringComparison.Ordinal))
            {
                CloseSynset(); CloseBlock();
                var m = BlockHeader().Match(StripComment(trimmed).Trim());
                skipping = !m.Success;
                if (!m.Success) { problems.Add(new(path, lineNo, $"verb block header '{trimmed}' is not '--- NAME [CODE] ---'; its verbs and patterns are not read")); continue; }
                var code = m.Groups[2].Value.Trim();
                if (!CodeShape().IsMatch(code)) problems.Add(new(path, lineNo, $"block code '[{code}]' is not a CAMEO code; the block's verbs code nothing"));
                block = (m.Groups[1].Value, CodeShape().IsMatch(code) ? code : "---", lineNo, ImmutableArray.CreateBuilder<PetrarchVerb>(), ImmutableArray.CreateBuilder<PetrarchPattern>());
                continue;
            }
            if (trimmed[0] == '~') { transformations++; continue; }
            if (skipping) continue;
            if (trimmed[0] == '&')
            {
                CloseSynset();
                if (block != null) { problems.Add(new(path, lineNo, $"synonym set '{trimmed}' is defined inside a verb block; it is not read")); continue; }
                var label = StripComment(trimmed).Trim();
                if (label.Length < 2 || label.Contains(' ')) { problems.Add(new(path, lineNo, $"synonym set label '{label}' is not one word after '&'")); continue; }
                synset = (label, lineNo, []);
                continue;
            }
            if (block == null)
            {
                if (trimmed[0] == '+' && synset is { } s)
                {
                    var member = StripComment(trimmed[1..]).Trim();
                    if (member.Length == 0 || member.Contains('&')) problems.Add(new(path, lineNo, $"synonym set member '{trimmed}' is empty or names another set"));
                    else s.Members.Add(member);
                    continue;
                }
                problems.Add(new(path, lineNo, $"'{trimmed}' is outside any verb block or synonym set; it is not read"));
                continue;
            }
            if (trimmed[0] == '-')
            {
                var pattern = ReadPattern(trimmed, lineNo, out var error);
                if (pattern == null) problems.Add(new(path, lineNo, error!));
                else block.Value.Patterns.Add(pattern);
                continue;
            }
            var verb = ReadVerb(trimmed, lineNo, out var verbError);
            if (verb == null) problems.Add(new(path, lineNo, verbError!));
            else block.Value.Verbs.Add(verb);
        }
        CloseSynset(); CloseBlock();
        return (new PetrarchVerbDictionary(synsets, blocks.ToImmutable(), transformations), problems.ToImmutable());
    }

    private static string StripComment(string s)
    {
        int hash = s.IndexOf('#');
        return hash >= 0 ? s[..hash] : s;
    }

    /// <summary><c>WORD {FORMS} [CODE]</c>, <c>+ASK_FOR {+ASKED_FOR …} [020]</c>, <c>WIRE_+TAP</c>.</summary>
    private static PetrarchVerb? ReadVerb(string line, int lineNo, out string? error)
    {
        error = null;
        var body = StripComment(line);
        int semicolon = body.IndexOf(';'); // TABARI's comment mark, left on a few verb lines ("SCRAP ;shan 8/30/93")
        body = (semicolon >= 0 ? body[..semicolon] : body).Trim();
        string? code = null;
        int open = body.LastIndexOf('[');
        if (open >= 0)
        {
            int close = body.IndexOf(']', open);
            if (close < 0) { error = $"verb line '{body}': unclosed '['"; return null; }
            code = body[(open + 1)..close].Trim();
            if (!CodeShape().IsMatch(code)) { error = $"verb line '{body}': code '[{code}]' is not a CAMEO code"; return null; }
            body = (body[..open] + body[(close + 1)..]).Trim();
        }
        ImmutableArray<string> forms = [];
        bool hasForms = false;
        int brace = body.IndexOf('{');
        if (brace >= 0)
        {
            int end = body.IndexOf('}', brace);
            if (end < 0) { error = $"verb line '{body}': unclosed '{{'"; return null; }
            hasForms = true;
            forms = [.. body[(brace + 1)..end].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(f => f.ToLowerInvariant())];
            body = (body[..brace] + body[(end + 1)..]).Trim();
        }
        var parts = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 1) { error = parts.Length == 0 ? $"verb line '{line.Trim()}' has no verb" : $"verb line '{body}' has more than one phrase (join a multi-word verb with '_')"; return null; }
        var words = parts[0].Split('_', StringSplitOptions.RemoveEmptyEntries);
        int verbIndex = 0;
        if (words.Length > 1)
        {
            verbIndex = Array.FindIndex(words, w => w.StartsWith('+'));
            if (verbIndex < 0) { error = $"multi-word verb '{parts[0]}' has no '+' before its verb"; return null; }
        }
        var clean = words.Select(w => w.TrimStart('+').ToLowerInvariant()).ToImmutableArray();
        if (clean.Any(w => w.Length == 0 || w.Contains('+'))) { error = $"verb '{parts[0]}' is not words joined by '_'"; return null; }
        return new PetrarchVerb(clean, verbIndex, forms, hasForms, code, lineNo);
    }

    /// <summary><c>- PRE * POST [CODE] # comment</c>, with '(', ')', '{', '}' split off their words and checked for balance.</summary>
    private static PetrarchPattern? ReadPattern(string line, int lineNo, out string? error)
    {
        error = null;
        int hash = line.IndexOf('#');
        var comment = hash >= 0 ? line[(hash + 1)..] : "";
        var body = (hash >= 0 ? line[..hash] : line).Trim()[1..].Trim();
        var text = string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        int open = body.LastIndexOf('[');
        if (open < 0 || !body.EndsWith(']')) { error = $"pattern '{body}' does not end with a [CODE]"; return null; }
        var code = body[(open + 1)..^1].Trim();
        if (!CodeShape().IsMatch(code)) { error = $"pattern '{body}': code '[{code}]' is not a CAMEO code (e.g. [042], [042:043], [:173], [---])"; return null; }
        var words = body[..open];
        int star = words.IndexOf('*');
        if (star < 0 || words.IndexOf('*', star + 1) >= 0) { error = $"pattern '{body}' needs exactly one '*' where the verb stands"; return null; }
        var pre = Tokens(words[..star]);
        var post = Tokens(words[(star + 1)..]);
        var unbalanced = Unbalanced(pre) ?? Unbalanced(post);
        if (unbalanced != null) { error = $"pattern '{body}': {unbalanced}"; return null; }
        var commentWords = comment.Split([' ', ',', '\t', '<', '>', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 1 && w.All(c => char.IsAsciiLetterUpper(c) || c == '_')).ToImmutableArray();
        return new PetrarchPattern(text, pre, post, code, commentWords, lineNo);
    }

    private static ImmutableArray<string> Tokens(string s)
    {
        var b = ImmutableArray.CreateBuilder<string>();
        foreach (var chunk in s.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            int i = 0, j = chunk.Length;
            while (i < j && chunk[i] is '(' or '{') b.Add(chunk[i++].ToString());
            var tail = new Stack<string>();
            while (j > i && chunk[j - 1] is ')' or '}') tail.Push(chunk[--j].ToString());
            if (j > i) b.Add(chunk[i..j]);
            while (tail.Count > 0) b.Add(tail.Pop());
        }
        return b.ToImmutable();
    }

    /// <summary>Null when parentheses and braces pair up (no nesting of a kind, braces may sit inside parentheses); else why not.</summary>
    private static string? Unbalanced(ImmutableArray<string> tokens)
    {
        bool paren = false, brace = false;
        foreach (var t in tokens)
            switch (t)
            {
                case "(": if (paren || brace) return "'(' inside another phrase"; paren = true; break;
                case ")": if (!paren || brace) return "')' without its '('"; paren = false; break;
                case "{": if (brace) return "'{' inside another '{'"; brace = true; break;
                case "}": if (!brace) return "'}' without its '{'"; brace = false; break;
                default: if (t.IndexOfAny(['(', ')', '{', '}', '[', ']']) >= 0) return $"bracket inside the word '{t}'"; break;
            }
        return paren ? "unclosed '('" : brace ? "unclosed '{'" : null;
    }
}
