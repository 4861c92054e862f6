#!/usr/bin/env python3
"""paragraphs.py: does extraction stay linear in one paragraph of thousands of sentences?

    bench/paragraphs.py [--kg BUILD/kg] [--baseline OTHER_KG] [--sizes 4000,8000,16000]
                        [--runs 3] [--family NAME ...]

For each family below, writes one document of N sentences in a single paragraph (each
sentence naming new people, bodies, places or events: invented words, no real article), runs
`kg -q extract -j 1` on it RUNS times and prints the median CPU seconds (user + system), the
growth from the previous size (about 2.0 per doubling when linear, 4.0 when quadratic) and,
with --baseline, the ratio against the other binary on the same file in the same run. Issue
12 asks every extraction pass to be linear or n log n in the document's length; this is the
benchmark that checks it (not a timed test: the machine is shared)."""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SYL = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "de", "bo", "ga", "pu"]


def word(i, n=3):
    """A distinct invented capitalised word for each i (base-12 syllables)."""
    s = ""
    for _ in range(n):
        s += SYL[i % len(SYL)]
        i //= len(SYL)
    s += SYL[i % len(SYL)] if i else ""
    return s.capitalize()


def towns():
    path = os.path.join(HERE, "..", "src", "extract", "data", "places.tsv")
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 2 and cols[2] in ("city", "town") and " " not in cols[0]:
                out.append(cols[0])
    return sorted(set(out))


def acronym(i):
    s = ""
    for _ in range(4):
        s += chr(ord("A") + i % 26)
        i //= 26
    return s


FAMILIES = {
    "people": lambda i, t: f"Minister {word(i)} {word(i + 7919)}ov spoke to reporters.",
    "towns": lambda i, t: f"A rally in {t[i % len(t)]} drew crowds.",
    "institutes": lambda i, t: f"The {word(i)} Institute opened.",
    "parties": lambda i, t: f"The {word(i)} Party won seats.",
    "short-names": lambda i, t: (f"The {word(i)} {word(i + 3)} Party won seats, and "
                                 f"{word(i)} {word(i + 3)} leaders met."),
    "attended": lambda i, t: (f"The summit in Brussels was attended by {word(i)} "
                              f"{word(i + 31)}ev, and {word(i + 5)} went home."),
    "known-as": lambda i, t: f"The {word(i)} Council, known as the {word(i + 3)} Assembly, met.",
    "meetings": lambda i, t: (f"President {word(i)} {word(i + 11)}ov met with Minister "
                              f"{word(i + 13)} {word(i + 17)}ova in {t[i % len(t)]}."),
    "quotes": lambda i, t: f'"We will win," said {word(i)} {word(i + 101)}enko.',
    "elections": lambda i, t: f"The {1900 + i % 200} presidential election in {t[i % len(t)]} was held.",
    "acronyms": lambda i, t: f"The {word(i)} {word(i + 1)} Forum ({acronym(i)}) met.",
    "met-with": lambda i, t: (f"{word(i)} {word(i + 7919)}ov met with {word(i + 50000)} "
                              f"{word(i + 57919)}ov and discussed {word(i)} trade."),
    "meeting-with": lambda i, t: (f"During a meeting with {word(i)} {word(i + 7919)}ov in "
                                  f"{t[i % len(t)]}, they discussed {word(i)}."),
    "hearing": lambda i, t: (f"At the hearing, {word(i)} {word(i + 7919)}ov, Director of the "
                             f"{word(i)} Office, testified."),
    "delegation": lambda i, t: f"{word(i)} {word(i + 7919)}ov led a delegation to {t[i % len(t)]}.",
    "travel": lambda i, t: (f"{word(i)} {word(i + 7919)}ov will travel to {t[i % len(t)]} on "
                            f"May {1 + i % 28}."),
    "secretary": lambda i, t: (f"Secretary of State {word(i)} {word(i + 7919)}ov spoke. The "
                               f"Secretary thanked {word(i + 50000)} {word(i + 57919)}ov."),
    "protests": lambda i, t: (f"A protest in {t[i % len(t)]} against the {word(i)} Plan drew "
                              f"crowds. Demonstrators demanded the release of {word(i)} "
                              f"{word(i + 7919)}ov."),
    "shared-acronym": lambda i, t: f"The {word(i)} {word(i + 1)} Council (VSC) met. The VSC agreed.",
    "shared-aka": lambda i, t: (f"The {word(i)} {word(i + 1)} Council, also known as the Velm "
                                f"Assembly, met. The Velm Assembly agreed."),
    "city-events": lambda i, t: f"The {t[i % len(t)]} Conference opened.",
    "list": None,  # one sentence listing N people
}


def document(family, n, t):
    if family == "list":
        names = [f"{word(i)} {word(i + 53)}ov" for i in range(n)]
        return "A long list\n\n" + ", ".join(names[:-1]) + f" and {names[-1]} attended the forum.\n"
    return "A long paragraph\n\n" + " ".join(FAMILIES[family](i, t) for i in range(n)) + "\n"


def cpu_of(kg, path):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([kg, "-q", "extract", "-j", "1", path], stdout=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kg", default=os.path.join(HERE, "..", "build", "kg"))
    ap.add_argument("--baseline")
    ap.add_argument("--sizes", default="4000,8000,16000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--family", action="append", choices=sorted(FAMILIES))
    a = ap.parse_args()
    sizes = [int(s) for s in a.sizes.split(",")]
    t = towns()
    print(f"{'family':<11} {'N':>6} {'kg s':>7} {'growth':>6}" + ("  baseline s  ratio" if a.baseline else ""))
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for fam in a.family or sorted(FAMILIES):
            prev = None
            for n in sizes:
                path = os.path.join(tmp, f"{fam}-{n}.txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(document(fam, n, t))
                med = statistics.median(cpu_of(a.kg, path) for _ in range(a.runs))
                growth = med / prev if prev and prev > 0.02 else float("nan")
                if prev and prev > 0.05:
                    worst = max(worst, growth)
                line = f"{fam:<11} {n:>6} {med:>7.2f} {growth:>6.2f}"
                if a.baseline:
                    base = statistics.median(cpu_of(a.baseline, path) for _ in range(a.runs))
                    line += f"  {base:>10.2f}  {med / base if base else float('nan'):>5.2f}"
                print(line, flush=True)
                prev = med
    print(f"largest growth per doubling: {worst:.2f} (2.0 is linear, 4.0 quadratic)")


if __name__ == "__main__":
    sys.exit(main())
