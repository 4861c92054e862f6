#!/usr/bin/python3
"""Check kg's PageRank against networkx. Usage: pagerank_parity.py EXPORT.json [TOLERANCE]

Reads kg's node-link JSON export, builds the undirected simple networkx Graph the same way kg's
analytics do (one edge per unordered node pair, weights summed over every link between the
pair in either direction and of any type, self-loops dropped), runs
nx.pagerank(G, alpha=0.85, weight="weight") and compares each node's value with the
"pagerank" attribute kg exported. Prints one line per mismatch and a summary line; exits 0 when
every node agrees within TOLERANCE (default 1e-6), 1 otherwise.

The comparison uses networkx run to convergence (tol=1e-12): with its default tol=1e-6,
networkx stops its power iteration once the L1 change of a step drops below N * 1e-6, so its
own values can be off by more than 1e-6 per node (1.7e-6 on the 16-node test graph), while
igraph's PRPACK solves the same linear system exactly. The difference from the default call is
printed too, for information.

networkx 2.8's nx.pagerank needs scipy; without it, this falls back to networkx's own pure
Python power iteration (networkx.algorithms.link_analysis.pagerank_alg._pagerank_python), the
same algorithm with the same parameters.
"""
import json
import sys

import networkx as nx


def main():
    path = sys.argv[1]
    tol = float(sys.argv[2]) if len(sys.argv) > 2 else 1e-6
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    M = nx.node_link_graph(data)  # checks that networkx reads the export as is
    G = nx.Graph()
    G.add_nodes_from(M.nodes())
    for u, v, d in M.edges(data=True):
        if u == v:
            continue
        w = d.get("weight", 1)
        if G.has_edge(u, v):
            G[u][v]["weight"] += w
        else:
            G.add_edge(u, v, weight=w)
    try:
        nx.pagerank(nx.path_graph(2))
        pagerank = nx.pagerank
        how = "nx.pagerank"
    except ImportError:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        pagerank = _pagerank_python
        how = "networkx _pagerank_python (no scipy)"
    pr = pagerank(G, alpha=0.85, weight="weight", tol=1e-12, max_iter=100000)
    pr_default = pagerank(G, alpha=0.85, weight="weight")
    worst = 0.0
    bad = 0
    for n, d in M.nodes(data=True):
        diff = abs(pr[n] - d["pagerank"])
        worst = max(worst, diff)
        if diff > tol:
            bad += 1
            print("%s: kg %.12g networkx %.12g" % (n, d["pagerank"], pr[n]))
    default_diff = max((abs(pr_default[n] - d["pagerank"]) for n, d in M.nodes(data=True)),
                       default=0.0)
    print("%s: %d nodes, %d pairs, max difference %.3g (%.3g with the default tol), %d above %g"
          % (how, G.number_of_nodes(), G.number_of_edges(), worst, default_diff, bad, tol))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
