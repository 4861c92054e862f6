#!/usr/bin/env python3
"""lazy_igraph: kg loads igraph only when a command needs it (graph/kg_igraph.h, issue 11).

The dynamic loader's own log (LD_DEBUG=files) says which libraries a process loads: kg
--version, kg stats and the queries answered from the store (neighbors, entity, search,
path, and a ranking read from the cached scores) must not load libigraph; the first
`kg query centrality` (PageRank computed) and `kg query communities` must load it and give
their answers.

usage: lazy_igraph.py KG_BINARY
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(kg, db, *args):
    """Runs kg; returns (exit status, stdout, whether libigraph was loaded)."""
    env = dict(os.environ, LD_DEBUG='files')
    p = subprocess.run([kg, '-q', '--db', db, *args], capture_output=True, text=True,
                       env=env, timeout=300)
    return p.returncode, p.stdout, 'libigraph' in p.stderr


def main():
    kg = sys.argv[1]
    failures = []

    def check(cond, what):
        if not cond:
            failures.append(what)
            print('FAIL:', what)

    tmp = tempfile.mkdtemp(prefix='kg-lazy-igraph-')
    try:
        db = os.path.join(tmp, 'kg.db')
        p = subprocess.run([kg, '-q', '--db', db, 'build', os.path.join(ROOT, 'examples')],
                           capture_output=True, text=True, timeout=300)
        check(p.returncode == 0, f'build: {p.stderr}')
        rc, out, loaded = run(kg, db, 'query', 'search', 'Kazakhstan')
        check(rc == 0 and out.strip(), f'search answers ({rc})')
        check(not loaded, 'search loads igraph')
        name = out.split('\n')[0].split(None, 1)[1].rsplit(None, 1)[0].strip()
        for args in (['--version'], ['stats'], ['query', 'neighbors', name],
                     ['query', 'entity', name], ['query', 'path', name, name]):
            rc, out, loaded = run(kg, db, *args)
            check(rc in (0, 1) and out, f'{args} answers ({rc})')
            check(not loaded, f'{args} loads igraph')
        rc, out, loaded = run(kg, db, 'query', 'centrality')
        check(rc == 0 and 'pagerank' in out, f'first centrality answers ({rc})')
        check(loaded, 'the first centrality (PageRank computed) does not load igraph')
        rc, out2, loaded = run(kg, db, 'query', 'centrality')
        check(rc == 0 and out2 == out, 'the cached centrality is the first one')
        check(not loaded, 'the cached centrality loads igraph')
        rc, out, loaded = run(kg, db, 'query', 'communities')
        check(rc == 0 and out, f'communities answer ({rc})')
    finally:
        shutil.rmtree(tmp)
    if failures:
        sys.exit(1)
    print('ok: igraph loaded by the analytics only')


if __name__ == '__main__':
    main()
