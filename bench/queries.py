#!/usr/bin/env python3
"""queries.py: query latency (p50/p99) and the first and cached ranking, against a baseline.

    bench/queries.py [--kg PATH] [--baseline PATH] [--docs N] [--runs R] [--names K]
                     [--hubs H] [--keep DIR]

Generates N documents (bench/gen-docs.py, default 10000), builds them into a store with each
binary (kept in DIR with --keep and reused when there), then times, as a user runs them, one
kg process each: `query neighbors`, `query entity`, `query search` (each of K names drawn
from the store with a fixed seed; search also with each name misspelt and with a word of it),
`query path` between pairs of them, `query neighbors --depth 2`, `query neighbors` and
`query entity` of the H non-event entities with most mentions (the hubs, where the tail of the
latency is: thousands of neighbours and documents), and `kg --version` (the process start
that every command pays). The two binaries run in turn on each query so that
the machine's load falls on both alike. It prints the p50 and p99 wall milliseconds of each
and the kg/baseline ratio of the p50s, and checks that both answer alike (search: the same
scores, best first; ties may name other entities). Then, on fresh copies of each store, the
first `kg query centrality` (computing PageRank) and the cached one (RUNS times): medians.
Search counts as alike when kg's scores are the baseline's, best first, but for weak matches
that share no three-letter sequence with the query, which kg leaves out.
"""
import argparse
import os
import pathlib
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def run(binary, db, *args):
    t0 = time.perf_counter()
    r = subprocess.run([binary, '-q', '--db', db, *args], stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - t0) * 1000.0, r.returncode, r.stdout


def pct(xs, p):
    xs = sorted(xs)
    if not xs:
        return float('nan')
    k = min(len(xs) - 1, max(0, int(round(p / 100.0 * (len(xs) - 1)))))
    return xs[k]


def misspell(name, rng):
    word = max(name.split(), key=len)
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1:]  # one letter dropped


def pick_names(db, k, seed):
    con = sqlite3.connect(db)
    rows = con.execute("SELECT e.name FROM entities e WHERE e.type <> 'event'"
                       " AND EXISTS (SELECT 1 FROM edges WHERE source = e.id OR target = e.id)"
                       " ORDER BY e.id").fetchall()
    con.close()
    names = sorted({r[0] for r in rows if '\n' not in r[0] and len(r[0]) >= 4})
    rng = random.Random(seed)
    rng.shuffle(names)
    return names[:k]


def pick_hubs(db, k):
    """The k non-event entities with most mentions, most first."""
    con = sqlite3.connect(db)
    rows = con.execute("SELECT e.name FROM entities e WHERE e.type <> 'event'"
                       " ORDER BY (SELECT count(*) FROM mentions m WHERE m.entity = e.id) DESC,"
                       " e.id LIMIT ?", (k,)).fetchall()
    con.close()
    return [r[0] for r in rows]


def search_scores(out):
    """The scores column of `kg query search`'s table: what must agree."""
    return [line.split()[0] for line in out.decode('utf-8', 'replace').splitlines()
            if line.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--kg', default=str(ROOT / 'build' / 'kg'))
    ap.add_argument('--baseline')
    ap.add_argument('--docs', type=int, default=10000)
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--names', type=int, default=20)
    ap.add_argument('--hubs', type=int, default=5)
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--keep')
    a = ap.parse_args()
    tmp = a.keep or tempfile.mkdtemp(prefix='kg-queries-')
    os.makedirs(tmp, exist_ok=True)
    docs = os.path.join(tmp, f'docs-{a.docs}')
    if not os.path.isdir(docs):
        subprocess.run([sys.executable, str(ROOT / 'bench' / 'gen-docs.py'), str(a.docs), docs],
                       check=True)
    bins = {'kg': os.path.realpath(a.kg)}
    if a.baseline:
        bins['baseline'] = os.path.realpath(a.baseline)
    stores = {}
    for tag, b in bins.items():
        db = os.path.join(tmp, f'{tag}-{a.docs}.db')
        if not os.path.exists(db):
            t0 = time.perf_counter()
            subprocess.run([b, '-q', '--db', db, 'build', '-j', str(a.jobs), docs], check=True)
            print(f'# {tag}: built {a.docs} documents in {time.perf_counter() - t0:.1f} s',
                  flush=True)
        stores[tag] = db
    names = pick_names(stores['kg'], a.names, 7)
    hubs = pick_hubs(stores['kg'], a.hubs)
    rng = random.Random(11)
    queries = {
        'neighbors': [['query', 'neighbors', n] for n in names],
        'entity': [['query', 'entity', n] for n in names],
        'search': [['query', 'search', n] for n in names]
                  + [['query', 'search', misspell(n, rng)] for n in names]
                  + [['query', 'search', max(n.split(), key=len)] for n in names],
        'path': [['query', 'path', names[i], names[-1 - i]] for i in range(len(names) // 2)],
        'neighbors-d2': [['query', 'neighbors', '--depth', '2', n] for n in names[:10]],
        'neighbors-hub': [['query', 'neighbors', n] for n in hubs],
        'entity-hub': [['query', 'entity', n] for n in hubs],
        'version': [['--version']] * 10,
    }
    print(f'# {a.docs} documents, {len(names)} names, {a.runs} runs each; wall ms per kg'
          ' process')
    head = f"{'query':<14}{'kg p50':>9}{'p99':>9}"
    if a.baseline:
        head += f"{'base p50':>10}{'p99':>9}{'ratio':>8}{'alike':>8}"
    print(head, flush=True)
    for q, cases in queries.items():
        times = {t: [] for t in bins}
        alike = total = 0
        for args in cases:
            outs = {}
            for _ in range(a.runs):
                for tag, b in bins.items():
                    ms, _rc, out = run(b, stores[tag], *args)
                    times[tag].append(ms)
                    outs[tag] = out
            if a.baseline:
                total += 1
                if q == 'search':
                    # the same scores best first; kg may leave out weak matches that share
                    # no trigram with the query
                    ks, bs = search_scores(outs['kg']), search_scores(outs['baseline'])
                    alike += ks == bs[:len(ks)]
                else:
                    alike += outs['kg'] == outs['baseline']
        line = f"{q:<14}{pct(times['kg'], 50):9.1f}{pct(times['kg'], 99):9.1f}"
        if a.baseline:
            b50 = pct(times['baseline'], 50)
            line += (f"{b50:10.1f}{pct(times['baseline'], 99):9.1f}"
                     f"{pct(times['kg'], 50) / b50:7.2f}x{alike:>5}/{total}")
        print(line, flush=True)
    # the ranking: first (PageRank computed and cached), then cached
    first = {t: [] for t in bins}
    cached = {t: [] for t in bins}
    for _ in range(a.runs):
        for tag, b in bins.items():
            copy = os.path.join(tmp, f'{tag}-copy.db')
            for suffix in ('', '-wal', '-shm'):
                if os.path.exists(copy + suffix):
                    os.remove(copy + suffix)
            shutil.copy(stores[tag], copy)
            first[tag].append(run(b, copy, 'query', 'centrality')[0])
            for _ in range(3):
                cached[tag].append(run(b, copy, 'query', 'centrality')[0])
    for label, d in (('centrality 1st', first), ('centrality', cached)):
        line = f"{label:<14}{statistics.median(d['kg']):9.1f}{max(d['kg']):9.1f}"
        if a.baseline:
            b50 = statistics.median(d['baseline'])
            line += f"{b50:10.1f}{max(d['baseline']):9.1f}{statistics.median(d['kg']) / b50:7.2f}x"
        print(line)
    if not a.keep:
        shutil.rmtree(tmp)


if __name__ == '__main__':
    main()
