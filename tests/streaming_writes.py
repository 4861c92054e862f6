#!/usr/bin/env python3
"""streaming_writes: what `kg build -j N` (N > 1) writes while its input waits.

With threads, the writer stores each document as it comes into a transaction it keeps open
until the batch is full; when no document comes for a while (an input that waits, here a
pipe that the test keeps open), it commits. So a document built before the wait is visible
to other connections and the store is not locked while the build waits for input. Then the
rest of the input comes, the build ends, and its store exports the same graph as `-j 1`.

usage: streaming_writes.py KG_BINARY
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

FIRST = ("Talks in Astana\nMarch 3, 2023\n"
         "The Foreign Minister of Kazakhstan, Murat Nurtleu, met Ambassador Daniel Rosenblum "
         "in Astana on Friday. Nurtleu said the two sides discussed trade and water.\n")
LATER = ("Visit to Tashkent\nMarch 9, 2023\n"
         "President Shavkat Mirziyoyev received a delegation of the European Union in "
         "Tashkent. The delegation spoke at the Tashkent International Investment Forum.\n")


def documents(db):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return con.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        con.close()


def lock_is_free(db):
    con = sqlite3.connect(db, timeout=0.5)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        con.close()


def graph(kg, store, tmp):
    """The nodes (name, type) and links (source, target, type) of a store's export."""
    out = os.path.join(tmp, "export.json")
    subprocess.run([kg, "--db", store, "export", "json", "-o", out], check=True)
    with open(out) as f:
        g = json.load(f)
    os.unlink(out)
    name = {n["id"]: n.get("label") or n.get("name") for n in g["nodes"]}
    nodes = sorted((name[n["id"]], n.get("type")) for n in g["nodes"])
    links = sorted((name[e["source"]], name[e["target"]], e.get("type"))
                   for e in g.get("links", g.get("edges", [])))
    return nodes, links


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    kg = sys.argv[1]
    problems = []
    with tempfile.TemporaryDirectory(prefix="kg-streaming.") as tmp:
        first = os.path.join(tmp, "first.txt")
        with open(first, "w") as f:
            f.write(FIRST)
        db = os.path.join(tmp, "kg.db")
        # first.txt, then standard input: a pipe the test holds open
        build = subprocess.Popen([kg, "-q", "--db", db, "build", "-j", "2", first, "-"],
                                 stdin=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        seen, free = 0, False
        deadline = time.time() + 30
        while time.time() < deadline and not (seen and free):
            time.sleep(0.2)
            if os.path.exists(db):
                try:
                    seen = documents(db)
                    free = lock_is_free(db)
                except sqlite3.OperationalError:
                    pass
        if build.poll() is not None:
            problems.append(f"the build ended before its input did ({build.returncode})")
        if seen != 1:
            problems.append(f"while the input waits, {seen} documents are visible, not 1")
        if not free:
            problems.append("while the input waits, the build holds the store's write lock")
        _, stderr = build.communicate(LATER, timeout=120)
        if build.returncode != 0:
            problems.append(f"the build failed ({build.returncode}): {stderr.strip()}")
        if documents(db) != 2:
            problems.append(f"after the input ended, {documents(db)} documents, not 2")
        # the same graph as one thread
        later = os.path.join(tmp, "later.txt")
        with open(later, "w") as f:
            f.write(LATER)
        alone = os.path.join(tmp, "alone.db")
        subprocess.run([kg, "-q", "--db", alone, "build", "-j", "1", first], check=True)
        subprocess.run([kg, "-q", "--db", alone, "build", "-j", "1", later], check=True)
        graphs = [graph(kg, store, tmp) for store in (db, alone)]
        if graphs[0] != graphs[1] or len(graphs[0][0]) < 4:
            problems.append(f"the graph differs from -j 1's: {graphs[0]} / {graphs[1]}")
    for p in problems:
        print("FAIL:", p)
    if not problems:
        print("ok: a waiting input leaves its documents committed and the store unlocked")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
