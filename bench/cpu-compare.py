#!/usr/bin/env python3
"""cpu-compare.py: one kg command's wall and CPU time, binaries run in turn, medians and ratios.

    bench/cpu-compare.py RUNS DB BINARY [BINARY...] -- ARGS...

runs `BINARY -q --db DB ARGS` RUNS times for each binary, alternating them, and prints the
median wall milliseconds and the median CPU milliseconds of the kg process itself (user +
system from os.wait4), each as a ratio to the first binary's. CPU is what to compare on a
machine other jobs share: a query's wall time there is mostly waiting for a core.
"""
import os
import statistics
import subprocess
import sys
import time


def main():
    if '--' not in sys.argv or len(sys.argv) < 5:
        sys.exit(__doc__)
    n, db = int(sys.argv[1]), sys.argv[2]
    i = sys.argv.index('--')
    bins, args = sys.argv[3:i], sys.argv[i + 1:]
    res = {b: ([], []) for b in bins}
    for _ in range(n):
        for b in bins:
            t0 = time.perf_counter()
            p = subprocess.Popen([b, '-q', '--db', db] + args, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
            _, _, ru = os.wait4(p.pid, 0)
            res[b][0].append((time.perf_counter() - t0) * 1000)
            res[b][1].append((ru.ru_utime + ru.ru_stime) * 1000)
    base = None
    for b in bins:
        w, c = statistics.median(res[b][0]), statistics.median(res[b][1])
        if base is None:
            base = (w, c)
        print(f'{b:<40} wall {w:8.1f}  cpu {c:8.1f}  ratio wall {w / base[0]:.2f}'
              f' cpu {c / base[1]:.2f}')


if __name__ == '__main__':
    main()
