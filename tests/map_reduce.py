#!/usr/bin/env python3
"""map_reduce: `kg build -j N`, `kg extract` and `kg load` give one store (issue 11, 2 and 3).

Over examples/ and every set under tests/data (105 articles), checks that
  1. `kg build -j 1` and `kg build -j 4` store the same rows (entities, aliases, mentions,
     edges, evidence, documents but for the time they were added) and export the same
     node-link JSON, byte for byte;
  2. `kg extract | kg load` gives that store too;
  3. the map step run by GNU parallel (`parallel -k kg extract ::: SET...`, three jobs at a
     time) and by a Dask distributed LocalCluster of three worker processes (one
     `kg extract` per set, results gathered in order) then `kg load` gives it too;
  4. `kg load` reports a bad line as file:line (invalid JSON, an id that is not the hash of
     the text, an index out of range) and still loads the good ones, exit status 1 (the
     first five bad lines of a file, then their number; a binary file on one line);
     `kg extract` exits 1 on a bad input and still writes the good documents; -j 0 is a
     usage error;
  5. on a terminal (util-linux `script`) build draws a progress line (count, total, rate, time
     left) that ends at 100%; with -q, or when standard error is not a terminal, it does not.
GNU parallel and Dask are Debian's `parallel` and `python3-distributed` (run.sh installs
them); when one is missing the test is skipped (exit 77), unless CI is set, where it fails.

usage: map_reduce.py KG_BINARY
"""
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLES = {
    "documents": "SELECT id, source, title, date, text FROM documents ORDER BY id",
    "entities": "SELECT * FROM entities ORDER BY id",
    "aliases": "SELECT * FROM aliases ORDER BY 1, 2, 3",
    "mentions": "SELECT * FROM mentions ORDER BY 1, 2, 3, 4",
    "edges": "SELECT * FROM edges ORDER BY id",
    "evidence": "SELECT * FROM evidence ORDER BY 1, 2, 3, 4",
}


def sets():
    data = os.path.join(ROOT, "tests", "data")
    return [os.path.join(ROOT, "examples")] + sorted(
        os.path.join(data, d) for d in os.listdir(data) if os.path.isdir(os.path.join(data, d)))


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, timeout=300, **kw)


def snapshot(kg, db):
    """The store's rows and its node-link export."""
    con = sqlite3.connect(db)
    rows = {t: con.execute(q).fetchall() for t, q in TABLES.items()}
    con.close()
    out = run([kg, "-q", "--db", db, "export", "json", "-o", "-"])
    assert out.returncode == 0, out.stderr
    return rows, out.stdout


def compare(problems, what, got, want):
    rows, export = got
    want_rows, want_export = want
    for t in TABLES:
        if rows[t] != want_rows[t]:
            problems.append(f"{what}: table {t} differs ({len(rows[t])} rows against "
                            f"{len(want_rows[t])})")
    if export != want_export:
        problems.append(f"{what}: the exported JSON differs")


def load(kg, db, lines):
    out = run([kg, "-q", "--db", db, "load"], input=lines)
    assert out.returncode == 0, out.stderr.decode()


def dask_map(kg, inputs):
    from dask.distributed import Client, LocalCluster

    def extract(path):
        import subprocess as sp
        r = sp.run([kg, "-q", "extract", "-j", "1", path], capture_output=True, timeout=300)
        if r.returncode != 0:
            raise RuntimeError(r.stderr.decode())
        return r.stdout

    with LocalCluster(n_workers=3, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=40) as cluster, Client(cluster) as c:
        return b"".join(c.gather(c.map(extract, inputs)))


def bad_inputs(kg, tmp, good_line, problems):
    doc = json.loads(good_line)
    forged = dict(doc, text=doc["text"] + " forged")
    out_of_range = dict(doc, mentions=[dict(doc["mentions"][0], entity=len(doc["entities"]))])
    lines = ["{not json", json.dumps(forged), json.dumps(out_of_range), good_line.decode()]
    path = os.path.join(tmp, "mixed.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    db = os.path.join(tmp, "bad.db")
    r = run([kg, "--db", db, "load", path])
    err = r.stderr.decode()
    if r.returncode != 1:
        problems.append(f"load of bad lines: exit {r.returncode}, not 1")
    for n, reason in ((1, "invalid JSON"), (2, "SHA-256"), (3, "index below")):
        if f"mixed.jsonl:{n}: " not in err or reason not in err:
            problems.append(f"load: line {n} not reported with '{reason}': {err!r}")
    con = sqlite3.connect(db)
    if con.execute("SELECT id FROM documents").fetchall() != [(doc["id"],)]:
        problems.append("load: the good line is not the one document stored")
    con.close()
    r = run([kg, "--db", os.path.join(tmp, "other.db"), "load", db])  # a store: binary
    lines = [x for x in r.stderr.decode().splitlines() if "documents added" not in x]
    if r.returncode != 1 or len(lines) != 1 or "binary data" not in lines[0]:
        problems.append(f"load of a binary file: exit {r.returncode}, {lines!r}")
    many = os.path.join(tmp, "many.jsonl")
    with open(many, "w", encoding="utf-8") as f:
        f.write("".join(f"{{bad {i}\n" for i in range(8)))
    r = run([kg, "--db", os.path.join(tmp, "other.db"), "load", many])
    lines = [x for x in r.stderr.decode().splitlines() if "documents added" not in x]
    if r.returncode != 1 or len(lines) != 6 or "3 more bad lines" not in lines[-1]:
        problems.append(f"load of 8 bad lines: not 5 lines and a count: {lines!r}")
    binary = os.path.join(tmp, "binary.txt")
    with open(binary, "wb") as f:
        f.write(b"\x00\x01\x02 not text")
    r = run([kg, "-q", "extract", os.path.join(ROOT, "examples"), binary])
    if r.returncode != 1 or "binary.txt" not in r.stderr.decode():
        problems.append(f"extract with a bad input: exit {r.returncode}, {r.stderr!r}")
    elif len(r.stdout.splitlines()) != 2:
        problems.append("extract with a bad input: the two good documents are not written")
    for cmd in (["build", "-j", "0", binary], ["extract", "-j", "x", binary]):
        r = run([kg, "--db", db] + cmd)
        if r.returncode != 2:
            problems.append(f"{' '.join(cmd)}: exit {r.returncode}, not 2 (usage)")


def progress(kg, tmp, problems):
    inputs = os.path.join(ROOT, "tests", "data", "dev")
    if not shutil.which("script"):
        problems.append("util-linux script missing: progress on a terminal not checked")
        return
    for quiet, flag in ((False, ""), (True, "-q ")):
        db = os.path.join(tmp, f"progress{int(quiet)}.db")
        r = run(["script", "-qec", f"'{kg}' {flag}--db '{db}' build -j 2 '{inputs}'", "/dev/null"])
        out = r.stdout.decode(errors="replace")
        drawn = "\r\x1b[Kkg: " in out
        if r.returncode != 0 or drawn == quiet:
            problems.append(f"progress on a terminal {'with' if quiet else 'without'} -q: "
                            f"exit {r.returncode}, line {'drawn' if drawn else 'not drawn'}")
        if not quiet and not ("(100%)" in out and "documents/s" in out and "left" in out):
            problems.append(f"progress line without count, total, rate or time left: {out!r}")
    r = run([kg, "--db", os.path.join(tmp, "progress2.db"), "build", "-j", "2", inputs])
    if "\r" in r.stderr.decode():
        problems.append("progress drawn when standard error is not a terminal")


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    kg = os.path.abspath(sys.argv[1])
    missing = []
    if not shutil.which("parallel"):
        missing.append("GNU parallel (Debian's parallel)")
    try:
        import distributed  # noqa: F401
    except ImportError:
        missing.append("Dask distributed (Debian's python3-distributed)")
    if missing and not os.environ.get("CI"):
        print("skipped: " + ", ".join(missing) + " missing", file=sys.stderr)
        return 77
    problems = [f"{m} missing" for m in missing]
    inputs = sets()
    tmp = tempfile.mkdtemp(prefix="kg-map-reduce.")
    try:
        dbs = {}
        for j in ("1", "4"):
            dbs[j] = os.path.join(tmp, f"j{j}.db")
            r = run([kg, "-q", "--db", dbs[j], "build", "-j", j] + inputs)
            assert r.returncode == 0, r.stderr.decode()
        want = snapshot(kg, dbs["1"])
        if not want[0]["evidence"] or len(want[0]["documents"]) < 100:
            problems.append("the reference build stored too little to compare")
        compare(problems, "build -j 4", snapshot(kg, dbs["4"]), want)

        ex = run([kg, "-q", "extract", "-j", "3"] + inputs)
        assert ex.returncode == 0, ex.stderr.decode()
        db = os.path.join(tmp, "pipe.db")
        load(kg, db, ex.stdout)
        compare(problems, "extract | load", snapshot(kg, db), want)

        if shutil.which("parallel"):
            r = run(["parallel", "--will-cite", "-k", "-j", "3", kg, "-q", "extract", "-j", "1",
                     ":::"] + inputs)
            assert r.returncode == 0, r.stderr.decode()
            if r.stdout != ex.stdout:
                problems.append("GNU parallel's map output differs from one kg extract's")
            db = os.path.join(tmp, "parallel.db")
            load(kg, db, r.stdout)
            compare(problems, "GNU parallel then load", snapshot(kg, db), want)
        if "distributed" in sys.modules:
            lines = dask_map(kg, inputs)
            if lines != ex.stdout:
                problems.append("Dask's map output differs from one kg extract's")
            db = os.path.join(tmp, "dask.db")
            load(kg, db, lines)
            compare(problems, "Dask then load", snapshot(kg, db), want)

        bad_inputs(kg, tmp, ex.stdout.splitlines()[0], problems)
        progress(kg, tmp, problems)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for p in problems:
        print("FAIL:", p, file=sys.stderr)
    if not problems:
        print(f"ok: build -j 1, build -j 4, extract | load, GNU parallel and Dask give one store "
              f"over {len(inputs)} sets")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
