#!/usr/bin/env python3
"""Every export read by its consumer with a plain call (issue 14, part 3).

Usage: export_consumers.py KG_BINARY

Builds the seed articles (examples/) into a fresh store, writes every format, and reads
  json     with networkx.node_link_graph(data) under Debian's /usr/bin/python3 (networkx 2.8,
           which reads "links"), with node_link_graph(data, link="edges") there too (what
           networkx 3.6's plain call reads), and with the plain call under every other python3
           on PATH whose networkx is 3.x; and as D3's forceLink reads it (links' source and
           target are node ids);
  gexf     with networkx.read_gexf (1.2draft), every edge carrying kind = its type;
  gexf1.3  parsed as GEXF 1.3 (networkx reads no 1.3), same nodes and edges;
  graphml  with ../shared/eval/graphml-check, networkx.read_graphml, and no key for="graph"
           (Gephi's importer reports each one as a severe error).
Each reader must find the store's number of nodes and edges. Prints one line per check and
'N passed, N failed'."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GRAPHML_CHECK = os.path.join(ROOT, "..", "shared", "eval", "graphml-check")

READ_JSON = r"""
import json, sys, warnings
import networkx as nx
warnings.simplefilter("ignore")
data = json.load(open(sys.argv[1], encoding="utf-8"))
kw = {}
if sys.argv[2] == "edges":
    kw = {"link": "edges"}
G = nx.node_link_graph(data, **kw)
print(nx.__version__, G.number_of_nodes(), G.number_of_edges())
"""

READ_GEXF = r"""
import sys
import networkx as nx
G = nx.read_gexf(sys.argv[1])
kinds = sorted({d.get("type") for _, _, d in G.edges(data=True)})
print(nx.__version__, G.number_of_nodes(), G.number_of_edges(), ",".join(kinds))
"""

READ_GRAPHML = r"""
import sys
import networkx as nx
G = nx.read_graphml(sys.argv[1])
print(nx.__version__, G.number_of_nodes(), G.number_of_edges())
"""

CLOSENESS = r"""
import json, sys
import networkx as nx
data = json.load(open(sys.argv[1], encoding="utf-8"))
G = nx.Graph()
G.add_nodes_from(n["id"] for n in data["nodes"])
G.add_edges_from((l["source"], l["target"]) for l in data["links"] if l["source"] != l["target"])
want = nx.closeness_centrality(G)
got = {n["id"]: n["closeness"] for n in data["nodes"]}
print("max-diff", max(abs(want[k] - got[k]) for k in want))
"""

results = []


def check(name, ok, detail=""):
    results.append(ok)
    print("%s %s%s" % ("ok  " if ok else "FAIL", name, (": " + detail) if detail else ""))


def pythons_with_networkx():
    """(label, path, major version) of each distinct python3 that imports networkx."""
    found, seen = [], set()
    candidates = ["/usr/bin/python3", shutil.which("python3"), sys.executable]
    for p in candidates:
        if not p or not os.path.exists(p):
            continue
        real = os.path.realpath(p)
        if real in seen:
            continue
        seen.add(real)
        r = subprocess.run([p, "-c", "import networkx; print(networkx.__version__)"],
                           capture_output=True, text=True)
        if r.returncode == 0:
            found.append((p, r.stdout.strip()))
    return found


def run_py(python, code, *args):
    r = subprocess.run([python, "-c", code] + list(args), capture_output=True, text=True)
    return r.returncode, r.stdout.strip(), r.stderr.strip().splitlines()[-1:] or [""]


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    kg = os.path.abspath(sys.argv[1])
    tmp = tempfile.mkdtemp(prefix="kg-consumers-")
    try:
        db = os.path.join(tmp, "kg.db")
        subprocess.run([kg, "--db", db, "-q", "build", os.path.join(ROOT, "examples")],
                       check=True)
        stats = json.loads(subprocess.run([kg, "--db", db, "stats", "--json"], check=True,
                                          capture_output=True, text=True).stdout)
        n_nodes, n_edges = stats["entities"], stats["edges"]
        paths = {}
        for fmt, name in [("json", "g.json"), ("gexf", "g.gexf"), ("gexf1.3", "g13.gexf"),
                          ("graphml", "g.graphml")]:
            paths[fmt] = os.path.join(tmp, name)
            subprocess.run([kg, "--db", db, "export", fmt, "-o", paths[fmt]], check=True)
        want = "%d %d" % (n_nodes, n_edges)

        pys = pythons_with_networkx()
        check("a python3 with networkx", bool(pys), ", ".join(v for _, v in pys))
        debian = [(p, v) for p, v in pys if v.startswith("2.")]
        if os.path.exists("/usr/bin/python3") and not debian:
            print("note: /usr/bin/python3 has no networkx 2.x; the 2.8 checks run on what is here")
        for python, version in pys:
            modes = ["plain"]
            if version.startswith("2."):
                modes.append("edges")  # networkx 3.6's plain call reads "edges"
            for mode in modes:
                rc, out, err = run_py(python, READ_JSON, paths["json"], mode)
                check("json: node_link_graph(data%s) with networkx %s" %
                      (', link="edges"' if mode == "edges" else "", version),
                      rc == 0 and out.split()[1:] == want.split(), out or err[0])
            rc, out, err = run_py(python, READ_GEXF, paths["gexf"])
            check("gexf: read_gexf with networkx %s" % version,
                  rc == 0 and out.split()[1:3] == want.split(), out or err[0])
            rc, out, err = run_py(python, READ_GRAPHML, paths["graphml"])
            check("graphml: read_graphml with networkx %s" % version,
                  rc == 0 and out.split()[1:] == want.split(), out or err[0])

        # closeness as networkx computes it by default (Wasserman-Faust), on the undirected
        # simple graph the analytics use
        rc, out, err = run_py(pys[0][0] if pys else sys.executable, CLOSENESS, paths["json"])
        check("json: closeness equals networkx.closeness_centrality (wf_improved)",
              rc == 0 and out.startswith("max-diff ") and float(out.split()[1]) < 1e-9,
              out or err[0])

        # two levels of communities in every export: node community (level 0) and
        # subcommunity (level 1), the hierarchy (level, parent) in JSON, cytoscape and CSV
        comms = data_json = json.load(open(paths["json"], encoding="utf-8"))
        table = comms["graph"].get("communities", [])
        parent = {c["id"]: c["parent"] for c in table if c["level"] == 1}
        nested = all(parent.get(n.get("subcommunity")) == n["community"] for n in data_json["nodes"])
        levels = sorted({c["level"] for c in table})
        check("json: communities table with level and parent, subcommunities nested",
              levels == [0, 1] and all(c["parent"] is None for c in table if c["level"] == 0)
              and nested, "levels %s, %d entries" % (levels, len(table)))
        for python, version in pys[:1]:
            rc, out, err = run_py(python, r"""
import sys, networkx as nx
G = nx.read_gexf(sys.argv[1]); H = nx.read_graphml(sys.argv[2])
ok = all("subcommunity" in d and "community" in d for _, d in G.nodes(data=True))
ok = ok and all("subcommunity" in d and "community" in d for _, d in H.nodes(data=True))
print(ok)""", paths["gexf"], paths["graphml"])
            check("gexf, graphml: community and subcommunity on every node", out == "True",
                  out or err[0])
        cy = os.path.join(tmp, "g.cyjs")
        subprocess.run([kg, "--db", db, "export", "cytoscape", "-o", cy], check=True)
        cyd = json.load(open(cy, encoding="utf-8"))
        check("cytoscape: data.communities with level and parent",
              cyd.get("data", {}).get("communities") == table)
        csvdir = os.path.join(tmp, "csv")
        subprocess.run([kg, "--db", db, "export", "csv", "-o", csvdir], check=True)
        lines = open(os.path.join(csvdir, "communities.csv"), encoding="utf-8").read().splitlines()
        check("csv: communities.csv with level and parent",
              lines[0] == "level:int,id:long,parent:long,size:long" and len(lines) == len(table) + 1)

        # D3's forceLink(links).id(d => d.id): every link end is a node id
        data = json.load(open(paths["json"], encoding="utf-8"))
        ids = {n["id"] for n in data["nodes"]}
        ends_ok = all(l["source"] in ids and l["target"] in ids for l in data["links"])
        check("json: D3 nodes/links, every link end a node id",
              len(data["nodes"]) == n_nodes and len(data["links"]) == n_edges and ends_ok)

        # GEXF: edge kind = type on every edge, so typed parallel edges stay apart in Gephi
        for fmt, ns in [("gexf", "http://www.gexf.net/1.2draft"), ("gexf1.3", "http://gexf.net/1.3")]:
            root = ET.parse(paths[fmt]).getroot()
            edges = root.findall(".//{%s}edge" % ns)
            nodes = root.findall(".//{%s}node" % ns)
            kinds = all(e.get("kind") and e.get("kind") == e.get("label") for e in edges)
            pairs = {}
            for e in edges:
                pairs.setdefault((e.get("source"), e.get("target")), set()).add(e.get("kind"))
            typed_parallel = sum(1 for k in pairs.values() if len(k) > 1)
            check("%s: namespace %s, %d nodes, %d edges, kind on every edge (%d typed parallel "
                  "pairs)" % (fmt, ns, len(nodes), len(edges), typed_parallel),
                  root.tag == "{%s}gexf" % ns and len(nodes) == n_nodes and len(edges) == n_edges
                  and kinds)

        # GraphML: graphml-check, and no key for="graph"
        if os.path.exists(GRAPHML_CHECK):
            r = subprocess.run([sys.executable, GRAPHML_CHECK, paths["graphml"]],
                               capture_output=True, text=True)
            last = (r.stdout.strip().splitlines() or [""])[-1]
            check("graphml: graphml-check", r.returncode == 0 and last.startswith("graphml ok"),
                  last)
        else:
            print("note: %s not found; graphml-check skipped" % GRAPHML_CHECK)
        root = ET.parse(paths["graphml"]).getroot()
        graph_keys = [k.get("id") for k in root.findall("{http://graphml.graphdrawing.org/xmlns}key")
                      if k.get("for") in ("graph", "all")]
        check("graphml: no key for=\"graph\" (Gephi rejects them)", not graph_keys,
              ", ".join(graph_keys))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    passed = sum(results)
    print("%d passed, %d failed" % (passed, len(results) - passed))
    return 0 if results and all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
