#!/usr/bin/env python3
"""crash_builds: SIGKILL during `kg build` (issue 12, items 3 and 8).

A store holds a first set of documents. Then, once per kill: a query caches the analytics,
a build of a new set of documents is killed at a random moment (three kills in four after the
build's first commit, so that a loaded machine does not push them all before it), and a
re-run completes it.
After every kill the store must pass integrity_check and foreign_key_check, hold only whole
documents (each with its mentions), and never serve the old analytics as current: when
documents were added since the cache was written, the graph version must differ from the
cached scores' version. At the end the store must equal a clean build of the same sets in
the same order.

usage: crash_builds.py KG_BINARY [KILLS [SEED]]   (default 20 kills; README: 100)
"""
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

CITIES = ["Astana", "Tashkent", "Bishkek", "Dushanbe", "Almaty", "Samarkand"]


def article(i):
    city = CITIES[i % len(CITIES)]
    body = "".join(
        f"The Foreign Minister of Kazakhstan met delegation {i}-{k} of Uzbekistan in {city}. "
        f"Ambassador Daniel Rosenblum of the United States said talks number {k} went well.\n\n"
        for k in range(2))
    return f"Meeting {i} in {city}\nMarch {1 + i % 28}, 2023\n{body}"


def write_docs(d, lo, hi):
    os.makedirs(d, exist_ok=True)
    for i in range(lo, hi):
        with open(os.path.join(d, f"{i:04}.txt"), "w") as f:
            f.write(article(i))


def kg(binary, db, *args):
    return subprocess.run([binary, "--db", db, *args], capture_output=True, timeout=600)


def stored_documents(db):
    """How many documents the store holds now (None when it cannot be read just now)."""
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.05)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return None


def wait_for_first_commit(db, before, proc, limit):
    """Returns once the store holds more than before documents, proc ended or limit passed."""
    end = time.monotonic() + limit
    while time.monotonic() < end and proc.poll() is None:
        n = stored_documents(db)
        if n is not None and n > before:
            return
        time.sleep(0.002)


def snapshot(db):
    """What a store holds, independent of ids and times."""
    con = sqlite3.connect(db)
    try:
        docs = sorted(r[0] for r in con.execute("SELECT id FROM documents"))
        ents = sorted(con.execute("SELECT name, type FROM entities"))
        edges = sorted(con.execute(
            "SELECT s.name, t.name, e.type, e.weight FROM edges e"
            " JOIN entities s ON s.id = e.source JOIN entities t ON t.id = e.target"))
        aliases = sorted(con.execute(
            "SELECT e.name, a.alias FROM aliases a JOIN entities e ON e.id = a.entity"))
    finally:
        con.close()
    return docs, ents, edges, aliases


def check_after_kill(db, cached_docs):
    con = sqlite3.connect(db)
    try:
        problems = []
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            problems.append(f"integrity_check: {ok}")
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"foreign_key_check: {fk[:3]}")
        half = con.execute("SELECT count(*) FROM documents d WHERE NOT EXISTS"
                           " (SELECT 1 FROM mentions m WHERE m.document = d.num)").fetchone()[0]
        if half:
            problems.append(f"{half} documents without their mentions")
        docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        meta = dict(con.execute("SELECT key, value FROM meta"))
        if docs > cached_docs and meta.get("scores_graph_version") == meta.get("graph_version"):
            problems.append(f"{docs - cached_docs} documents added but the cached analytics "
                            f"still claim the current graph version {meta['graph_version']}")
        return problems, docs
    finally:
        con.close()


SET = 192  # documents per killed build: three batches of 64


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    binary = sys.argv[1]
    kills = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 12)
    tmp = tempfile.mkdtemp(prefix="kg-crash.")
    problems = []
    try:
        # the first set, then one set of new documents per kill
        sets = [os.path.join(tmp, f"set{k:03}") for k in range(kills + 1)]
        write_docs(sets[0], 0, 10)
        for k in range(1, kills + 1):
            write_docs(sets[k], 10 + (k - 1) * SET, 10 + k * SET)
        # a clean build of the same sets in the same order, timed
        clean = os.path.join(tmp, "clean.db")
        durations = []
        for d in sets:
            t0 = time.monotonic()
            assert kg(binary, clean, "-q", "build", d).returncode == 0
            durations.append(time.monotonic() - t0)
        # kill while the build runs: within the median clean build's time, and commit every
        # 16 documents, so that most kills fall between two of its transactions
        duration = sorted(durations[1:])[len(durations[1:]) // 2]

        db = os.path.join(tmp, "kg.db")
        assert kg(binary, db, "build", sets[0]).returncode == 0
        mid_build = 0
        for k in range(1, kills + 1):
            r = kg(binary, db, "query", "centrality", "-n", "3")  # caches the analytics
            if r.returncode != 0:
                problems.append(f"kill {k}: query failed: {r.stderr.decode()!r}")
            _, cached_docs = check_after_kill(db, 10**9)
            p = subprocess.Popen([binary, "--db", db, "-q", "build", sets[k]],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                 env=dict(os.environ, KG_BATCH_DOCS="16"))
            if k % 4 == 0:
                time.sleep(rnd.uniform(0.0, duration))  # any moment, the start included
            else:
                # after its first commit: on a loaded machine the build runs slower than the
                # clean one was timed, and a kill by the clock alone falls before it
                wait_for_first_commit(db, cached_docs, p, 4 * duration)
                time.sleep(rnd.uniform(0.0, duration / 2))
            p.send_signal(signal.SIGKILL)
            p.wait()
            found, docs = check_after_kill(db, cached_docs)
            problems += [f"kill {k}: {f}" for f in found]
            mid_build += cached_docs < docs < cached_docs + SET
            # the re-run completes the set
            r = kg(binary, db, "-q", "build", sets[k])
            if r.returncode != 0:
                problems.append(f"kill {k}: re-run failed: {r.stderr.decode()!r}")
        found, _ = check_after_kill(db, 10**9)
        problems += [f"at the end: {f}" for f in found]
        a, b = snapshot(db), snapshot(clean)
        if a != b:
            what = [n for n, x, y in zip(("documents", "entities", "edges", "aliases"), a, b)
                    if x != y]
            problems.append(f"the re-runs differ from a clean build in: {', '.join(what)}")
        print(f"crash builds: {kills} kills, {mid_build} of them between two batches of one "
              f"build; a build of {SET} documents takes {duration:.2f} s (median)")
        if kills >= 10 and mid_build < kills // 4:
            problems.append(f"only {mid_build} of {kills} kills fell inside a build: the test "
                            "does not test what it should")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for pr in problems:
        print("FAIL " + pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
