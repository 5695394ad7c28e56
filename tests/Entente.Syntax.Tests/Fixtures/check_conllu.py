#!/usr/bin/env python3
"""Mechanical checks for the syntax fixtures in this folder (standard library only).

    python3 tests/Entente.Syntax.Tests/Fixtures/check_conllu.py [FILE ...]

With no arguments it checks mini-train.conllu, mini-dev.conllu and news-arcs.tsv next to this script.
Prints one line per problem as file:line: message, then the counts, and exits 1 if any error was found.

CoNLL-U (.conllu):
  - 10 tab-separated columns; every sentence has '# sent_id' (unique across files) and '# text';
    a blank line ends every sentence, including the last one
  - word ids run 1..n; a multiword token line 'a-b' (a < b) is followed by words a..b and has '_' in
    columns 3-9; MISC of its words is '_' (SpaceAfter goes on the range line)
  - HEAD is an integer in 0..n, never the word itself; exactly one word has HEAD 0 and it is 'root';
    following heads from any word reaches 0 (no cycles)
  - UPOS is one of the 17 UD tags; DEPREL is in ALLOWED_DEPRELS (the relations UD English EWT uses)
  - FEATS is '_' or sorted Name=Value pairs; DEPS is '_'; MISC is '_' or 'SpaceAfter=No'
  - forms joined with a space except after SpaceAfter=No reproduce '# text' exactly
  - sentence length 5..30 words; UD's structural rules: function words (aux, cop, mark, case, det,
    cc, ...) have no dependents other than fixed, goeswith, punct or conj; flat, fixed, conj, appos,
    goeswith and compound:prt point from right to left (head first); PUNCT is punct and punct is PUNCT;
    nsubj:pass and aux:pass go with a passive head; obl:agent has a 'by' case
  - non-projective arcs are reported as warnings (they are legal UD, but none are expected here)

news-arcs.tsv:
  - first line '# format: sentence<TAB>dependent<TAB>relation<TAB>head'; then 4 columns a line
  - each sentence has 2..4 arcs; the relation is in ALLOWED_DEPRELS
  - dependent and head are words of the sentence (split as EWT splits: punctuation apart, possessive
    's and n't apart, 'U.S.' kept whole); 'word#2' names the second occurrence, a bare word the first
  - dependent and head are different occurrences, and no (dependent, head) pair is listed twice

Across files: no sentence text occurs twice.
"""
import os
import re
import sys
import unicodedata

UPOS = {'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN',
        'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'}

# Relations of recent UD English EWT releases (obl:unmarked/nmod:unmarked replace obl:tmod, obl:npmod,
# nmod:tmod, nmod:npmod; nmod:desc marks a title before a name). The older subtypes are accepted too,
# so that fixtures written for an older release still pass.
ALLOWED_DEPRELS = {
    'acl', 'acl:relcl', 'advcl', 'advcl:relcl', 'advmod', 'amod', 'appos', 'aux', 'aux:pass', 'case',
    'cc', 'cc:preconj', 'ccomp', 'compound', 'compound:prt', 'conj', 'cop', 'csubj', 'csubj:outer',
    'csubj:pass', 'dep', 'det', 'det:predet', 'discourse', 'dislocated', 'expl', 'fixed', 'flat',
    'goeswith', 'iobj', 'list', 'mark', 'nmod', 'nmod:desc', 'nmod:poss', 'nmod:unmarked', 'nsubj',
    'nsubj:outer', 'nsubj:pass', 'nummod', 'obj', 'obl', 'obl:agent', 'obl:unmarked', 'orphan',
    'parataxis', 'punct', 'reparandum', 'root', 'vocative', 'xcomp',
    # older EWT releases
    'obl:tmod', 'obl:npmod', 'nmod:tmod', 'nmod:npmod', 'det:poss', 'flat:foreign',
}
FUNCTION_RELS = {'aux', 'aux:pass', 'cop', 'mark', 'case', 'det', 'cc', 'cc:preconj', 'fixed',
                 'det:predet', 'compound:prt'}
FUNCTION_CHILD_OK = {'fixed', 'goeswith', 'punct', 'conj', 'cc'}
LEFT_HEADED = {'flat', 'fixed', 'conj', 'appos', 'goeswith', 'compound:prt'}
MIN_WORDS, MAX_WORDS = 5, 30
ARC_HEADER = '# format: sentence\tdependent\trelation\thead'

errors = 0
warnings = 0


def err(path, line, msg):
    global errors
    errors += 1
    print(f'{path}:{line}: {msg}')


def warn(path, line, msg):
    global warnings
    warnings += 1
    print(f'{path}:{line}: warning: {msg}')


def read_blocks(path):
    """Yield (first_line_number, [(line_number, text)]) for each blank-line separated block."""
    with open(path, encoding='utf-8', newline='') as f:
        data = f.read()
    if '\r' in data:
        err(path, 1, 'carriage return found; use LF line ends')
    if not data.endswith('\n\n'):
        err(path, data.count('\n') + 1, 'file must end with a blank line after the last sentence')
    block = []
    for n, line in enumerate(data.split('\n'), 1):
        if line == '':
            if block:
                yield block
            block = []
        else:
            block.append((n, line))
    if block:
        yield block


def check_sentence(path, block, seen_ids, texts):
    comments = {}
    rows = []
    for n, line in block:
        if line.startswith('#'):
            m = re.match(r'# (sent_id|text) = (.*)$', line)
            if m:
                if m.group(1) in comments:
                    err(path, n, f'second "# {m.group(1)}" in one sentence')
                comments[m.group(1)] = (n, m.group(2))
            continue
        cols = line.split('\t')
        if len(cols) != 10:
            err(path, n, f'{len(cols)} columns, expected 10')
            return None
        rows.append((n, cols))
    first = block[0][0]
    if 'sent_id' not in comments:
        err(path, first, 'missing "# sent_id = ..."')
    else:
        sid = comments['sent_id'][1]
        if sid in seen_ids:
            err(path, comments['sent_id'][0], f'sent_id {sid} used twice (also {seen_ids[sid]})')
        seen_ids[sid] = f'{path}:{comments["sent_id"][0]}'
    if 'text' not in comments:
        err(path, first, 'missing "# text = ..."')
        return None
    text_line, text = comments['text']
    if not rows:
        err(path, first, 'sentence has no words')
        return None

    words = []          # (line, cols)
    surface = []        # (form, space_after)
    expect = 1
    i = 0
    while i < len(rows):
        n, c = rows[i]
        if re.fullmatch(r'\d+-\d+', c[0]):
            a, b = map(int, c[0].split('-'))
            if a != expect or b <= a:
                err(path, n, f'range {c[0]} does not start at the next word id {expect} or is empty')
                return None
            if any(x != '_' for x in c[2:9]):
                err(path, n, f'range line {c[0]} must have "_" in columns 3-9')
            parts = rows[i + 1:i + 1 + (b - a + 1)]
            ids = [p[1][0] for p in parts]
            if ids != [str(k) for k in range(a, b + 1)]:
                err(path, n, f'range {c[0]} is not followed by words {a}..{b} (found {ids})')
                return None
            for pn, pc in parts:
                if pc[9] != '_':
                    err(path, pn, 'a word inside a multiword token has MISC "_" (SpaceAfter goes on the range line)')
            joined = ''.join(pc[1] for _, pc in parts)
            if joined != c[1]:
                err(path, n, f'words {joined!r} do not spell the token {c[1]!r}')
            surface.append((c[1], c[9], n))
            words.extend(parts)
            expect = b + 1
            i += 1 + (b - a + 1)
            continue
        if '.' in c[0]:
            err(path, n, 'empty nodes are not used in these fixtures')
            return None
        if c[0] != str(expect):
            err(path, n, f'word id {c[0]}, expected {expect}')
            return None
        words.append((n, c))
        surface.append((c[1], c[9], n))
        expect += 1
        i += 1

    nwords = len(words)
    if not MIN_WORDS <= nwords <= MAX_WORDS:
        err(path, text_line, f'{nwords} words; sentences here have {MIN_WORDS}..{MAX_WORDS}')

    # text reconstruction
    rebuilt = ''
    for form, misc, n in surface:
        if misc not in ('_', 'SpaceAfter=No'):
            err(path, n, f'MISC {misc!r}: only "_" or "SpaceAfter=No" is used here')
        rebuilt += form + ('' if misc == 'SpaceAfter=No' else ' ')
    rebuilt = rebuilt.rstrip(' ')
    if rebuilt != text:
        err(path, text_line, f'forms give {rebuilt!r}, # text is {text!r}')
    if surface and surface[-1][1] == 'SpaceAfter=No':
        warn(path, surface[-1][2], 'SpaceAfter=No on the last token of the sentence')
    if text != text.strip() or '  ' in text:
        err(path, text_line, '# text has leading, trailing or double spaces')
    if texts is not None:
        if text in texts:
            err(path, text_line, f'sentence also at {texts[text]}')
        texts[text] = f'{path}:{text_line}'

    heads = {}
    info = {}
    for n, c in words:
        wid = int(c[0])
        form, lemma, upos, xpos, feats, head, deprel, deps, misc = c[1:10]
        info[wid] = (n, form, lemma, upos, xpos, feats, deprel)
        if not form or not lemma or ' ' in form:
            err(path, n, 'empty FORM/LEMMA or a space inside FORM')
        if upos not in UPOS:
            err(path, n, f'UPOS {upos!r} is not a UD tag')
        if xpos in ('', '_'):
            err(path, n, 'XPOS is empty; these fixtures give the PTB tag as EWT does')
        if feats != '_':
            pairs = feats.split('|')
            if any(not re.fullmatch(r'[A-Z][A-Za-z0-9]*(\[[a-z0-9]+\])?=[A-Z0-9][A-Za-z0-9]*(,[A-Z0-9][A-Za-z0-9]*)*', p) for p in pairs):
                err(path, n, f'FEATS {feats!r} is not Name=Value|...')
            names = [p.split('=')[0] for p in pairs]
            if names != sorted(names, key=str.lower) or len(set(names)) != len(names):
                err(path, n, f'FEATS {feats!r} not sorted by name or a name repeats')
        if deps != '_':
            err(path, n, 'DEPS is "_" in these fixtures')
        if deprel not in ALLOWED_DEPRELS:
            err(path, n, f'DEPREL {deprel!r} is not in the allowed list')
        if not re.fullmatch(r'\d+', head):
            err(path, n, f'HEAD {head!r} is not a number')
            return None
        h = int(head)
        if h > nwords:
            err(path, n, f'HEAD {h} is past the last word {nwords}')
            return None
        if h == wid:
            err(path, n, 'word is its own head')
            return None
        heads[wid] = h
        if (h == 0) != (deprel == 'root'):
            err(path, n, 'HEAD 0 goes with DEPREL root and only with it')
        if (upos == 'PUNCT') != (deprel == 'punct'):
            err(path, n, f'UPOS {upos} with DEPREL {deprel}: PUNCT is punct and punct is PUNCT')

    roots = [w for w, h in heads.items() if h == 0]
    if len(roots) != 1:
        err(path, text_line, f'{len(roots)} roots, expected exactly 1')
        return None
    for w in heads:
        seen = set()
        x = w
        while x != 0:
            if x in seen:
                err(path, info[w][0], f'cycle through word {w}')
                return None
            seen.add(x)
            x = heads[x]

    children = {w: [] for w in heads}
    for w, h in heads.items():
        if h:
            children[h].append(w)
    for w, (n, form, lemma, upos, xpos, feats, deprel) in info.items():
        h = heads[w]
        if deprel in FUNCTION_RELS:
            bad = [c for c in children[w] if info[c][6] not in FUNCTION_CHILD_OK]
            if bad:
                err(path, n, f'{form!r} ({deprel}) has dependents {[(info[c][1], info[c][6]) for c in bad]}')
        if deprel in LEFT_HEADED and h > w:
            err(path, n, f'{deprel} must point to a head on its left ({form!r} -> {info[h][1]!r})')
        if deprel == 'aux:pass' and info[h][4] not in ('VBN', 'VBD') and info[h][3] != 'VERB':
            err(path, n, f'aux:pass on {info[h][1]!r}, which is not a passive participle')
        if deprel == 'nsubj:pass' and not (info[h][4] == 'VBN' or any(info[c][6] == 'aux:pass' for c in children[h])):
            err(path, n, f'nsubj:pass of {info[h][1]!r}, which has no aux:pass and is not VBN')
        if deprel == 'obl:agent' and not any(info[c][2].lower() == 'by' and info[c][6] == 'case' for c in children[w]):
            err(path, n, f'obl:agent {form!r} has no "by" case dependent')
        if deprel == 'cop' and info[h][3] in ('VERB', 'AUX'):
            err(path, n, f'copula attached to a {info[h][3]} ({info[h][1]!r}); the predicate is the head')
        if upos == 'PART' and xpos == 'POS' and deprel != 'case':
            err(path, n, "possessive 's is case of the possessor")
        if lemma == 'not' and deprel not in ('advmod', 'fixed', 'cc'):
            err(path, n, f'negation {form!r} is advmod, not {deprel}')
    # projectivity (warning)
    for w, h in heads.items():
        if h == 0:
            continue
        lo, hi = min(w, h), max(w, h)
        for k in range(lo + 1, hi):
            x = k
            while x not in (0, h):
                x = heads[x]
            if x == 0:
                warn(path, info[w][0], f'non-projective arc {info[w][1]!r} -> {info[h][1]!r}')
                break
    return nwords


def check_conllu(path, seen_ids, texts):
    nsent = nwords = 0
    for block in read_blocks(path):
        r = check_sentence(path, block, seen_ids, texts)
        nsent += 1
        nwords += r or 0
    print(f'{path}: {nsent} sentences, {nwords} words')
    return nsent


def tokenize(sentence):
    """Split roughly as EWT does: punctuation and hyphens apart, possessive 's and n't apart."""
    out = []
    for chunk in sentence.split():
        m = re.fullmatch(r"(.*\w)(n't)(\W*)", chunk)
        pieces = [m.group(1), m.group(2), m.group(3)] if m else [chunk]
        for p in pieces:
            if not p:
                continue
            pos = 0
            while pos < len(p):
                if p.startswith('U.S.', pos):
                    out.append('U.S.')
                    pos += 4
                    continue
                if p.startswith("'s", pos) and pos > 0:
                    out.append("'s")
                    pos += 2
                    continue
                if p[pos].isalnum():
                    j = pos
                    while j < len(p) and (p[j].isalnum() or unicodedata.category(p[j]).startswith('M')
                                          or (p[j] in '.,' and j + 1 < len(p) and p[j + 1].isdigit() and p[j - 1].isdigit())):
                        j += 1
                    out.append(p[pos:j])
                    pos = j
                    continue
                out.append(p[pos])
                pos += 1
    return out


def check_arcs(path, texts):
    with open(path, encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    if not lines or lines[0] != ARC_HEADER:
        err(path, 1, f'first line must be {ARC_HEADER!r}')
    arcs = {}
    order = []
    for n, line in enumerate(lines[1:], 2):
        if line.startswith('#') or not line.strip():
            continue
        cols = line.split('\t')
        if len(cols) != 4 or any(not c.strip() or c != c.strip() for c in cols):
            err(path, n, f'expected 4 non-empty tab-separated columns without padding, got {len(cols)}')
            continue
        sent, dep, rel, head = cols
        if sent not in arcs:
            arcs[sent] = []
            order.append((sent, n))
        arcs[sent].append((n, dep, rel, head))
    narcs = 0
    for sent, first in order:
        items = arcs[sent]
        narcs += len(items)
        if not 2 <= len(items) <= 4:
            err(path, first, f'{len(items)} arcs for this sentence, expected 2..4')
        if texts is not None:
            if sent in texts:
                err(path, first, f'sentence also at {texts[sent]}')
            texts[sent] = f'{path}:{first}'
        toks = tokenize(sent)
        pairs = set()
        for n, dep, rel, head in items:
            if rel not in ALLOWED_DEPRELS or rel in ('root', 'punct'):
                err(path, n, f'relation {rel!r} is not an allowed dependency relation here')
            found = []
            for word in (dep, head):
                m = re.fullmatch(r'(.+?)(?:#(\d+))?', word)
                w, k = m.group(1), int(m.group(2) or 1)
                occ = [i for i, t in enumerate(toks) if t == w]
                if len(occ) < k:
                    err(path, n, f'{word!r} is not in the sentence ({len(occ)} occurrence(s) of {w!r}; tokens: {toks})')
                    found.append(None)
                else:
                    found.append(occ[k - 1])
            if None not in found:
                if found[0] == found[1]:
                    err(path, n, 'dependent and head are the same word')
                if (found[0], found[1]) in pairs:
                    err(path, n, f'arc {dep} -> {head} listed twice')
                pairs.add((found[0], found[1]))
    print(f'{path}: {len(order)} sentences, {narcs} arcs')
    return len(order)


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    files = argv[1:] or [os.path.join(here, f) for f in ('mini-train.conllu', 'mini-dev.conllu', 'news-arcs.tsv')]
    seen_ids = {}
    texts = {}
    for path in files:
        if not os.path.exists(path):
            err(path, 0, 'file not found')
            continue
        if path.endswith('.conllu'):
            check_conllu(path, seen_ids, texts)
        elif path.endswith('.tsv'):
            check_arcs(path, texts)
        else:
            err(path, 0, 'unknown kind of file (expected .conllu or .tsv)')
    print(f'{errors} error(s), {warnings} warning(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
