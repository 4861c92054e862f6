#!/usr/bin/env python3
"""concurrent_builds: several `kg build` runs into one store at once (issue 12, item 2).

Each writer builds its own set of documents into the same store while a reader runs
`kg stats --json` over and over. Every build must exit 0 without "database is locked", no
document of any may be lost, every read must succeed, and the store must pass
integrity_check and foreign_key_check. Then a build behind a write lock held by another
program for 3 s must wait, say so once, and succeed.

usage: concurrent_builds.py KG_BINARY [WRITERS [DOCS_PER_WRITER [PARAGRAPHS]]]
       (default 4 writers of 70 documents of 150 paragraphs: enough for a writer to hold
       the lock for more than the 5 s that SQLite's busy timeout used to allow)
"""
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

CITIES = ["Astana", "Tashkent", "Bishkek", "Dushanbe", "Almaty", "Samarkand"]


def article(w, i, paragraphs):
    """A document of its own (the writer and number in its text) of some length: a batch of
    them takes seconds to extract, which is how long a writer used to hold the lock."""
    city = CITIES[(w + i) % len(CITIES)]
    body = "".join(
        f"The Foreign Minister of Kazakhstan met delegation {w}-{i}-{k} of Uzbekistan in {city}. "
        f"Officials of the European Union attended talks number {k} on trade and water. "
        f"Ambassador Daniel Rosenblum said delegation {w} discussed the border.\n\n"
        for k in range(paragraphs))
    return f"Meeting {i} of delegation {w} in {city}\nMarch {1 + i % 28}, 2023\n{body}"


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    kg = sys.argv[1]
    writers = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    per = int(sys.argv[3]) if len(sys.argv) > 3 else 70
    paragraphs = int(sys.argv[4]) if len(sys.argv) > 4 else 150
    tmp = tempfile.mkdtemp(prefix="kg-concurrent.")
    problems = []
    try:
        db = os.path.join(tmp, "kg.db")
        dirs = []
        for w in range(writers):
            d = os.path.join(tmp, f"in{w}")
            os.makedirs(d)
            for i in range(per):
                with open(os.path.join(d, f"{i:04}.txt"), "w") as f:
                    f.write(article(w, i, paragraphs))
            dirs.append(d)
        procs = [subprocess.Popen([kg, "--db", db, "build", d], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE) for d in dirs]
        reads = 0
        deadline = time.monotonic() + 600
        while any(p.poll() is None for p in procs) and time.monotonic() < deadline:
            if os.path.exists(db):
                r = subprocess.run([kg, "--db", db, "stats", "--json"], capture_output=True)
                # the store may not hold kg's tables yet in the first instant
                if r.returncode != 0 and b"run 'kg build' first" not in r.stderr:
                    problems.append(f"a read failed during the builds: {r.stderr.decode()!r}")
                elif r.returncode == 0:
                    json.loads(r.stdout)
                    reads += 1
            time.sleep(0.05)
        for w, p in enumerate(procs):
            try:
                out, err = p.communicate(timeout=max(1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                p.kill()
                problems.append(f"writer {w} hung")
                continue
            if p.returncode != 0 or b"locked" in err:
                problems.append(f"writer {w} exit {p.returncode}: {err.decode()!r}")
        con = sqlite3.connect(db)
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        orphans = con.execute("SELECT count(*) FROM documents d WHERE NOT EXISTS"
                              " (SELECT 1 FROM mentions m WHERE m.document = d.num)").fetchone()[0]
        con.close()
        if ok != "ok":
            problems.append(f"integrity_check: {ok}")
        if fk:
            problems.append(f"foreign_key_check: {fk}")
        if docs != writers * per:
            problems.append(f"{docs} documents stored, want {writers * per}")
        if orphans:
            problems.append(f"{orphans} documents stored without their mentions")
        print(f"concurrent builds: {writers} writers x {per} documents, {docs} stored, "
              f"{reads} reads during the builds")
        # another program holds the write lock for 3 s: the build waits, says so once, and
        # stores its document
        with open(os.path.join(tmp, "late.txt"), "w") as f:
            f.write(article(99, 0, 2))
        holder = sqlite3.connect(db, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        p = subprocess.Popen([kg, "--db", db, "build", os.path.join(tmp, "late.txt")],
                             stderr=subprocess.PIPE)
        time.sleep(3)
        holder.execute("COMMIT")
        holder.close()
        err = p.communicate(timeout=120)[1].decode()
        if p.returncode != 0 or err.count("waiting for another process writing to") != 1:
            problems.append(f"a build behind a held lock: exit {p.returncode}, {err!r}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for pr in problems:
        print("FAIL " + pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
