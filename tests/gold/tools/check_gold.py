#!/usr/bin/env python3
"""Mechanical checks for Entente gold files (tests/gold/{dev,holdout}/*.gold).

Usage: python3 tests/gold/tools/check_gold.py [--pipes] [DIR ...]
  --pipes  first rewrite ' | '-separated event lines into TAB-separated ones (authoring aid).
Prints errors as file:line and summary counts; exits 1 on any error.
"""
import re, sys, datetime, collections, pathlib

ROOT = pathlib.Path(__file__).resolve().parents[3]
# Organisation, party and armed-group codes: the first column of data/actors/organizations.tsv.
ORGS = {l.split("\t", 1)[0] for l in (ROOT / "data/actors/organizations.tsv").read_text(encoding="utf-8").splitlines()
        if l and not l.startswith("#")} - {"code"}
# CAMEO agent codes allowed after a slash (CCC/AGT, /AGT): the codes listed in data/actors/agents.tsv's header and
# data/actors/README.md (PetrarchCodeMapper.Roles in the C# code holds the same list).
AGENTS = set("GOV MIL LEG JUD SPY COP MED BUS OPP REB UAF CVL REF EDU HLH HRI LAB ELI REL NGO AGR DEV ENV".split())
STATUSES = {"reported", "confirmed", "denied", "planned", "assessed", "hypothetical"}
# States (ISO3 -> name) of data/actors/states.tsv, for the location field's country and a country's name.
STATES = {f[0]: f[1] for f in (l.split("\t") for l in (ROOT / "data/actors/states.tsv").read_text(encoding="utf-8").splitlines()
          if l and not l.startswith("#")) if f[0] != "code"}
PLACE_KINDS = {"city", "admin1", "country", "sea"}
# Documented normalisations of place names (tests/gold/README.md, "Locations"): name -> forms the text may use instead.
PLACE_FORMS = {}
for _l in (pathlib.Path(__file__).with_name("place-names.tsv")).read_text(encoding="utf-8").splitlines():
    if _l and not _l.startswith("#") and not _l.startswith("name\t"):
        _name, _forms = _l.split("\t")
        PLACE_FORMS[_name] = _forms.split("|")

def _codes():
    c = set()
    def add(*xs): c.update(xs)
    add(*"010 011 012 013 014 015 016 017 018 019".split())
    add(*"020 021 0211 0212 0213 0214 022 023 0231 0232 0233 0234 024 0241 0242 0243 0244 025 0251 0252 0253 0254 0255 0256 026 027 028".split())
    add(*"030 031 0311 0312 0313 0314 032 033 0331 0332 0333 0334 034 0341 0342 0343 0344 035 0351 0352 0353 0354 0355 0356 036 037 038 039".split())
    add(*"040 041 042 043 044 045 046 050 051 052 053 054 055 056 057 060 061 062 063 064 070 071 072 073 074 075".split())
    add(*"080 081 0811 0812 0813 0814 082 083 0831 0832 0833 0834 084 0841 0842 085 086 0861 0862 0863 087 0871 0872 0873 0874".split())
    add(*"090 091 092 093 094 100 101 1011 1012 1013 1014 102 103 1031 1032 1033 1034 104 1041 1042 1043 1044 105 1051 1052 1053 1054 1055 1056 106 107 108".split())
    add(*"110 111 112 1121 1122 1123 1124 1125 113 114 115 116".split())
    add(*"120 121 1211 1212 122 1221 1222 1223 1224 123 1231 1232 1233 1234 124 1241 1242 1243 1244 1245 1246 125 126 127 128 129".split())
    add(*"130 131 1311 1312 1313 132 1321 1322 1323 1324 133 134 135 136 137 138 1381 1382 1383 1384 1385 139".split())
    add(*"140 141 1411 1412 1413 1414 142 1421 1422 1423 1424 143 1431 1432 1433 1434 144 1441 1442 1443 1444 145 1451 1452 1453 1454".split())
    add(*"150 151 152 153 154 155 160 161 162 1621 1622 1623 163 164 165 166 1661 1662 1663".split())
    add(*"170 171 1711 1712 172 1721 1722 1723 1724 173 174 175 176 180 181 182 1821 1822 1823 183 1831 1832 1833 1834 184 185 186".split())
    add(*"190 191 192 193 194 195 1951 1952 196 200 201 202 203 204 2041 2042".split())
    return c
CODES = _codes()
SENT = re.compile(r'(?<=[.!?])\s+(?=["“(]?[A-Z0-9])|(?<=[.!?]["”)])\s+(?=["“(]?[A-Z0-9])|\n\s*\n|\n(?=- )')
ABBR = re.compile(r'\b(?:U\.S|U\.N|U\.K|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Mr|Ms|Dr|Gen|No|St)\.')

def split_sentences(text):
    masked = ABBR.sub(lambda m: m.group(0)[:-1] + "\x00", text)
    masked = re.sub(r'\b([A-Z])\.(?=[A-Z]\.)', lambda m: m.group(1) + "\x00", masked)
    out, start = [], 0
    for m in SENT.finditer(masked):
        out.append(text[start:m.start()]); start = m.end()
    out.append(text[start:])
    # headings such as "Executive Summary:" are not sentences
    return [s for s in out if s.strip() and not (s.strip().endswith(":") and len(s.split()) <= 3)]

def actor_error(a, role):
    """None if a is a valid gold actor: CCC, CCC/AGT, /AGT, ? or (target only) -."""
    if a == "-":
        return None if role == "target" else "source '-' is not allowed (hint: '-' marks a missing target; an actor in no dictionary is '?')"
    if a == "?": return None
    code, _, agent = a.partition("/")
    if code and not (code in ORGS or re.fullmatch(r"[A-Z]{3}", code)): return f"bad {role} actor {a!r} (hint: ISO3 or one of the organisation codes)"
    if "/" in a and agent not in AGENTS:
        return f"bad {role} actor {a!r}: unknown agent code {agent!r} (hint: one of {' '.join(sorted(AGENTS))}; police are COP, rebels REB, unions LAB, courts JUD)"
    if not code and "/" not in a: return f"empty {role} actor"
    return None

def actor_kind(a):
    if a in ("-", "?"): return {"-": "none", "?": "unknown"}[a]
    if a.startswith("/"): return "agent_only"
    return "with_agent" if "/" in a else "plain"

def mentions(text, form):
    """Whether form occurs in text as whole words (as written, or upper-case as in a dateline)."""
    return any(re.search(r"(?<![\w-])" + re.escape(f) + r"(?![\w])", text) for f in (form, form.upper()))

def location_error(loc, text):
    """None if loc is a valid location field: '-' or Name|kind|CCC whose name the text gives (see README)."""
    if loc == "-": return None
    f = loc.split("|")
    if len(f) != 3: return f"location {loc!r} is not Name|kind|CCC (hint: 'Kharkiv|admin1|UKR', 'Red Sea|sea|-' or '-')"
    name, kind, cc = f
    if kind not in PLACE_KINDS: return f"location {loc!r}: kind {kind!r} is unknown (hint: one of {' '.join(sorted(PLACE_KINDS))})"
    if cc != "-" and cc not in STATES: return f"location {loc!r}: country {cc!r} is not a state of data/actors/states.tsv"
    if kind == "sea" and cc != "-": return f"location {loc!r}: a sea takes '-' as country"
    if cc == "-" and kind in ("city", "country"): return f"location {loc!r}: a {kind} needs its state's ISO3 code"
    if kind == "country":
        return None if name == STATES[cc] else f"location {loc!r}: a country is named as in states.tsv ({STATES[cc]!r})"
    if not any(mentions(text, form) for form in [name] + PLACE_FORMS.get(name, [])):
        return f"location {loc!r}: the text never names {name!r} (hint: use the text's name or add a normalisation to tools/place-names.tsv)"
    return None

def parse_date(s):
    return datetime.date.fromisoformat(s)

def check(path, stats, errors):
    lines = path.read_text(encoding="utf-8").split("\n")
    def err(i, msg): errors.append(f"{path}:{i+1}: {msg}")
    if lines[0] != "---": err(0, "missing front matter"); return
    end = lines.index("---", 1)
    meta = dict(l.split(": ", 1) for l in lines[1:end] if ": " in l)
    for k in ("id", "title", "published", "outlet"):
        if k not in meta: err(0, f"front matter lacks {k}")
    pub = parse_date(meta["published"])
    try: ev_at = lines.index("=== events")
    except ValueError: err(0, "missing '=== events'"); return
    text = "\n".join(lines[end+1:ev_at]).strip("\n")
    sents = split_sentences(text)
    evid_spans = []
    for i in range(ev_at+1, len(lines)):
        l = lines[i]
        if not l.strip() or l.startswith("#"): continue
        f = l.split("\t")
        if len(f) not in (6, 7): err(i, f"expected 6 or 7 TAB fields, got {len(f)}"); continue
        src, tgt, code, date, status, ev = f[:6]
        if len(f) == 7:
            e = location_error(f[6], text)
            if e: err(i, e)
            stats["located" if f[6] != "-" else "no_place"] += 1
            if f[6] != "-" and not e: stats["kind"][f[6].split("|")[1]] += 1
        else: stats["no_location_field"] += 1
        for role, a in (("source", src), ("target", tgt)):
            e = actor_error(a, role)
            if e: err(i, e)
            stats["actor_" + actor_kind(a)] += 1
        if tgt == "-": stats["one_actor"] += 1
        if code not in CODES: err(i, f"unknown CAMEO code {code!r}")
        if status not in STATUSES: err(i, f"bad status {status!r}")
        if date != "-":
            try:
                parts = [parse_date(x) for x in date.split("..")]
                if len(parts) > 2 or (len(parts) == 2 and parts[0] > parts[1]): err(i, f"bad range {date}")
                if status not in ("planned", "hypothetical") and parts[0] > pub: err(i, f"past-status event dated after published {date}")
            except ValueError: err(i, f"bad date {date!r}")
        n = text.count(ev)
        if n != 1: err(i, f"evidence occurs {n} times: {ev!r}")
        if len(ev.split()) < 3: err(i, f"evidence shorter than 3 words: {ev!r}")
        pos = text.find(ev)
        evid_spans.append(pos)
        stats["events"] += 1
        stats["root"][code[:2]] += 1
        stats["status"][status] += 1
    # sentences with no event evidence
    off = 0; neg = 0
    for s in sents:
        p = text.find(s, off); off = p + len(s)
        if not any(p <= e < p + len(s) for e in evid_spans): neg += 1
    stats["docs"] += 1; stats["sentences"] += len(sents); stats["no_event_sentences"] += neg
    if not (6 <= len(sents) <= 14): errors.append(f"{path}:1: warning: {len(sents)} sentences")
    stats["negated_notes"] += sum(1 for l in lines[ev_at+1:] if l.startswith("#") and "negat" in l.lower())

def pipes(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    if "=== events" not in lines: return
    k = lines.index("=== events")
    out = lines[:k+1] + [l if l.startswith("#") else "\t".join(x.strip() for x in l.split(" | ")) if " | " in l else l for l in lines[k+1:]]
    path.write_text("\n".join(out), encoding="utf-8")

def main(argv):
    fix = "--pipes" in argv
    dirs = [a for a in argv if not a.startswith("--")] or ["tests/gold/dev", "tests/gold/holdout"]
    errors = []
    for d in dirs:
        stats = collections.defaultdict(int); stats["root"] = collections.Counter(); stats["status"] = collections.Counter()
        stats["kind"] = collections.Counter()
        for p in sorted(pathlib.Path(d).glob("*.gold")):
            if fix: pipes(p)
            check(p, stats, errors)
        print(f"== {d}: docs={stats['docs']} sentences={stats['sentences']} events={stats['events']} "
              f"sentences_without_event={stats['no_event_sentences']} negated_notes={stats['negated_notes']}")
        print("   roots:", " ".join(f"{r}:{stats['root'][r]}" for r in (f"{i:02d}" for i in range(1, 21))))
        print("   status:", dict(stats["status"]))
        print("   actors:", " ".join(f"{k}:{stats['actor_' + k]}" for k in ("plain", "with_agent", "agent_only", "unknown", "none")),
              f"one_actor_events:{stats['one_actor']}")
        print(f"   locations: located_events:{stats['located']} no_place:{stats['no_place']} no_location_field:{stats['no_location_field']}",
              "kinds:", dict(stats["kind"]))
        low = [f"{i:02d}" for i in range(1, 21) if stats["root"][f"{i:02d}"] < 3]
        if low and d.endswith("dev"): errors.append(f"{d}: roots with <3 events: {low}")
    for e in errors: print(e)
    return 1 if any("warning" not in e for e in errors) else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
