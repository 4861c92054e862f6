#!/usr/bin/env python3
"""The command line's cases (issue 14, part 5): typos get a suggestion, bad values exit 2 with
one line, getopt's errors print once, -V and 'kg help', 'export csv -o -' creates nothing,
tables fit $COLUMNS (80 when not a terminal) in display columns with UTF-8 names cut on whole
characters with an ellipsis, integers print as integers.

Usage: cli_cases.py KG_BINARY [CASE-SUBSTRING...]
Prints one line per case and 'N passed, N failed'; exit 0 only when all pass."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

DOC = """Talks in Astana

ASTANA, May 3 - Foreign Minister Мурат Нуртлеуов-Жанузакович met Prime Minister Jürgen \
Österreicher-Weißenbächler of the Ünïversïty Cöörđinatiön Çommittee for Ínternational \
Ëconomic Dévelopment and Trade in Astana on Monday.
"We discussed trade," said Мурат Нуртлеуов-Жанузакович after the meeting.
"""

results = []


def width(s):
    """Display columns, as wcswidth counts them: wide and full-width 2, marks 0."""
    w = 0
    for ch in s:
        if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


class Run:
    def __init__(self, kg, cwd, args, env=None):
        e = dict(os.environ)
        e.pop("COLUMNS", None)
        e.update(env or {})
        r = subprocess.run([kg] + args, cwd=cwd, env=e, capture_output=True, timeout=60)
        self.code = r.returncode
        self.out = r.stdout.decode("utf-8")  # raises on a split character
        self.err = r.stderr.decode("utf-8")
        self.err_lines = [l for l in self.err.splitlines() if l]
        self.kg_lines = [l for l in self.err_lines if l.startswith("kg:")]


def usage_case(kg, cwd, args, pattern):
    """Exit 2, nothing on stdout, exactly one 'kg:' line matching pattern, nothing else but a
    'usage:' line (getopt's own message would be a second line)."""
    r = Run(kg, cwd, args)
    others = [l for l in r.err_lines if not l.startswith("kg:") and not l.startswith("usage:")]
    ok = (r.code == 2 and r.out == "" and len(r.kg_lines) == 1 and not others and
          re.search(pattern, r.kg_lines[0]) is not None)
    return ok, "exit %d, stderr %r" % (r.code, r.err_lines)


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    kg = os.path.abspath(sys.argv[1])
    only = sys.argv[2:]
    tmp = tempfile.mkdtemp(prefix="kg-cli-")
    try:
        with open(os.path.join(tmp, "talks.txt"), "w", encoding="utf-8") as f:
            f.write(DOC)
        subprocess.run([kg, "-q", "build", "talks.txt"], cwd=tmp, check=True)
        cases = []

        def case(name, fn):
            cases.append((name, fn))

        typos = [
            (["buidl"], r"unknown command 'buidl'; did you mean 'build'\?"),
            (["qeury", "centrality"], r"did you mean 'query'\?"),
            (["query", "neighbrs", "Astana"], r"unknown query 'neighbrs'; did you mean 'neighbors'\?"),
            (["query", "centralty"], r"did you mean 'centrality'\?"),
            (["export", "grapml"], r"unknown format 'grapml'; did you mean 'graphml'\?"),
            (["export", "jsn"], r"did you mean 'json'\?"),
            (["query", "neighbors", "--evidnce", "Astana"], r"unknown option '--evidnce'; did you mean '--evidence'\?"),
            (["query", "centrality", "--measrue", "degree"], r"did you mean '--measure'\?"),
            (["query", "centrality", "--measure", "pagernak"], r"did you mean 'pagerank'\?"),
            (["query", "communities", "--algorithm", "leidn"], r"did you mean 'leiden'\?"),
            (["build", "--fromat", "text", "talks.txt"], r"did you mean '--format'\?"),
            (["build", "--format", "htlm", "talks.txt"], r"did you mean 'html'\?"),
            (["stats", "--jsno"], r"did you mean '--json'\?"),
            (["query", "entity", "--josn", "Astana"], r"did you mean '--json'\?"),
            (["query", "path", "--jsn", "a", "b"], r"did you mean '--json'\?"),
            (["--qiuet", "stats"], r"did you mean '--quiet'\?"),
            (["help", "biuld"], r"did you mean 'build'\?"),
        ]
        for args, pat in typos:
            case("typo: kg " + " ".join(args), lambda a=args, p=pat: usage_case(kg, tmp, a, p))

        bad = [
            (["query", "centrality", "--type", "persn"], r"unknown --type value 'persn'; did you mean 'person'\? \(expected person, organisation, party, place, event\)"),
            (["query", "neighbors", "--edge", "spoke", "Astana"], r"unknown --edge value 'spoke'; did you mean 'spoke-at'\?"),
            (["query", "neighbors", "--type", "city", "Astana"], r"unknown --type value 'city' \(expected"),
            (["query", "centrality", "-n", "-3"], r"-n takes a whole number.*'-3'"),
            (["query", "centrality", "-n", "abc"], r"-n takes a whole number.*'abc'"),
            (["query", "centrality", "-n", "5x"], r"'5x'"),
            (["query", "neighbors", "--depth", "0", "Astana"], r"--depth takes a whole number from 1 to 10, not '0'"),
            (["query", "neighbors", "--depth", "11", "Astana"], r"not '11'"),
            (["query", "communities", "--resolution", "abc"], r"--resolution takes a positive number"),
            (["query", "communities", "--resolution", "-1"], r"--resolution takes a positive number"),
            (["build", "--max-bytes", "0", "talks.txt"], r"--max-bytes"),
            (["query", "communities", "--level", "2"], r"--level takes a whole number from 0 to 1, not '2'"),
            (["query", "communities", "--level", "x"], r"--level takes a whole number from 0 to 1"),
            (["query", "centrality", "--measure"], r"option '--measure' needs a value"),
            (["query", "centrality", "-n"], r"option '-n' needs a value"),
            (["query", "centrality", "--json=yes"], r"option '--json' takes no value"),
            (["query", "centrality", "-x"], r"unknown option '-x'"),
            (["query", "neighbors", "--e", "x", "Astana"], r"option '--e' is ambiguous"),
            (["export", "csv", "-o", "-"], r"csv writes a directory"),
        ]
        for args, pat in bad:
            case("bad value: kg " + " ".join(args), lambda a=args, p=pat: usage_case(kg, tmp, a, p))

        def csv_dash():
            before = set(os.listdir(tmp))
            Run(kg, tmp, ["export", "csv", "-o", "-"])
            after = set(os.listdir(tmp))
            return after == before and not os.path.exists(os.path.join(tmp, "-")), str(after - before)
        case("export csv -o - creates nothing", csv_dash)

        def version():
            r = Run(kg, tmp, ["-V"])
            r2 = Run(kg, tmp, ["--version"])
            return r.code == 0 and re.fullmatch(r"kg \d+\.\d+\.\d+\n", r.out) is not None and \
                r.out == r2.out, r.out
        case("-V prints the version", version)

        def help_cases():
            r = Run(kg, tmp, ["help"])
            r2 = Run(kg, tmp, ["help", "query", "centrality"])
            r3 = Run(kg, tmp, ["help", "export"])
            r4 = Run(kg, tmp, ["query", "centrality", "--help"])
            ok = (r.code == 0 and "commands:" in r.out and "KG_DB" in r.out and
                  r2.code == 0 and r2.out == r4.out and r2.out.startswith("usage: kg query centrality") and
                  r3.code == 0 and r3.out.startswith("usage: kg export"))
            return ok, "exit %d %d %d" % (r.code, r2.code, r3.code)
        case("kg help [COMMAND [QUERY]]", help_cases)

        def table(env, limit, args=("query", "centrality", "-n", "0")):
            r = Run(kg, tmp, list(args), env)
            lines = r.out.splitlines()
            widest = max(width(l) for l in lines) if lines else 0
            return r, lines, widest

        def fits(cols):
            r, lines, widest = table({"COLUMNS": str(cols)} if cols else {}, cols or 80)
            limit = cols or 80
            cut = [l for l in lines if "\u2026" in l]
            ok = r.code == 0 and len(lines) > 3 and widest <= limit
            if limit < 60:
                ok = ok and bool(cut)  # long names were cut, with an ellipsis
            return ok, "widest %d of %d, %d lines cut" % (widest, limit, len(cut))
        for cols in (None, 30, 40, 57, 200):
            case("table fits COLUMNS=%s" % (cols or "unset, not a tty: 80"), lambda c=cols: fits(c))

        def cut_whole():
            # every cut label is a prefix of a real label, cut between characters
            r_full, full, _ = table({"COLUMNS": "500"}, 500)
            r_cut, cut, _ = table({"COLUMNS": "33"}, 33)
            labels = [re.split(r"\s{2,}", l.strip())[1] for l in full[1:]]
            ok = r_full.code == 0 and r_cut.code == 0 and len(full) == len(cut)
            for l in cut[1:]:
                cell = re.split(r"\s{2,}", l.strip())[1]
                if cell.endswith("\u2026"):
                    ok = ok and any(x.startswith(cell[:-1]) and x != cell[:-1] for x in labels)
                else:
                    ok = ok and cell in labels
            return ok, "%d rows" % (len(cut) - 1)
        case("cut labels: whole characters, then an ellipsis", cut_whole)

        def cyrillic_aligned():
            r, lines, _ = table({"COLUMNS": "200"}, 200)
            # the type column starts at the same display column on every line
            starts = set()
            for l in lines[1:]:
                m = re.search(r"(person|place|event|organisation|party)\s", l + " ")
                starts.add(width(l[:m.start()]))
            has_cyr = any(re.search("[\u0400-\u04ff]", l) for l in lines)
            return r.code == 0 and has_cyr and len(starts) == 1, "type column at %s" % sorted(starts)
        case("UTF-8 names aligned in display columns", cyrillic_aligned)

        def integers():
            r = Run(kg, tmp, ["query", "centrality", "--measure", "degree"])
            vals = [l.split()[-1] for l in r.out.splitlines()[1:]]
            r2 = Run(kg, tmp, ["query", "centrality", "--measure", "degree", "--json"])
            return (r.code == 0 and vals and all(re.fullmatch(r"\d+", v) for v in vals) and
                    '"degree": 3,' in r2.out.replace("\n", ",")), " ".join(vals)
        case("degree printed as an integer", integers)

        def levels():
            import json as js
            r0 = Run(kg, tmp, ["query", "communities", "--json"])
            r1 = Run(kg, tmp, ["query", "communities", "--level", "1", "--json"])
            c0 = js.loads(r0.out)["communities"]
            c1 = js.loads(r1.out)["communities"]
            top = {m["name"]: c["community"] for c in c0 for m in c["members"]}
            ok = r0.code == 0 and r1.code == 0 and len(c1) >= len(c0)
            ok = ok and all(c["level"] == 0 and c["parent"] is None for c in c0)
            # every subcommunity lies inside its parent community
            for c in c1:
                ok = ok and c["level"] == 1 and all(top[m["name"]] == c["parent"] for m in c["members"])
            return ok, "%d communities, %d subcommunities" % (len(c0), len(c1))
        case("communities --level 0 and 1: subcommunities nested in their parent", levels)

        def neighbors_fit():
            r, lines, widest = table({"COLUMNS": "40"}, 40, ("query", "neighbors", "Astana"))
            return r.code == 0 and len(lines) > 1 and widest <= 40, "widest %d" % widest
        case("neighbors table fits COLUMNS=40", neighbors_fit)

        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

        def complete(line):
            """What the bash completion offers for line (the last word is completed)."""
            words = line.split(" ")
            script = ('source "%s"; COMP_WORDS=(%s); COMP_CWORD=%d; _kg; '
                      'printf "%%s\\n" "${COMPREPLY[@]}"' %
                      (os.path.join(root, "completions", "kg.bash"),
                       " ".join("'%s'" % w for w in words), len(words) - 1))
            r = subprocess.run(["bash", "-c", script], capture_output=True, text=True, cwd=tmp)
            return sorted(x for x in r.stdout.split("\n") if x)

        def completion():
            got = [complete("kg qu"), complete("kg query ne"), complete("kg --db x.db query centrality --measure p"),
                   complete("kg query neighbors --type pe"), complete("kg export g"),
                   complete("kg query neighbors --ev"), complete("kg help query c")]
            want = [["query"], ["neighbors"], ["pagerank"], ["person"], ["gexf", "gexf1.3", "graphml"],
                    ["--evidence"], ["centrality", "communities"]]
            return got == want, repr(got)
        if shutil.which("bash"):
            case("bash completion: commands, queries, options, values", completion)

        def man_page():
            man = os.path.join(os.path.dirname(kg), "kg.1")
            if not shutil.which("help2man"):
                print("note: help2man missing; the man page is not built")
                return True, ""
            text = open(man, encoding="utf-8").read() if os.path.exists(man) else ""
            ok = ".SH COMMANDS" in text and "kg query centrality" in text and "KG_DATA_DIR" in text
            return ok, man
        case("man page built from --help (help2man)", man_page)

        for name, fn in cases:
            if only and not any(o in name for o in only):
                continue
            try:
                ok, detail = fn()
            except Exception as e:  # a crash of the case is a failure, not a stop
                ok, detail = False, "%s: %s" % (type(e).__name__, e)
            results.append(ok)
            print("%s %s%s" % ("ok  " if ok else "FAIL", name, "" if ok else ": " + detail))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    passed = sum(results)
    print("%d passed, %d failed" % (passed, len(results) - passed))
    return 0 if results and all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
