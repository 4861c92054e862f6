#!/usr/bin/env python3
"""documents: documents as replaceable things and provenance in exports (issue 13, parts 1
and 4), end to end against the kg binary.

Checks, on the eight dev articles (tests/data/dev, see its README for sources and licences):
- change-and-rebuild gives the same exported graph (nodes, aliases, mentions, edges, weights,
  evidence sentences) as a clean build of the new version, and replaces one document;
- remove gives the graph of a clean build without the document, and building again restores
  the full graph;
- a remove naming an unknown document exits 1 with one line and changes nothing (even when
  the other arguments were known);
- a syndicated copy (same article, a credit line and a changed headline) is a near-duplicate:
  listed by `kg documents --duplicates`, weights not doubled, and removing the original
  leaves the copy's own graph;
- a store of schema 1 is upgraded by a build and refused with one line by `kg documents`;
- the neo4j CSV passes neo4j-admin's header rules, has documents.csv, and carries every
  evidence sentence of the store (EVIDENCE) and every entity-document pair (MENTIONED_IN);
  GraphML and GEXF carry per edge the evidence count and the first sentence's document
  title and date;
- SIGKILL in the middle of a large `kg remove` leaves the store as before or as after.

usage: documents.py KG_BINARY [KILLS]   (default 3 kills)
"""
import csv
import hashlib
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "data", "dev")
problems = []


def check(ok, what):
    if not ok:
        problems.append(what)
        print("FAIL:", what, file=sys.stderr)


def kg(db, *args, cwd=None):
    return subprocess.run([KG, "--db", db, *args], capture_output=True, text=True, timeout=600,
                          cwd=cwd)


def graph(db):
    """The exported node-link graph, independent of entity ids and order."""
    r = kg(db, "export", "json", "-o", "-")
    assert r.returncode == 0, r.stderr
    g = json.loads(r.stdout)
    name = {n["id"]: (n["label"], n["type"]) for n in g["nodes"]}
    nodes = sorted((n["label"], n["type"], tuple(sorted(n.get("aliases", []))), n["mentions"])
                   for n in g["nodes"])
    edges = sorted((name[l["source"]], name[l["target"]], l["type"], l["weight"],
                    tuple(sorted(e["sentence"] for e in l["evidence"]))) for l in g["links"])
    return nodes, edges


def docs_in(db):
    con = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in con.execute("SELECT id FROM documents"))
    finally:
        con.close()


def db_state(db):
    """Everything a store holds that kg commands change, for 'nothing changed' checks."""
    con = sqlite3.connect(db)
    try:
        out = []
        for t in ("documents", "document_keys", "entities", "aliases", "alias_documents",
                  "mentions", "edges", "evidence", "meta"):
            rows = sorted(map(repr, con.execute(f"SELECT * FROM {t}")))
            out.append(hashlib.sha256("\n".join(rows).encode()).hexdigest())
        return out
    finally:
        con.close()


def integrity(db):
    con = sqlite3.connect(db)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return ok and not con.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        con.close()


def copy_dev(d, names):
    os.makedirs(d, exist_ok=True)
    for n in names:
        shutil.copy(os.path.join(DEV, n), os.path.join(d, n))


def test_change_remove(tmp, names):
    a = os.path.join(tmp, "a")
    copy_dev(a, names)
    db = os.path.join(tmp, "change.db")
    check(kg(db, "build", a).returncode == 0, "first build")
    full = graph(db)
    # change one word of one article (not the last built) and build the directory again
    changed = os.path.join(a, names[2])
    text = open(changed).read()
    new_text = text.replace(" the ", " a ", 1)
    assert new_text != text
    open(changed, "w").write(new_text)
    r = kg(db, "build", a)
    check(r.returncode == 0 and "1 documents added" in r.stderr and "1 replaced" in r.stderr,
          f"rebuild after a change replaces one document: {r.stderr.strip()}")
    clean = os.path.join(tmp, "clean.db")
    kg(clean, "build", a)
    check(len(docs_in(db)) == len(names), "one document per file after the change")
    check(docs_in(db) == docs_in(clean), "same documents as a clean build of the new version")
    check(graph(db) == graph(clean), "change-and-rebuild equals a clean build of the new version")
    check(integrity(db), "store intact after the change")

    # the map/reduce path keeps the keys: kg extract | kg load of the changed file replaces
    # its older version as kg build does
    mr = os.path.join(tmp, "mapreduce.db")
    open(changed, "w").write(text)
    lines = subprocess.run([KG, "extract", a], capture_output=True, text=True, timeout=600)
    kg_load = lambda inp: subprocess.run([KG, "--db", mr, "load"], input=inp,
                                         capture_output=True, text=True, timeout=600)
    check(lines.returncode == 0 and kg_load(lines.stdout).returncode == 0, "extract | load")
    open(changed, "w").write(new_text)
    lines = subprocess.run([KG, "extract", changed], capture_output=True, text=True, timeout=600)
    r = kg_load(lines.stdout)
    check(r.returncode == 0 and "1 replaced" in r.stderr,
          f"extract | load of a changed file replaces it: {r.stderr.strip()}")
    check(docs_in(mr) == docs_in(clean) and graph(mr) == graph(clean),
          "extract | load after a change equals a clean build of the new version")

    # remove one: the graph of a clean build without it; build again: restored
    victim = os.path.join(a, names[1])
    r = kg(db, "remove", victim)
    check(r.returncode == 0 and "1 documents removed" in r.stderr,
          f"remove a file: {r.stderr.strip()}")
    without = os.path.join(tmp, "without")
    copy_dev(without, [n for n in names if n != names[1]])
    shutil.copy(changed, os.path.join(without, names[2]))
    wdb = os.path.join(tmp, "without.db")
    kg(wdb, "build", without)
    check(graph(db) == graph(wdb), "remove equals a clean build without the document")
    r = kg(db, "build", a)
    check(r.returncode == 0, "build after remove")
    check(graph(db) == graph(clean), "remove-then-build restores the graph")

    # unknown documents: exit 1, one line, nothing changed, even with a known one beside it
    before = db_state(db)
    for args in (["no-such-file.txt"], [changed, "no-such-id"], ["0" * 64]):
        r = kg(db, "remove", *args)
        lines = r.stderr.strip().splitlines()
        check(r.returncode == 1 and len(lines) == 1 and "no such document" in lines[0],
              f"remove {args}: exit 1 with one line, got {r.returncode} {r.stderr!r}")
        check(db_state(db) == before, f"remove {args} changed nothing")
    # by key as listed, by content hash, and a whole directory
    listed = json.loads(kg(db, "documents", "--json").stdout)
    check(len(listed) == len(names) and all(d["mentions"] > 0 for d in listed),
          "kg documents lists every document with its mentions")
    check(all(d["id"] == os.path.realpath(os.path.join(a, os.path.basename(d["id"])))
              for d in listed), "a file's id is its canonical path")
    r = kg(db, "remove", listed[0]["hash"], listed[1]["id"])
    check(r.returncode == 0 and len(docs_in(db)) == len(names) - 2, "remove by hash and by id")
    r = kg(db, "remove", a)
    check(r.returncode == 0 and not docs_in(db), "remove a directory")
    con = sqlite3.connect(db)
    left = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("entities", "aliases", "mentions", "edges", "evidence", "document_keys")]
    con.close()
    check(left == [0] * 6, f"an emptied store holds nothing: {left}")


def test_near_duplicates(tmp, name):
    d = os.path.join(tmp, "syndicated")
    copy_dev(d, [name])
    text = open(os.path.join(d, name)).read()
    lines = text.split("\n")
    lines[0] = lines[0] + " (Reprint)"
    copy = "\n".join(lines).rstrip() + "\n\nThis article was first published elsewhere.\n"
    open(os.path.join(d, "zz-copy.txt"), "w").write(copy)
    one = os.path.join(tmp, "one.db")
    kg(one, "build", os.path.join(d, name))
    both = os.path.join(tmp, "both.db")
    kg(both, "build", d)
    w_one = {(e[0], e[1], e[2]): e[3] for e in graph(one)[1]}
    w_both = {(e[0], e[1], e[2]): e[3] for e in graph(both)[1]}
    check(w_one and w_one == w_both, "a near-duplicate copy does not double edge weights")
    dup = json.loads(kg(both, "documents", "--duplicates", "--json").stdout)
    check(len(dup) == 1 and len(dup[0]["documents"]) == 2,
          f"kg documents --duplicates shows the pair: {dup}")
    text_out = kg(both, "documents", "--duplicates").stdout
    check(text_out.startswith("cluster ") and text_out.count("\n  ") == 2,
          "kg documents --duplicates prints the group")
    # the original goes: the copy's own graph stays, with its own weights
    kg(both, "remove", os.path.join(d, name))
    alone = os.path.join(tmp, "copy-alone.db")
    kg(alone, "build", os.path.join(d, "zz-copy.txt"))
    check(graph(both) == graph(alone), "after removing the original, the copy's own graph")
    # a different article is no near-duplicate
    other = json.loads(kg(os.path.join(tmp, "change.db"), "documents", "--duplicates",
                          "--json").stdout)
    check(other == [], "distinct articles are not near-duplicates")


def test_upgrade(tmp, names):
    d = os.path.join(tmp, "old")
    copy_dev(d, names[:2])
    db = os.path.join(tmp, "old.db")
    kg(db, "build", d)
    before = graph(db)
    con = sqlite3.connect(db)
    # what a schema 1 store looks like: schema 3's tables, less what schema 2 added
    with open(os.path.join(HERE, "stores", "schema3.sql")) as f:
        con.executescript(f.read())
    con.executescript("DROP TABLE document_keys; DROP TABLE alias_documents;"
                      "DROP INDEX documents_cluster; DROP INDEX evidence_document;"
                      "ALTER TABLE documents DROP COLUMN minhash;"
                      "ALTER TABLE documents DROP COLUMN cluster;"
                      "UPDATE meta SET value = '1' WHERE key = 'schema_version';")
    con.commit()
    con.close()
    r = kg(db, "documents")
    check(r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
          and "older kg" in r.stderr, f"kg documents on a schema 1 store: {r.stderr!r}")
    check(kg(db, "stats").returncode == 0, "stats reads a schema 1 store")
    r = kg(db, "build", d)
    check(r.returncode == 0 and "0 documents added, 2 unchanged" in r.stderr,
          f"build upgrades a schema 1 store: {r.stderr.strip()}")
    con = sqlite3.connect(db)
    version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
    con.close()
    check(version == "4" and graph(db) == before, "upgraded to schema 4, graph unchanged")
    check(kg(db, "documents").returncode == 0, "kg documents after the upgrade")


NEO4J_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string",
               "point", "date", "localtime", "time", "localdatetime", "datetime", "duration"}


def header_ok(header, kind):
    """neo4j-admin import's header rules for a node or relationship file."""
    special = [h for h in header if h.startswith(":") or ":ID" in h]
    for h in header:
        m = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*)?(?::([A-Za-z_]+)(\[\])?(?:\([^)]*\))?)?", h)
        if not m:
            return False
        typ = m.group(2)
        if typ and typ.upper() not in ("ID", "LABEL", "START_ID", "END_ID", "TYPE", "IGNORE") \
                and typ.lower() not in NEO4J_TYPES:
            return False
    if kind == "node":
        return sum(1 for h in header if re.search(r":ID(\(|$)", h)) == 1
    need = {":START_ID", ":END_ID", ":TYPE"}
    return need <= set(header) and len(header) == len(set(header)) and special


def read_csv(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def test_exports(tmp):
    db = os.path.join(tmp, "exp.db")
    kg(db, "build", DEV)
    out = os.path.join(tmp, "neo4j")
    check(kg(db, "export", "csv", "-o", out).returncode == 0, "csv export")
    files = {n: read_csv(os.path.join(out, n)) for n in
             ("nodes.csv", "relationships.csv", "documents.csv", "evidence.csv",
              "mentioned_in.csv")}
    for n, kind in (("nodes.csv", "node"), ("documents.csv", "node"),
                    ("relationships.csv", "rel"), ("evidence.csv", "rel"),
                    ("mentioned_in.csv", "rel")):
        check(header_ok(files[n][0], kind), f"{n} header follows neo4j-admin's rules")
        check(all(len(r) == len(files[n][0]) for r in files[n][1]), f"{n}: every row complete")
    dh, drows = files["documents.csv"]
    check(dh[:4] == ["id:ID", "title", "date", "source"], "documents.csv columns")
    con = sqlite3.connect(db)
    stored_docs = {r[0]: r[1:] for r in con.execute("SELECT id, title, date, source FROM documents")}
    evidence = sorted(con.execute("SELECT d.id, ev.sentence FROM evidence ev"
                                  " JOIN documents d ON d.num = ev.document"))
    pairs = sorted(con.execute("SELECT 'n' || m.entity, d.id, count(*) FROM mentions m"
                               " JOIN documents d ON d.num = m.document GROUP BY m.entity, d.id"))
    con.close()
    check({r[0]: (r[1], r[2], r[3]) for r in drows} ==
          {k: tuple(v or "" for v in vals) for k, vals in stored_docs.items()},
          "documents.csv holds every document with title, date and source")
    eh, erows = files["evidence.csv"]
    col = {h: i for i, h in enumerate(eh)}
    got = sorted((r[col[":END_ID"]], r[col["sentence"]]) for r in erows)
    check(got == evidence, f"evidence.csv: every evidence sentence ({len(got)} of "
                           f"{len(evidence)})")
    node_ids = {r[0] for r in files["nodes.csv"][1]}
    check(all(r[col[":START_ID"]] in node_ids and r[col[":END_ID"]] in stored_docs
              and r[col[":TYPE"]] == "EVIDENCE" for r in erows), "EVIDENCE ends exist")
    mh, mrows = files["mentioned_in.csv"]
    check(sorted((r[0], r[1], int(r[3])) for r in mrows) == pairs,
          "mentioned_in.csv: every entity-document pair with its count")

    # GraphML and GEXF: evidence count, first sentence, its document's title and date
    con = sqlite3.connect(db)
    counts = sorted(r[0] for r in con.execute("SELECT count(*) FROM evidence GROUP BY edge"))
    titled = {t for (t,) in con.execute("SELECT title FROM documents")}
    con.close()
    for fmt in ("graphml", "gexf", "gexf1.3"):
        path = os.path.join(tmp, "g." + fmt)
        check(kg(db, "export", fmt, "-o", path).returncode == 0, f"{fmt} export")
        root = ET.parse(path).getroot()
        ns = root.tag[:root.tag.index("}") + 1]  # the format's namespace, each version its own
        got_counts, titles, dates = [], 0, 0
        for e in root.iter(ns + "edge"):
            vals = {}
            for dnode in e.iter(ns + "data"):
                vals[dnode.get("key")] = dnode.text
            for a in e.iter(ns + "attvalue"):
                vals[a.get("for")] = a.get("value")
            got_counts.append(int(vals.get("e_evidence_count", vals.get("evidence_count", -1))))
            t = vals.get("e_document_title", vals.get("document_title"))
            titles += t in titled
            dates += bool(re.fullmatch(r"\d{4}-\d\d-\d\d",
                                       vals.get("e_document_date",
                                                vals.get("document_date")) or ""))
        check(sorted(got_counts) == counts, f"{fmt}: evidence count per edge")
        check(titles == len(got_counts) and dates == len(got_counts),
              f"{fmt}: first sentence's document title and date on every edge "
              f"({titles}, {dates} of {len(got_counts)})")


def article(i):
    body = "".join(
        f"The Foreign Minister of Kazakhstan met delegation {i}-{k} of Uzbekistan in Astana. "
        f"Ambassador Daniel Rosenblum of the United States said talks number {k} went well.\n\n"
        for k in range(2))
    return f"Meeting {i} in Astana\nMarch {1 + i % 28}, 2023\n{body}"


def test_kill_remove(tmp, kills):
    d = os.path.join(tmp, "many")
    os.makedirs(d)
    for i in range(150):
        with open(os.path.join(d, f"{i:04}.txt"), "w") as f:
            f.write(article(i))
    base = os.path.join(tmp, "base.db")
    kg(base, "build", d)
    before = db_state(base)
    after_db = os.path.join(tmp, "after.db")
    shutil.copy(base, after_db)
    t0 = time.monotonic()
    r = kg(after_db, "remove", d)
    took = time.monotonic() - t0
    check(r.returncode == 0, f"remove of 150 documents: {r.stderr.strip()}")
    after = db_state(after_db)
    rng = random.Random(13)
    seen = set()
    for k in range(kills):
        db = os.path.join(tmp, f"kill{k}.db")
        shutil.copy(base, db)
        p = subprocess.Popen([KG, "--db", db, "remove", d], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, 0.95) * took)
        p.send_signal(signal.SIGKILL)
        p.wait()
        check(integrity(db), f"kill {k}: store intact")
        state = db_state(db)
        seen.add("before" if state == before else "after" if state == after else "between")
        check(state in (before, after), f"kill {k}: store as before or as after the remove")
    print(f"kill-remove: {kills} kills, remove took {took:.2f} s, states seen {sorted(seen)}")


def test_corrections_through_load(tmp):
    """Corrections made by hand apply again to what kg extract | kg load adds, as to a build."""
    d = os.path.join(tmp, "corr")
    os.makedirs(d)
    one, two = os.path.join(d, "one.txt"), os.path.join(d, "two.txt")
    open(one, "w").write("Talks in Astana\n\nAnna Bergstrom met Tomas Reyes in Astana on "
                         "Monday.\n")
    open(two, "w").write("Visit to Almaty\n\nTomas Reyes visited Astana and Almaty.\n")
    db = os.path.join(tmp, "corr.db")

    def load(path):
        lines = subprocess.run([KG, "extract", path], capture_output=True, text=True,
                               timeout=600)
        return subprocess.run([KG, "--db", db, "load"], input=lines.stdout,
                              capture_output=True, text=True, timeout=600)

    check(load(one).returncode == 0, "corrections: first load")
    check(kg(db, "ignore", "Astana").returncode == 0, "corrections: kg ignore Astana")
    check(kg(db, "retype", "Tomas Reyes", "organisation").returncode == 0,
          "corrections: kg retype")
    check(load(two).returncode == 0, "corrections: second load")
    nodes = {(n[0], n[1]) for n in graph(db)[0]}
    check(not any(name == "Astana" for name, _ in nodes),
          f"an ignored name stays out after kg load: {sorted(nodes)}")
    check(("Tomas Reyes", "organisation") in nodes and ("Tomas Reyes", "person") not in nodes,
          f"a retyped entity keeps its type after kg load: {sorted(nodes)}")
    check(("Almaty", "place") in nodes, "what the correction does not name is loaded")


# Invented texts that name one body two ways: the full name with its acronym (a, c) and the
# acronym alone (b). The first document by key names it, whatever order the builds take.
NAMING = {
    "a.txt": "New study\n\nThe Kazakhstan Institute for Strategic Studies (KISI) published a"
             " report on Wednesday. Yerkin Tukumov presented it in Almaty.\n",
    "b.txt": "Experts meet\n\nKISI experts met in Astana on Tuesday. Tukumov spoke about the"
             " elections.\n",
    "c.txt": "KISI report\n\nThe Kazakhstan Institute for Strategic Studies (KISI) held a round"
             " table in Almaty on Monday. Director Yerkin Tukumov opened it.\n",
}


def test_build_order(tmp):
    d = os.path.join(tmp, "naming")
    os.makedirs(d)
    for name, text in NAMING.items():
        with open(os.path.join(d, name), "w") as f:
            f.write(text)
    path = lambda n: os.path.join(d, n)
    clean = os.path.join(tmp, "naming-clean.db")
    check(kg(clean, "build", d).returncode == 0, "build of the naming texts")
    want = graph(clean)
    labels = sorted(n["label"] for n in json.loads(
        kg(clean, "export", "json", "-o", "-").stdout)["nodes"])
    check("Kazakhstan Institute for Strategic Studies" in labels,
          f"the first document by key names the body: {labels}")
    # one build of several files in another order (c's name, then a's, which sorts first and
    # gives the same name, then b's acronym: a still names it), each file its own build, -j 2
    for i, (order, jobs) in enumerate(((["c.txt", "a.txt", "b.txt"], "1"),
                                       (["b.txt", "c.txt", "a.txt"], "1"),
                                       (["c.txt", "b.txt", "a.txt"], "2"))):
        db = os.path.join(tmp, f"naming-{i}.db")
        r = kg(db, "build", "-j", jobs, *map(path, order))
        check(r.returncode == 0 and graph(db) == want,
              f"a build in the order {order} (-j {jobs}) gives the clean build's graph")
    db = os.path.join(tmp, "naming-each.db")
    for n in ("c.txt", "b.txt", "a.txt"):
        kg(db, "build", path(n))
    check(graph(db) == want, "one build per file, last by key first, gives the clean graph")

    # an exact copy read later at a path that sorts first ("a-b/" before "a/"): the copy's
    # key names what the document named (found by review)
    tree = os.path.join(tmp, "naming-tree")
    for sub, name, text in (("a", "m.txt", NAMING["b.txt"]), ("a", "y.txt", NAMING["a.txt"]),
                            ("a", "z.txt", NAMING["b.txt"].replace("Tuesday", "Friday")),
                            ("a-b", "b.txt", NAMING["b.txt"].replace("Tuesday", "Friday")),
                            ("a-b", "c.txt", NAMING["c.txt"])):
        os.makedirs(os.path.join(tree, sub), exist_ok=True)
        with open(os.path.join(tree, sub, name), "w") as f:
            f.write(text)
    db = os.path.join(tmp, "naming-tree.db")
    kg(db, "build", tree)
    each = os.path.join(tmp, "naming-tree-each.db")
    for rel in ("a-b/b.txt", "a-b/c.txt", "a/m.txt", "a/y.txt", "a/z.txt"):
        kg(each, "build", os.path.join(tree, rel))
    check(graph(db) == graph(each),
          "a copy at a path that sorts first names as one build per file in key order does")

    # a changed file whose old text stays stored under another path: that document's least
    # key rises (found by review)
    flat = os.path.join(tmp, "naming-flat")
    os.makedirs(flat)
    def put(name, text):
        with open(os.path.join(flat, name), "w") as f:
            f.write(text)
    put("a.txt", NAMING["b.txt"])
    put("d.txt", NAMING["b.txt"])
    put("m.txt", NAMING["a.txt"])
    db = os.path.join(tmp, "naming-flat.db")
    kg(db, "build", *(os.path.join(flat, n) for n in ("a.txt", "d.txt", "m.txt")))
    put("y.txt", NAMING["a.txt"].replace("Wednesday", "Thursday"))
    put("b.txt", NAMING["a.txt"].replace("Wednesday", "Friday"))
    put("a.txt", "Festival\n\nThousands attended a festival in Karaganda on Sunday. Mayor"
                 " Ermek Aliyev opened it.\n")
    kg(db, "build", *(os.path.join(flat, n) for n in ("y.txt", "a.txt", "b.txt")))
    clean = os.path.join(tmp, "naming-flat-clean.db")
    kg(clean, "build", flat)
    check(graph(db) == graph(clean),
          "a changed file whose old text another path keeps: the clean build's graph")


def main():
    global KG
    KG = os.path.abspath(sys.argv[1])
    kills = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    names = sorted(n for n in os.listdir(DEV) if n.endswith(".txt"))
    tmp = tempfile.mkdtemp(prefix="kg-documents-")
    try:
        test_change_remove(tmp, names)
        test_near_duplicates(tmp, names[4])
        test_upgrade(tmp, names)
        test_exports(tmp)
        test_corrections_through_load(tmp)
        test_build_order(tmp)
        test_kill_remove(tmp, kills)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if problems:
        print(f"{len(problems)} problems", file=sys.stderr)
        return 1
    print("documents: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
