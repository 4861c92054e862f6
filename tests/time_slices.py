#!/usr/bin/env python3
"""time_slices: issue 13's time slicing and filters, end to end, against the kg binary.

- `--since/--until` on an export equal a store built from that period's documents alone:
  the same entities (matched by type and by name: a canonical name chosen from a document
  outside the period may differ, the period's name is then one of the entity's aliases),
  the same mention counts, edges, weights, evidence sentences and scores; the same for a
  month given as YYYY-MM and for a document dated by its month only.
- `kg query centrality --by month` ranks each month as a store of that month alone does.
- the GEXF export read with networkx (Debian's 2.8 knows GEXF 1.1 and 1.2 only: a 1.3 file
  is read by telling it the 1.3 namespace, as networkx 3 does) carries spells equal to the
  months of each entity's and each edge's documents, computed here from the store.
- each filter equals the same selection computed here with networkx on the unfiltered
  export; bad values give one line on stderr and exit 2.

usage: time_slices.py KG_BINARY
"""
import glob
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

import networkx as nx
from networkx.readwrite import gexf as nx_gexf

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = (sorted(glob.glob(os.path.join(HERE, "data", "dev", "*.txt"))) +
           sorted(glob.glob(os.path.join(HERE, "data", "dev2", "*.txt"))) +
           sorted(glob.glob(os.path.join(HERE, "..", "examples", "*.txt"))))
# invented: a document that gives its month only, and one without a date
MONTH_ONLY = {"id": "m1", "date": "2022-12", "title": "Talks in Tashkent",
              "text": "The Foreign Minister of Uzbekistan Vladimir Norov met Donald Lu in "
                      "Tashkent. Donald Lu said the talks were useful."}
UNDATED = {"id": "u1", "title": "Undated note",
           "text": "Antony J. Blinken met Vladimir Norov in Washington."}
FAILURES = []


def check(cond, what):
    if not cond:
        FAILURES.append(what)
        print("FAIL:", what)


def run(kg, db, *args, ok=True):
    p = subprocess.run([kg, "--db", db, *args], capture_output=True, text=True, timeout=300)
    if ok and p.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} failed ({p.returncode}): {p.stderr}")
    return p


def export_json(kg, db, *args):
    return json.loads(run(kg, db, "export", "json", "-o", "-", *args).stdout)


def graph_of(data):
    """Nodes by id and links as (source, target, type) -> link."""
    nodes = {n["id"]: n for n in data["nodes"]}
    links = {(l["source"], l["target"], l["type"]): l for l in data["links"]}
    return nodes, links


def match_nodes(small, big):
    """Maps each node id of small to the node of big of the same type that has small's
    label as its label or an alias; None when some node has no match or two share one."""
    by_name = {}
    for n in big.values():
        for name in [n["label"]] + n.get("aliases", []):
            by_name.setdefault((n["type"], name), set()).add(n["id"])
    m = {}
    for n in small.values():
        cands = by_name.get((n["type"], n["label"]), set())
        if len(cands) != 1:
            print("  no single match for", n["type"], n["label"], cands)
            return None
        m[n["id"]] = next(iter(cands))
    return m if len(set(m.values())) == len(m) else None


SCORES = ("degree", "weighted_degree", "pagerank", "betweenness", "closeness", "harmonic")


def same_graph(period, sliced, what):
    pn, pl = graph_of(period)
    sn, sl = graph_of(sliced)
    check(len(pn) == len(sn), f"{what}: {len(pn)} entities in the period store, {len(sn)} sliced")
    check(len(pl) == len(sl), f"{what}: {len(pl)} edges in the period store, {len(sl)} sliced")
    m = match_nodes(pn, sn)
    check(m is not None, f"{what}: entities do not match one to one")
    if m is None:
        return
    for i, n in pn.items():
        s = sn[m[i]]
        check(n["mentions"] == s["mentions"],
              f"{what}: {n['label']} has {n['mentions']} mentions, sliced {s['mentions']}")
        for k in SCORES:
            check(abs(n[k] - s[k]) <= 1e-9 * max(1.0, abs(n[k])),
                  f"{what}: {n['label']} {k} {n[k]} against {s[k]} sliced")
    for (a, b, t), l in pl.items():
        o = sl.get((m[a], m[b], t))
        check(o is not None, f"{what}: edge {pn[a]['label']} -{t}-> {pn[b]['label']} missing")
        if o is None:
            continue
        check(l["weight"] == o["weight"], f"{what}: edge weight {l['weight']} != {o['weight']}")
        ev = sorted((e["document"], e["sentence"]) for e in l["evidence"])
        check(ev == sorted((e["document"], e["sentence"]) for e in o["evidence"]),
              f"{what}: evidence of {pn[a]['label']} -{t}-> {pn[b]['label']} differs")


def doc_date(path):
    """The date kg stores for a file, read back from a one-document store."""
    return DATES[os.path.basename(path)]


def build(kg, db, files, jsonl_docs=()):
    d = tempfile.mkdtemp(dir=TMP)
    for f in files:
        shutil.copy(f, d)
    if jsonl_docs:
        with open(os.path.join(d, "zz-notes.jsonl"), "w") as out:
            for o in jsonl_docs:
                out.write(json.dumps(o) + "\n")
    run(kg, db, "-q", "build", d)


def in_period(date, since, until):
    """The rule kg documents: a partial date is its whole month or year."""
    if not date:
        return False
    lo = date + {4: "-01-01", 7: "-01", 10: ""}[len(date)]
    hi = date + {4: "-12-31", 7: "-31", 10: ""}[len(date)]
    return lo >= since and hi <= until


def read_gexf(path):
    try:
        return nx.read_gexf(path)
    except nx.NetworkXError as e:
        if "No <graph>" not in str(e):
            raise
    # networkx 2.8: teach it the namespace the file declares (networkx 3 knows 1.3)
    import xml.etree.ElementTree as ET
    ns = ET.parse(path).getroot().tag[1:].split("}")[0]
    version = ns.rsplit("/", 1)[-1]
    nx_gexf.GEXF.versions[version] = {
        "NS_GEXF": ns, "NS_VIZ": ns + "/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": ns + " " + ns + "/gexf.xsd", "VERSION": version.replace("draft", "")}
    return nx.read_gexf(path)


def months_to_spells(months):
    """Sorted distinct YYYY-MM (or YYYY) strings -> merged (start, end) spells."""
    import calendar
    spans = []
    for m in sorted(set(months)):
        y = int(m[:4])
        if len(m) == 4:
            lo, hi = f"{y:04d}-01-01", f"{y:04d}-12-31"
        else:
            mo = int(m[5:7])
            lo = f"{y:04d}-{mo:02d}-01"
            hi = f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
        spans.append((lo, hi))
    spans.sort()
    out = []
    import datetime
    for lo, hi in spans:
        if out:
            after = (datetime.date.fromisoformat(out[-1][1]) + datetime.timedelta(days=1)).isoformat()
            if lo <= after:
                out[-1] = (out[-1][0], max(out[-1][1], hi))
                continue
        out.append((lo, hi))
    return out


def test_period_equals_period_store(kg):
    full = os.path.join(TMP, "full.db")
    build(kg, full, SOURCES, [MONTH_ONLY, UNDATED])
    con = sqlite3.connect(full)
    global DATES
    DATES = {os.path.basename(s): d for s, d in con.execute("SELECT source, date FROM documents")}
    check(DATES.get(os.path.basename(SOURCES[0])) is not None, "text documents keep their date")
    dates = [d for (d,) in con.execute("SELECT date FROM documents")]
    check("2022-12" in dates, "a JSON line dated by month keeps YYYY-MM")
    check(None in dates, "an undated document has no date")
    con.close()
    for since, until, arg_since, arg_until in (
            ("2022-01-01", "2022-12-31", "2022", "2022"),
            ("2022-12-01", "2022-12-31", "2022-12", "2022-12"),
            ("2022-12-10", "2023-12-31", "2022-12-10", "2023"),
            ("2011-01-01", "2013-12-31", "2011-01-01", "2013-12-31")):
        files = [s for s in SOURCES if in_period(DATES[os.path.basename(s)], since, until)]
        extra = [MONTH_ONLY] if in_period(MONTH_ONLY["date"], since, until) else []
        check(len(files) + len(extra) >= 2, f"{arg_since}..{arg_until}: test period too small")
        db = os.path.join(TMP, f"period-{arg_since}-{arg_until}.db")
        build(kg, db, files, extra)
        same_graph(export_json(kg, db), export_json(kg, full, "--since", arg_since, "--until",
                                                    arg_until), f"{arg_since}..{arg_until}")
    # one side open: --since alone
    files = [s for s in SOURCES if in_period(DATES[os.path.basename(s)], "2020-01-01", "9999")]
    db = os.path.join(TMP, "since-2020.db")
    build(kg, db, files, [MONTH_ONLY])
    same_graph(export_json(kg, db), export_json(kg, full, "--since", "2020"), "since 2020")
    # a period without documents: an empty graph, not an error
    empty = export_json(kg, full, "--since", "1990", "--until", "1990")
    check(not empty["nodes"] and not empty["links"], "a period without documents is empty")
    return full


def test_by_month(kg, full):
    p = run(kg, full, "query", "centrality", "--by", "month", "-n", "0", "--json")
    by_month = {o["period"]: o["ranking"] for o in json.loads(p.stdout)}
    want = sorted({d[:7] for d in DATES.values() if d and len(d) >= 7})
    check(sorted(by_month) == want, f"--by month gives {sorted(by_month)}, documents {want}")
    month = "2023-03"
    files = [s for s in SOURCES if (DATES[os.path.basename(s)] or "").startswith(month)]
    db = os.path.join(TMP, "month.db")
    build(kg, db, files)
    alone = json.loads(run(kg, db, "query", "centrality", "-n", "0", "--json").stdout)
    got = by_month.get(month, [])
    check(len(got) == len(alone), f"{month}: {len(got)} ranked, store of the month {len(alone)}")
    # ties may come in another order: compare the ranked scores with their types
    check(sorted((round(a["pagerank"], 9), a["type"]) for a in alone) ==
          sorted((round(b["pagerank"], 9), b["type"]) for b in got),
          f"{month}: the ranking differs from the store of the month")
    check([round(a["pagerank"], 9) for a in alone] == [round(b["pagerank"], 9) for b in got],
          f"{month}: ranked in another order")
    text = run(kg, full, "query", "centrality", "--by", "month", "-n", "3").stdout
    for m in want:
        check(m + " (" in text, f"the --by month table has a heading for {m}")


def test_gexf_spells(kg, full):
    con = sqlite3.connect(full)
    for args, since, until in (((), None, None),
                               (("--since", "2022", "--until", "2022"), "2022-01-01",
                                "2022-12-31")):
        path = os.path.join(TMP, "g.gexf")
        run(kg, full, "export", "gexf", "-o", path, *args)
        g = read_gexf(path)
        check(g.graph.get("mode") == "dynamic", "the GEXF graph is dynamic")
        node_months = {}
        for ent, date in con.execute("SELECT DISTINCT m.entity, d.date FROM mentions m JOIN "
                                     "documents d ON d.num = m.document WHERE d.date IS NOT NULL"):
            if not since or in_period(date, since, until):
                node_months.setdefault(f"n{ent}", []).append(date[:7])
        seen = 0
        for n, data in g.nodes(data=True):
            want = months_to_spells(node_months.get(n, []))
            got = [tuple(s) for s in data.get("spells", [])]
            check(got == want, f"spells of {data.get('label')}: {got}, want {want}")
            seen += bool(got)
        check(seen > 0, "some node has spells")
        label = {n: d["label"] for n, d in g.nodes(data=True)}
        edge_months = {}
        for src, tgt, typ, date in con.execute(
                "SELECT ed.source, ed.target, ed.type, d.date FROM edges ed JOIN evidence ev ON "
                "ev.edge = ed.id JOIN documents d ON d.num = ev.document"):
            if not since or in_period(date, since, until):  # undated: only without a period
                months = edge_months.setdefault((f"n{src}", f"n{tgt}", typ), [])
                if date:
                    months.append(date[:7])
        n_edges = 0
        for u, v, data in g.edges(data=True):
            want = months_to_spells(edge_months.get((u, v, data["type"]), []))
            got = [tuple(s) for s in data.get("spells", [])]
            check(got == want, f"spells of {label[u]} -> {label[v]}: {got}, want {want}")
            n_edges += 1
        check(n_edges == len(edge_months), f"{n_edges} GEXF edges, {len(edge_months)} in store")
    con.close()


def undirected(data):
    g = nx.Graph()
    for n in data["nodes"]:
        g.add_node(n["id"], **n)
    for l in data["links"]:
        g.add_edge(l["source"], l["target"])
    return g


def test_filters(kg, full):
    base = export_json(kg, full)
    bn, bl = graph_of(base)
    g = undirected(base)

    def ids(data):
        return {n["id"] for n in data["nodes"]}

    def keys(data):
        return set(graph_of(data)[1])

    d = export_json(kg, full, "--type", "person,place")
    want = {i for i, n in bn.items() if n["type"] in ("person", "place")}
    check(ids(d) == want, "--type person,place keeps the persons and places")
    check(keys(d) == {k for k in bl if k[0] in want and k[1] in want},
          "--type keeps the edges between kept entities")
    d = export_json(kg, full, "--edge", "spoke-at")
    check(keys(d) == {k for k in bl if k[2] == "spoke-at"}, "--edge spoke-at keeps those edges")
    check(ids(d) == set(bn), "--edge alone keeps every entity")
    d = export_json(kg, full, "--min-weight", "2")
    check(keys(d) == {k for k, l in bl.items() if l["weight"] >= 2}, "--min-weight 2")
    check(any(l["weight"] < 2 for l in bl.values()), "the store has edges of weight 1")
    d = export_json(kg, full, "--min-degree", "2")
    check(ids(d) == {n for n in g if g.degree(n) >= 2}, "--min-degree 2")
    d = export_json(kg, full, "--min-degree", "1")
    check(ids(d) == {n for n in g if g.degree(n) >= 1} and len(ids(d)) < len(bn),
          "--min-degree 1 drops the isolated entities")
    d = export_json(kg, full, "--largest-component")
    check(ids(d) == set(max(nx.connected_components(g), key=len)), "--largest-component")
    centre = max(bn.values(), key=lambda n: n["pagerank"])
    d = export_json(kg, full, "--around", centre["label"], "--depth", "2")
    check(ids(d) == set(nx.ego_graph(g, centre["id"], radius=2)), "--around NAME --depth 2")
    d = export_json(kg, full, "--around", centre["label"])
    check(ids(d) == set(nx.ego_graph(g, centre["id"], radius=1)), "--around NAME: depth 1")
    # combined, in the documented order: edge kinds and types first, then the component
    d = export_json(kg, full, "--type", "person,event", "--largest-component")
    sub = g.subgraph([i for i, n in bn.items() if n["type"] in ("person", "event")])
    check(ids(d) == set(max(nx.connected_components(sub), key=len)),
          "--type then --largest-component")
    # scores stay those of the whole graph
    check(all(abs(n["pagerank"] - bn[n["id"]]["pagerank"]) < 1e-12 for n in d["nodes"]),
          "filtered entities keep the whole graph's PageRank")
    # the same filters on the queries
    r = json.loads(run(kg, full, "query", "centrality", "--type", "person", "-n", "0",
                       "--json", "--min-degree", "1").stdout)
    want = {bn[i]["label"] for i in bn if bn[i]["type"] == "person" and g.degree(i) >= 1}
    sub = g.subgraph([i for i in bn if bn[i]["type"] == "person"])
    want = {bn[i]["label"] for i in sub if sub.degree(i) >= 1}
    check({o["name"] for o in r} == want, "centrality --type person --min-degree 1")
    # every format takes the options
    for fmt in ("graphml", "gexf", "cytoscape"):
        p = run(kg, full, "export", fmt, "-o", "-", "--since", "2022", "--type", "person",
                ok=False)
        check(p.returncode == 0 and p.stdout, f"export {fmt} with a period and a filter")
    out = os.path.join(TMP, "csv")
    run(kg, full, "export", "csv", "-o", out, "--until", "2015", "--min-degree", "1")
    with open(os.path.join(out, "nodes.csv")) as f:
        n_csv = sum(1 for _ in f) - 1
    d = export_json(kg, full, "--until", "2015", "--min-degree", "1")
    check(n_csv == len(d["nodes"]), f"csv holds {n_csv} nodes, json {len(d['nodes'])}")


def test_neighbors_and_path(kg, full):
    """neighbors and path in a period see the edges of the period's graph, as exported."""
    args = ("--since", "2022-06", "--until", "2023-12-31")
    sliced = export_json(kg, full, *args)
    sn, sl = graph_of(sliced)
    g = undirected(sliced)
    gw = undirected(export_json(kg, full))
    # an entity with neighbours in the period and more outside it (same store: same ids)
    centre = max(sn.values(), key=lambda n: (gw.degree(n["id"]) > g.degree(n["id"]) > 0,
                                             g.degree(n["id"])))
    got = json.loads(run(kg, full, "query", "neighbors", "--json", *args,
                         centre["label"]).stdout)["neighbors"]
    want = sorted((sn[b]["label"], t, "out", l["weight"]) for (a, b, t), l in sl.items()
                  if a == centre["id"]) + \
        sorted((sn[a]["label"], t, "in", l["weight"]) for (a, b, t), l in sl.items()
               if b == centre["id"])
    check(sorted((o["name"], o["edge"], o["direction"], o["weight"]) for o in got) ==
          sorted(want), f"neighbors of {centre['label']} in the period")
    whole = json.loads(run(kg, full, "query", "neighbors", "--json",
                           centre["label"]).stdout)["neighbors"]
    check(len(whole) > len(got) > 0, f"{centre['label']}: fewer neighbours in the period")
    p = run(kg, full, "query", "neighbors", "--json", "--evidence", *args, centre["label"])
    for o in json.loads(p.stdout)["neighbors"]:
        check(len(o["evidence"]) == o["weight"], "neighbors --evidence: the period's sentences")
    # path: found exactly when the period's graph links the two, as short
    others = sorted(sn.values(), key=lambda n: n["label"])[:12]
    for o in others:
        p = run(kg, full, "query", "path", "--json", *args, centre["label"], o["label"],
                ok=False)
        if nx.has_path(g, centre["id"], o["id"]):
            hops = json.loads(p.stdout)["hops"] if p.returncode == 0 else None
            check(hops is not None and
                  len(hops) == nx.shortest_path_length(g, centre["id"], o["id"]),
                  f"path {centre['label']} -> {o['label']} in the period")
        else:
            check(p.returncode == 1 and "in the period" in p.stderr,
                  f"no path {centre['label']} -> {o['label']} in the period")


BAD = [
    ("--since", "2023-02-30"), ("--since", "March"), ("--until", "2023-13"),
    ("--since", "23"), ("--until", ""), ("--since", "2024", "--until", "2023"),
    ("--type", "persn"), ("--type", "person,"), ("--edge", "speaks"),
    ("--min-weight", "-1"), ("--min-weight", "abc"), ("--min-degree", "1.5"),
    ("--min-degree", "-2"), ("--around", "Blinken", "--depth", "0"), ("--depth", "2"),
]


def test_bad_values(kg, full):
    before = open(full, "rb").read()
    commands = (["export", "json"], ["query", "centrality"], ["query", "communities"])
    for cmd in commands:
        for bad in BAD:
            p = run(kg, full, *cmd, *bad, ok=False)
            lines = p.stderr.splitlines()
            check(p.returncode == 2 and len(lines) == 1 and not p.stdout,
                  f"kg {' '.join(cmd + list(bad))}: exit {p.returncode}, stderr {lines}")
    for cmd in (["query", "neighbors", "Blinken"], ["query", "path", "Blinken", "Norov"]):
        for bad in BAD[:6]:
            p = run(kg, full, *cmd[:2], *bad, *cmd[2:], ok=False)
            check(p.returncode == 2 and len(p.stderr.splitlines()) == 1 and not p.stdout,
                  f"kg {' '.join(cmd + list(bad))}: exit {p.returncode}")
    p = run(kg, full, "query", "centrality", "--by", "week", ok=False)
    check(p.returncode == 2 and len(p.stderr.splitlines()) == 1, "--by week: one line, exit 2")
    p = run(kg, full, "export", "json", "--around", "Nobody At All Xyzzy", ok=False)
    check(p.returncode == 1 and len(p.stderr.splitlines()) == 1, "--around an unknown name")
    check(open(full, "rb").read() == before, "bad options leave the store unchanged")


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    kg = os.path.abspath(sys.argv[1])
    global TMP
    TMP = tempfile.mkdtemp(prefix="kg-time-")
    try:
        full = test_period_equals_period_store(kg)
        test_by_month(kg, full)
        test_gexf_spells(kg, full)
        test_filters(kg, full)
        test_neighbors_and_path(kg, full)
        test_bad_values(kg, full)
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    if FAILURES:
        print(f"time_slices: {len(FAILURES)} failures")
        sys.exit(1)
    print("time_slices: ok")


DATES = {}
TMP = ""
if __name__ == "__main__":
    main()
