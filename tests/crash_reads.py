#!/usr/bin/env python3
"""crash_reads: SIGKILL during `kg export` and `kg query` (issue 12, items 3, 4 and 8).

A store of generated articles is built once; the reference output of every command is taken
from it. Then, once per kill, one command (an export in one of the formats, or a query, some
of which cache their analytics in the store) runs and is killed at a random moment, with the
cached analytics dropped first every other time so that the kill may land while they are
written. After every kill:
  - the export's target is absent (when there was none), its old bytes, or the whole
    reference export: never a half file (each file of a CSV export likewise);
  - the store passes integrity_check and foreign_key_check, and its cached analytics, when
    it claims any for the current graph, are whole (a row per entity);
  - the temporary file a SIGKILL may leave is hidden beside the target and removed by the
    next export to it, which kg neither refuses nor reads as an input;
  - the same command run again exits 0 with the reference output.

usage: crash_reads.py KG_BINARY [KILLS [SEED]]   (default 20 kills; README: 100)
"""
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

FIRST = ["Daniel", "Alua", "Kamila", "Anton", "Marat", "Erlan", "Nurlan", "Dana", "Aigerim",
         "Timur", "Sergei", "Olga", "Rustam", "Zarina", "Bakhyt", "Gulnara", "Askar", "Madina"]
LAST = ["Rosenblum", "Joldybalina", "Baidildina", "Tkachev", "Abenov", "Serikbayev", "Ismailov",
        "Karimova", "Nazarov", "Petrov", "Sultanov", "Omarov", "Kuanyshev", "Zhumabekov",
        "Beisenov", "Akhmetov", "Mukhamedov", "Iskakov"]
COUNTRIES = ["Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Russia",
             "China", "Turkey", "Germany", "France"]
CITIES = ["Astana", "Tashkent", "Bishkek", "Dushanbe", "Almaty", "Samarkand"]
DOCS = 600  # a graph of about 1,000 nodes: an export takes about half a second


def write_docs(d):
    rnd = random.Random(5)
    os.makedirs(d)
    for i in range(DOCS):
        paras = []
        for _ in range(4):
            a = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
            b = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
            c1, c2 = rnd.sample(COUNTRIES, 2)
            paras.append(f"The Foreign Minister of {c1}, {a}, met Ambassador {b} of {c2} in "
                         f"{rnd.choice(CITIES)}. {a} said the talks on trade went well.\n\n")
        with open(os.path.join(d, f"{i:04}.txt"), "w") as f:
            f.write(f"Meeting {i}\nMarch {1 + i % 28}, 2023\n" + "".join(paras))


# name -> (arguments after --db DB, output: a file, a folder (csv) or None for stdout)
EXPORTS = {f: (["export", f, "-o", f"out/graph.{f}"], f"out/graph.{f}")
           for f in ("json", "graphml", "gexf", "cytoscape", "html")}
EXPORTS["csv"] = (["export", "csv", "-o", "out/csv"], "out/csv")
QUERIES = {
    "centrality": (["query", "centrality", "--measure", "betweenness", "-n", "30", "--json"], None),
    "pagerank": (["query", "centrality", "-n", "30"], None),
    "communities": (["query", "communities", "--json"], None),
    "communities-0.5": (["query", "communities", "--resolution", "0.5"], None),
    "neighbors": (["query", "neighbors", "Kazakhstan", "--depth", "2", "--json"], None),
    "stats": (["stats", "--json"], None),
}
OLD = b"an older file at the export's place\n"


def run(binary, db, args, cwd):
    r = subprocess.run([binary, "--db", db, *args], capture_output=True, cwd=cwd, timeout=600)
    if args[0] == "stats" and r.returncode == 0:  # whether the analytics are cached varies
        r.stdout = re.sub(rb'"analytics_cached": \w+', b"", r.stdout)
    return r


def target_bytes(path):
    """The bytes at path: None when absent, a dict name -> bytes for a folder."""
    if os.path.isdir(path):
        return {n: open(os.path.join(path, n), "rb").read() for n in sorted(os.listdir(path))
                if not n.startswith(".")}
    if os.path.exists(path):
        return open(path, "rb").read()
    return None


def temporaries(d):
    """kg's temporary files in d and its subfolders."""
    found = []
    for root, _, files in os.walk(d):
        found += [os.path.join(root, n) for n in files if n.startswith(".") and ".kg-" in n
                  and n.endswith(".tmp")]
    return sorted(found)


def remove(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    elif os.path.exists(path):
        os.remove(path)


def owned(tmp_file, path):
    """Whether tmp_file is a temporary file of the export to path (a file or a CSV folder)."""
    if os.path.dirname(tmp_file) == path:
        return True
    return os.path.basename(tmp_file).startswith("." + os.path.basename(path) + ".kg-")


def check_store(db):
    problems = []
    con = sqlite3.connect(db)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            problems.append(f"integrity_check: {ok}")
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"foreign_key_check: {fk[:3]}")
        meta = dict(con.execute("SELECT key, value FROM meta"))
        if meta.get("scores_version") == meta.get("graph_version"):
            rows = con.execute("SELECT count(*) FROM scores").fetchone()[0]
            ents = con.execute("SELECT count(*) FROM entities").fetchone()[0]
            if rows != ents:
                problems.append(f"the cached analytics claim the current graph with {rows} rows "
                                f"for {ents} entities")
    finally:
        con.close()
    return problems


def drop_cache(db):
    con = sqlite3.connect(db)
    try:
        with con:
            con.execute("UPDATE meta SET value = '-1'"
                        " WHERE key IN ('scores_version', 'scores_graph_version')")
    finally:
        con.close()


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    kills = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    tmp = tempfile.mkdtemp(prefix="kg-crash-reads.")
    problems = []
    counts = {"absent": 0, "old": 0, "whole": 0, "temporaries": 0, "cache-writes": 0}
    try:
        write_docs(os.path.join(tmp, "docs"))
        db = "kg.db"
        assert run(binary, db, ["-q", "build", "docs"], tmp).returncode == 0
        os.makedirs(os.path.join(tmp, "out"))
        commands = dict(EXPORTS, **QUERIES)
        # the reference output of each command, and how long it takes without the analytics
        # cached (cold) and with them (warm)
        reference, duration = {}, {}
        for name, (args, out) in commands.items():
            drop_cache(os.path.join(tmp, db))
            t0 = time.monotonic()
            r = run(binary, db, args, tmp)
            t1 = time.monotonic()
            run(binary, db, args, tmp)
            duration[name] = (t1 - t0, time.monotonic() - t1)
            if name == "html" and r.returncode == 2:  # built without cytoscape.js
                continue
            if r.returncode != 0:
                problems.append(f"{name}: exit {r.returncode}: {r.stderr.decode()!r}")
                continue
            reference[name] = target_bytes(os.path.join(tmp, out)) if out else r.stdout
        names = sorted(reference)
        for k in range(1, kills + 1):
            name = rnd.choice(names)
            args, out = commands[name]
            path = os.path.join(tmp, out) if out else None
            if path:  # absent, an older file, or the reference itself from an earlier round
                state = rnd.choice(("absent", "old", "keep"))
                if state == "absent" or (state == "keep" and target_bytes(path) is None):
                    remove(path)
                elif state == "old":
                    remove(path)
                    for n in ([os.path.join(path, n) for n in reference[name]]
                              if isinstance(reference[name], dict) else [path]):
                        os.makedirs(os.path.dirname(n), exist_ok=True)
                        with open(n, "wb") as f:
                            f.write(OLD)
            before = target_bytes(path) if path else None
            cold = k % 2
            if cold:
                drop_cache(os.path.join(tmp, db))
                counts["cache-writes"] += 1
            # half the kills anywhere, half in the last third, where the output is written
            d = duration[name][0 if cold else 1]
            moment = rnd.uniform(0.0, d) if rnd.random() < 0.5 else rnd.uniform(0.65 * d, d)
            p = subprocess.Popen([binary, "--db", db, *args], cwd=tmp,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(moment)
            p.send_signal(signal.SIGKILL)
            p.wait()
            problems += [f"kill {k} ({name}): {f}" for f in check_store(os.path.join(tmp, db))]
            if path:
                after, ref = target_bytes(path), reference[name]
                if isinstance(ref, dict):  # each file of the folder on its own
                    after = after or {}
                    for n, data in ref.items():
                        was = (before or {}).get(n)
                        got = after.get(n)
                        if got is not None and got != was and got != data:
                            problems.append(f"kill {k} ({name}): {n} is a half file "
                                            f"({len(got)} of {len(data)} bytes)")
                    counts["whole" if after == ref else "old" if after == (before or {})
                           else "absent"] += 1
                elif after is None:
                    counts["absent"] += 1
                    if before is not None:
                        problems.append(f"kill {k} ({name}): the old file is gone")
                elif after == ref:
                    counts["whole"] += 1
                elif after == before:
                    counts["old"] += 1
                else:
                    problems.append(f"kill {k} ({name}): a half file ({len(after)} of "
                                    f"{len(ref)} bytes)")
            left = temporaries(os.path.join(tmp, "out"))
            counts["temporaries"] += len(left)
            # the same command again: whole, the reference output, no temporary file left
            r = run(binary, db, args, tmp)
            if r.returncode != 0:
                problems.append(f"kill {k} ({name}): re-run failed: {r.stderr.decode()!r}")
            elif (target_bytes(path) if path else r.stdout) != reference[name]:
                problems.append(f"kill {k} ({name}): re-run differs from the reference")
            stray = [t for t in temporaries(os.path.join(tmp, "out")) if path and owned(t, path)]
            if stray:
                problems.append(f"kill {k} ({name}): temporary files left after the re-run: "
                                f"{[os.path.basename(t) for t in stray]}")
            problems += [f"kill {k} ({name}) re-run: {f}"
                         for f in check_store(os.path.join(tmp, db))]
        left = temporaries(os.path.join(tmp, "out"))
        if left:
            problems.append(f"temporary files left at the end: {left}")
        print(f"crash reads: {kills} kills over {len(names)} commands ({', '.join(names)}); "
              f"exports found absent {counts['absent']}, old {counts['old']}, whole "
              f"{counts['whole']}; {counts['temporaries']} temporary files left by SIGKILL, "
              f"each removed by the next export; {counts['cache-writes']} kills with the "
              f"analytics to cache")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for pr in problems:
        print("FAIL " + pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
