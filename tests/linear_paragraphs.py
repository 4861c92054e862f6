#!/usr/bin/env python3
"""linear_paragraphs.py: extraction stays linear in one paragraph of many sentences.

    tests/linear_paragraphs.py KG [--sizes 300,1200] [--limit 7] [--family NAME ...]

For each family of bench/paragraphs.py (thousands of people, towns, bodies, meetings,
quotations, a sentence listing N names ...), counts the instructions `kg -q extract -j 1`
executes under valgrind's callgrind (a count, not a time: the same on a loaded machine) on a
document of N1 and of N2 sentences, less the instructions of a document of one sentence
(loading the lexicon), and fails when the ratio exceeds --limit. N2 = 4 x N1: a linear pass
gives about 4, an n log n one a little more, a quadratic one about 16. This is issue 12's
regression test for the quadratic paragraphs (the timings are bench/paragraphs.py's).
Exits 77 (skipped) without valgrind."""
import argparse
import concurrent.futures
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def load_families():
    spec = importlib.util.spec_from_file_location(
        "paragraphs", os.path.join(HERE, "..", "bench", "paragraphs.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def instructions(kg, path, tmp):
    out = os.path.join(tmp, os.path.basename(path) + ".cg")
    r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out, kg, "-q",
                        "extract", "-j", "1", path], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True, check=False)
    m = re.search(r"Collected : (\d+)", r.stderr)
    if r.returncode != 0 or not m:
        raise RuntimeError(f"{path}: kg or valgrind failed ({r.returncode}): {r.stderr[-400:]}")
    os.unlink(out)
    return int(m.group(1))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kg")
    ap.add_argument("--sizes", default="300,1200")
    ap.add_argument("--limit", type=float, default=7.0)
    ap.add_argument("--family", action="append")
    a = ap.parse_args()
    if not shutil.which("valgrind"):
        print("valgrind not found: skipped")
        return 77
    mod = load_families()
    n1, n2 = (int(s) for s in a.sizes.split(","))
    towns = mod.towns()
    families = a.family or sorted(mod.FAMILIES)
    with tempfile.TemporaryDirectory() as tmp:
        base_path = os.path.join(tmp, "one.txt")
        with open(base_path, "w", encoding="utf-8") as f:
            f.write("A short paragraph\n\nMinister Ann Roe spoke.\n")
        jobs = {}
        for fam in families:
            for n in (n1, n2):
                path = os.path.join(tmp, f"{fam}-{n}.txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(mod.document(fam, n, towns))
                jobs[(fam, n)] = path
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            base = pool.submit(instructions, a.kg, base_path, tmp)
            counts = {k: pool.submit(instructions, a.kg, p, tmp) for k, p in jobs.items()}
            i0 = base.result()
            failed = []
            print(f"{'family':<15} {'N1 instr':>14} {'N2 instr':>14} {'ratio':>6}")
            for fam in families:
                c1 = counts[(fam, n1)].result() - i0
                c2 = counts[(fam, n2)].result() - i0
                ratio = c2 / c1 if c1 > 0 else float("inf")
                flag = "" if ratio <= a.limit else "  <- more than linear"
                print(f"{fam:<15} {c1:>14,} {c2:>14,} {ratio:>6.2f}{flag}", flush=True)
                if ratio > a.limit:
                    failed.append(fam)
    if failed:
        print(f"FAIL: {len(failed)} families grow more than {a.limit}x for {n2 // n1}x the "
              f"sentences: {', '.join(failed)}")
        return 1
    print(f"ok: {len(families)} families, each at most {a.limit}x for {n2 // n1}x the sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
