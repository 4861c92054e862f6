#!/usr/bin/env python3
"""conll.py: kg's general-news entity quality on CoNLL-2003 English (issue 10).

usage:
  tests/conll.py --conll FILE [--kg build/kg] [--limit N] [--jobs 2] [--show-misses]
                 [--include-sports] [--keep-dir DIR] [--json]

FILE is a CoNLL-2003 English file (eng.testa / eng.testb, or valid.txt / test.txt): one token a
line with its NER tag in the last column (IOB1, IOB2 or BIOES), blank lines between sentences,
-DOCSTART- lines between documents (a file that does not start with one still starts a
document). The data is Reuters text under licence: keep it outside the repository, never commit
it, and develop on the dev split (testa) only; see tests/README-conll.md.

What it does, per document:
  * sports documents are dropped: those whose title (first sentence) starts with a sports
    header, one or more sport names then "-" or ":" ("SOCCER - ...", "RUGBY UNION - ...",
    "Boxing-...", "NFL AMERICAN FOOTBALL-..."); --include-sports keeps them;
  * the tokens are detokenised into plain text: the first sentence is the title line, every
    other sentence its own paragraph (a dateline "LONDON 1996-08-30" stays the first of them);
  * kg builds the text into a fresh store (kg --db TMP build doc.txt) and exports node-link
    JSON (kg --db TMP export json -o out.json);
  * gold = the distinct PER, ORG and LOC entities of the document (MISC ignored): mentions with
    the same type and normalised string are one entity, and a one-token PER mention equal to
    the last word of a longer PER mention of the document is grouped with it (surname);
  * pred = kg's nodes of type person (PER), organisation or party (ORG) and place (LOC); event
    and any other type is ignored;
  * a node matches a gold entity when the types agree and its label or one of its aliases
    equals one of the entity's strings after normalisation (as shared/eval/kg-score: NFKC,
    casefold, apostrophes and full stops deleted, other punctuation to space except a dash
    between two letters or digits, spaces collapsed, one leading "the " dropped); entities
    and nodes are paired one-to-one (maximum matching); a node left unpaired although it
    matches some entity is a duplicate (an entity-resolution failure) and a false positive.
Precision, recall and F1 are micro-averaged over the documents, overall and per type; also
printed: the same without types (a node matching an entity of another type counts), to tell
typing errors from detection errors. A document kg fails on is scored as predicting nothing,
named on stderr, and makes the exit status 1 (2: bad arguments or unreadable file).
"""

import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

TYPES = ("PER", "ORG", "LOC")
KG_TYPES = {"person": "PER", "organisation": "ORG", "organization": "ORG", "party": "ORG",
            "place": "LOC"}

# --------------------------------------------------------------------------------------------
# reading CoNLL


class Doc(object):
    __slots__ = ("index", "sentences")

    def __init__(self, index):
        self.index = index
        self.sentences = []  # each a list of (token, tag)

    def title(self):
        return detok([t for t, _ in self.sentences[0]]) if self.sentences else ""


def read_conll(path):
    docs = []
    doc = Doc(0)
    sent = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if sent:
                    doc.sentences.append(sent)
                    sent = []
                continue
            if parts[0] == "-DOCSTART-":
                if sent:
                    doc.sentences.append(sent)
                    sent = []
                if doc.sentences:
                    docs.append(doc)
                doc = Doc(len(docs))
                continue
            tag = parts[-1] if len(parts) > 1 else "O"
            sent.append((parts[0], tag))
    if sent:
        doc.sentences.append(sent)
    if doc.sentences:
        docs.append(doc)
    return docs


def spans(sentence):
    """Entity spans of a tagged sentence as (type, [tokens]); IOB1, IOB2 and BIOES alike."""
    out = []
    cur = None  # (type, tokens)
    prev_end = True
    for tok, tag in sentence:
        if tag == "O" or "-" not in tag:
            cur = None
            prev_end = True
            continue
        pfx, typ = tag.split("-", 1)
        if pfx in ("B", "S") or cur is None or cur[0] != typ or prev_end:
            cur = (typ, [tok])
            out.append(cur)
        else:
            cur[1].append(tok)
        prev_end = pfx in ("E", "S")
    return out


# --------------------------------------------------------------------------------------------
# detokenising

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "'s", "'S", "n't",
                    "N'T", "'m", "'M", "'re", "'RE", "'ve", "'VE", "'d", "'D", "'ll", "'LL", "'"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "`", "``"}


def detok(tokens, state=None):
    """Tokens to text: no space before closing punctuation and clitics, none after opening
    brackets. A double quote first in the list opens, last in the list closes, and otherwise
    alternates; STATE (a dict) carries whether a quote is open from one sentence to the next."""
    out = []
    quote_open = state.get("quote", False) if state is not None else False
    glue_next = False
    for i, tok in enumerate(tokens):
        t = tok
        if t in ("``", "''"):
            t = '"'
        if t == "`":
            t = "'"
        space = bool(out) and not glue_next
        if t == '"':
            # a quote right after sentence punctuation, or last, closes; else alternate
            if i == 0 and len(tokens) > 1:
                closing = False
            else:
                closing = quote_open or i == len(tokens) - 1
            if closing:
                space = False
                quote_open = False
                glue_next = False
            else:
                quote_open = True
                out.append((" " if space else "") + t)
                glue_next = True
                continue
        elif tok in _NO_SPACE_BEFORE or t in _NO_SPACE_BEFORE:
            space = False
        out.append((" " if space else "") + t)
        glue_next = tok in _NO_SPACE_AFTER
    if state is not None:
        state["quote"] = quote_open
    return "".join(out)


def doc_text(doc):
    state = {}
    lines = [detok([t for t, _ in s], state) for s in doc.sentences]
    return lines[0] + "\n\n" + "\n\n".join(lines[1:]) + "\n"


# --------------------------------------------------------------------------------------------
# the sports rule

_SPORTS = ("SOCCER", "FOOTBALL", "AMERICAN FOOTBALL", "CRICKET", "TENNIS", "GOLF", "BASEBALL",
           "BASKETBALL", "BOXING", "SQUASH", "ATHLETICS", "CYCLING", "RUGBY", "RUGBY UNION",
           "RUGBY LEAGUE", "MOTOR RACING", "MOTORCYCLING", "MOTORSPORT", "FORMULA ONE",
           "HORSE RACING", "RACING", "ICE HOCKEY", "HOCKEY", "NFL", "NBA", "NHL", "NCAA",
           "SKIING", "ALPINE SKIING", "NORDIC SKIING", "SWIMMING", "ROWING", "SAILING",
           "YACHTING", "BADMINTON", "TABLE TENNIS", "VOLLEYBALL", "HANDBALL", "WATER POLO",
           "WRESTLING", "JUDO", "GYMNASTICS", "TRIATHLON", "MARATHON", "BOBSLEIGH", "BIATHLON",
           "SPEED SKATING", "FIGURE SKATING", "SNOOKER", "DARTS", "POLO", "EQUESTRIANISM",
           "SHOWJUMPING", "CANOEING", "FENCING", "SHOOTING", "WEIGHTLIFTING", "ARCHERY",
           "CHESS", "ALPINE", "NORDIC", "RALLYING", "RALLY", "ROLLER HOCKEY", "LACROSSE")
_SPORT_ALT = "|".join(sorted((re.escape(s).replace("\\ ", r"\s+") for s in _SPORTS),
                             key=len, reverse=True))
_SPORTS_HEADER = re.compile(r"^\s*(?:(?:%s)\s*)+[-:]" % _SPORT_ALT, re.IGNORECASE)


def is_sports(doc):
    """A document is sports when its title starts with one or more sport names followed by a
    dash or colon (the Reuters sports-desk header)."""
    return bool(_SPORTS_HEADER.match(doc.title()))


# --------------------------------------------------------------------------------------------
# normalising and matching (normalisation as shared/eval/kg-score)

_APOSTROPHES = frozenset("'\u2018\u2019\u201b\u02bb\u02bc\u02bd`\u2032")
_DELETE = _APOSTROPHES | frozenset(".")


def normalise(s):
    s = unicodedata.normalize("NFKC", str(s)).casefold()
    out = []
    n = len(s)
    for i, ch in enumerate(s):
        if ch in _DELETE:
            continue
        cat = unicodedata.category(ch)
        if cat == "Pd":
            prev = s[i - 1] if i > 0 else ""
            nxt = s[i + 1] if i + 1 < n else ""
            out.append("-" if prev.isalnum() and nxt.isalnum() else " ")
        elif cat[0] in "PZC" or ch.isspace():
            out.append(" ")
        else:
            out.append(ch)
    s = " ".join("".join(out).split())
    if s.startswith("the "):
        s = s[4:]
    return s


class Entity(object):
    """A gold entity or a predicted node: a type, a display name and normalised forms."""
    __slots__ = ("type", "name", "surfaces", "forms", "kg_type")

    def __init__(self, etype, name, kg_type=None):
        self.type = etype
        self.name = name
        self.surfaces = [name]
        self.forms = []
        self.kg_type = kg_type
        self.add(name)

    def add(self, surface):
        if surface not in self.surfaces:
            self.surfaces.append(surface)
        f = normalise(surface)
        if f and f not in self.forms:
            self.forms.append(f)

    def describe(self):
        extra = [s for s in self.surfaces if s != self.name]
        t = self.type if not self.kg_type else "%s/%s" % (self.type, self.kg_type)
        return "[%s] %s%s" % (t, self.name, ("  (also: %s)" % "; ".join(extra)) if extra else "")


def gold_entities(doc):
    """The document's distinct PER/ORG/LOC entities, repeats and surnames grouped."""
    mentions = []  # (type, surface, n_tokens) in document order
    for s in doc.sentences:
        for typ, toks in spans(s):
            if typ in TYPES:
                mentions.append((typ, detok(toks), len(toks)))
    ents = []
    by_form = {}
    # longer mentions first, so that a surname met before its full name still joins it
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i][2] == 1, i))
    for i in order:
        typ, surface, ntok = mentions[i]
        f = normalise(surface)
        if not f:
            continue
        e = by_form.get((typ, f))
        if e is None and typ == "PER" and ntok == 1:
            for cand in ents:
                if cand.type == "PER" and any(" " in g and g.rsplit(" ", 1)[1] == f
                                              for g in cand.forms):
                    e = cand
                    break
        if e is None:
            e = Entity(typ, surface)
            ents.append(e)
        else:
            e.add(surface)
        by_form[(typ, f)] = e
    return ents


def pred_entities(export):
    ents = []
    for n in export.get("nodes", []):
        t = KG_TYPES.get(str(n.get("type", "")).strip().lower())
        if not t:
            continue
        label = str(n.get("label") or n.get("name") or n.get("id"))
        e = Entity(t, label, kg_type=str(n.get("type")))
        for a in n.get("aliases") or []:
            if isinstance(a, str):
                e.add(a)
        ents.append(e)
    return ents


def match(gold, pred, typed=True):
    """Maximum one-to-one matching. Returns (pairs {gold_i: pred_j}, candidate lists)."""
    cands = []
    for g in gold:
        gf = set(g.forms)
        cands.append([j for j, p in enumerate(pred)
                      if (not typed or p.type == g.type) and gf.intersection(p.forms)])
    owner = {}  # pred j -> gold i

    def augment(i, seen):
        for j in cands[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return {i: j for j, i in owner.items()}, cands


def score_doc(gold, pred):
    pairs, cands = match(gold, pred, typed=True)
    matched_pred = set(pairs.values())
    matchable = {j for c in cands for j in c}
    counts = {t: {"tp": 0, "gold": 0, "pred": 0} for t in TYPES}
    for g in gold:
        counts[g.type]["gold"] += 1
    for p in pred:
        counts[p.type]["pred"] += 1
    for i in pairs:
        counts[gold[i].type]["tp"] += 1
    upairs, _ = match(gold, pred, typed=False)
    untyped = {"tp": len(upairs), "gold": len(gold), "pred": len(pred)}
    missed = [gold[i] for i in range(len(gold)) if i not in pairs]
    spurious, duplicates = [], []
    for j, p in enumerate(pred):
        if j in matched_pred:
            continue
        (duplicates if j in matchable else spurious).append(p)
    # a missed entity that some node names with another type: a typing error
    mistyped = []
    for i, j in upairs.items():
        if i not in pairs and pred[j].type != gold[i].type:
            mistyped.append((gold[i], pred[j]))
    return {"counts": counts, "untyped": untyped, "missed": missed, "spurious": spurious,
            "duplicates": duplicates, "mistyped": mistyped}


# --------------------------------------------------------------------------------------------
# running kg


def run_doc(kg, doc, workdir, timeout):
    d = os.path.join(workdir, "d%04d" % doc.index)
    os.makedirs(d, exist_ok=True)
    txt = os.path.join(d, "doc.txt")
    with open(txt, "w", encoding="utf-8") as f:
        f.write(doc_text(doc))
    db = os.path.join(d, "kg.db")
    out = os.path.join(d, "out.json")
    try:
        r = subprocess.run([kg, "-q", "--db", db, "build", txt], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, timeout=timeout)
        if r.returncode != 0:
            return None, "kg build exited %d: %s" % (r.returncode, r.stderr.decode(errors="replace")[-300:])
        r = subprocess.run([kg, "--db", db, "export", "json", "-o", out],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
        if r.returncode != 0:
            return None, "kg export exited %d: %s" % (r.returncode, r.stderr.decode(errors="replace")[-300:])
        with open(out, encoding="utf-8") as f:
            return json.load(f), None
    except subprocess.TimeoutExpired:
        return None, "timed out after %ds" % timeout
    except (OSError, ValueError) as e:
        return None, str(e)
    finally:
        for name in ("kg.db", "kg.db-wal", "kg.db-shm"):
            try:
                os.unlink(os.path.join(d, name))
            except OSError:
                pass


def prf(tp, gold, pred):
    p = tp / pred if pred else (1.0 if not gold else 0.0)
    r = tp / gold if gold else (1.0 if not pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv=None):
    ap = argparse.ArgumentParser(usage="%(prog)s --conll FILE [options]",
                                 description=__doc__.split("\n\n", 2)[2],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--conll", required=True, help="CoNLL-2003 file (eng.testa, ...)")
    ap.add_argument("--kg", default=os.path.join(here, "build", "kg"), help="kg binary")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N kept documents")
    ap.add_argument("--jobs", type=int, default=2, help="documents run at once (default 2)")
    ap.add_argument("--timeout", type=int, default=300, help="seconds per kg command")
    ap.add_argument("--show-misses", action="store_true",
                    help="list per document the missed gold entities and spurious nodes")
    ap.add_argument("--include-sports", action="store_true", help="keep sports documents")
    ap.add_argument("--keep-dir", help="keep each document's text and export in this directory")
    ap.add_argument("--json", action="store_true", help="print the totals as JSON")
    args = ap.parse_args(argv)

    kg = os.path.abspath(args.kg)
    if not os.access(kg, os.X_OK):
        print("conll.py: kg binary not found: %s" % kg, file=sys.stderr)
        return 2
    try:
        docs = read_conll(args.conll)
    except OSError as e:
        print("conll.py: %s" % e, file=sys.stderr)
        return 2
    kept = [d for d in docs if args.include_sports or not is_sports(d)]
    print("documents: %d in %s, %d sports dropped, %d kept" % (
        len(docs), os.path.basename(args.conll), len(docs) - len(kept), len(kept)))
    if args.limit > 0:
        kept = kept[:args.limit]
        print("documents: scoring the first %d" % len(kept))

    workdir = args.keep_dir or tempfile.mkdtemp(prefix="kg-conll-")
    os.makedirs(workdir, exist_ok=True)
    results = {}
    try:
        # run a copy, so that a rebuild of the binary during the run cannot break it
        snapshot = os.path.join(workdir, "kg")
        shutil.copy2(kg, snapshot)
        kg = snapshot
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futs = {pool.submit(run_doc, kg, d, workdir, args.timeout): d for d in kept}
            for fut in concurrent.futures.as_completed(futs):
                results[futs[fut].index] = fut.result()
    finally:
        if not args.keep_dir:
            shutil.rmtree(workdir, ignore_errors=True)

    totals = {t: {"tp": 0, "gold": 0, "pred": 0} for t in TYPES}
    untyped = {"tp": 0, "gold": 0, "pred": 0}
    n_dup = n_mistyped = 0
    failed = []
    for d in kept:
        export, err = results[d.index]
        gold = gold_entities(d)
        if err is not None:
            failed.append((d, err))
            export = {"nodes": []}  # scored as predicting nothing
        s = score_doc(gold, pred_entities(export))
        for t in TYPES:
            for k in ("tp", "gold", "pred"):
                totals[t][k] += s["counts"][t][k]
        for k in ("tp", "gold", "pred"):
            untyped[k] += s["untyped"][k]
        n_dup += len(s["duplicates"])
        n_mistyped += len(s["mistyped"])
        if args.show_misses and (s["missed"] or s["spurious"] or s["duplicates"] or err):
            print("\n== doc %d: %s" % (d.index, d.title()))
            if err:
                print("   kg FAILED: %s" % err)
            mistyped_gold = {id(g): p for g, p in s["mistyped"]}
            for g in s["missed"]:
                p = mistyped_gold.get(id(g))
                if p is not None:
                    print("   TYPE    %s  <- kg %s" % (g.describe(), p.describe()))
                else:
                    print("   MISSED  %s" % g.describe())
            mistyped_pred = {id(p) for _, p in s["mistyped"]}
            for p in s["spurious"]:
                if id(p) not in mistyped_pred:
                    print("   SPURIOUS %s" % p.describe())
            for p in s["duplicates"]:
                print("   DUPLICATE %s" % p.describe())
    for d, err in failed:
        print("conll.py: doc %d (%s): %s" % (d.index, d.title(), err), file=sys.stderr)

    tp = sum(v["tp"] for v in totals.values())
    ng = sum(v["gold"] for v in totals.values())
    npd = sum(v["pred"] for v in totals.values())
    report = {"documents": len(kept), "failed": len(failed), "duplicates": n_dup,
              "mistyped": n_mistyped, "overall": dict(zip("prf", prf(tp, ng, npd)),
                                                      tp=tp, gold=ng, pred=npd),
              "untyped": dict(zip("prf", prf(untyped["tp"], untyped["gold"], untyped["pred"])),
                              **untyped)}
    for t in TYPES:
        v = totals[t]
        report[t] = dict(zip("prf", prf(v["tp"], v["gold"], v["pred"])), **v)
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        print("\n%-8s %6s %6s %6s %6s %6s %6s" % ("", "P", "R", "F1", "tp", "gold", "pred"))
        for k in ("overall",) + TYPES + ("untyped",):
            v = report[k]
            print("%-8s %6.3f %6.3f %6.3f %6d %6d %6d" % (k, v["p"], v["r"], v["f"], v["tp"],
                                                          v["gold"], v["pred"]))
        print("(%d documents, %d kg failures, %d duplicate nodes, %d mistyped entities; "
              "untyped = a name match of any type counts)" % (len(kept), len(failed), n_dup,
                                                               n_mistyped))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
