#!/usr/bin/env bash
# view.sh: the HTML view at N entities: export time and size, and the page in headless Chromium.
#   bench/view.sh [--kg PATH] [--baseline PATH] [--nodes N] [--runs R] [--keep DIR]
# Generates about N*2/3 documents (bench/gen-docs.py; 3,500 documents give about 5,300
# entities), builds them into a store with each binary, exports the view (`kg export html`,
# once to fill the score cache, then RUNS times: median wall seconds and the file's size) and
# opens it RUNS times in headless Chromium (bench/view.mjs): medians of the time until the
# nodes and until nodes and edges are drawn (from the start of navigation), a click
# on the top node until its panel shows evidence and until the graph is redrawn, a search, a type filter off and on, a date
# range set and cleared, each until redrawn, in milliseconds, and the JS heap. With
# --baseline, kg/baseline ratios (below 1: kg is faster or smaller), measured in this one
# command. Needs Debian's chromium and node_modules (npm ci).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
kg=$here/build/kg baseline="" nodes=5000 runs=3 keep=""
while [ $# -gt 0 ]; do
    case $1 in
    --kg) kg=$(realpath "$2"); shift 2 ;;
    --baseline) baseline=$(realpath "$2"); shift 2 ;;
    --nodes) nodes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "view.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done
case $nodes in '' | *[!0-9]*) echo "view.sh: --nodes takes a whole number" >&2; exit 2 ;; esac
case $runs in '' | *[!0-9]* | 0) echo "view.sh: --runs takes a whole number above 0" >&2; exit 2 ;; esac
if [ -n "$keep" ]; then
    tmp=$keep
    mkdir -p "$tmp"
else
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
fi
docs=$(( (nodes * 2 + 2) / 3 ))
[ -d "$tmp/docs-$docs" ] || "$here/bench/gen-docs.py" "$docs" "$tmp/docs-$docs" > /dev/null

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# export NAME BIN: builds the store (once), exports RUNS times; prints "seconds bytes"
export_view() {
    local name=$1 bin=$2 db=$tmp/$1.db
    [ -f "$db" ] || "$bin" -q --db "$db" build "$tmp/docs-$docs"
    "$bin" -q --db "$db" export html -o "$tmp/$name.html" # fills the score cache
    : > "$tmp/export-$name"
    for _ in $(seq "$runs"); do
        /usr/bin/time -f '%e' -o "$tmp/t" "$bin" -q --db "$db" export html -o "$tmp/$name.html"
        cat "$tmp/t" >> "$tmp/export-$name"
    done
    echo "$(median < "$tmp/export-$name") $(stat -c %s "$tmp/$name.html")"
}

names=(kg)
read -r kg_export kg_bytes < <(export_view kg "$kg")
pages=("$tmp/kg.html")
if [ -n "$baseline" ]; then
    names+=(baseline)
    read -r base_export base_bytes < <(export_view baseline "$baseline")
    pages+=("$tmp/baseline.html")
fi
node "$here/bench/view.mjs" "$runs" "${pages[@]}" > "$tmp/browser.jsonl"

python3 - "$tmp/browser.jsonl" "$kg_export" "$kg_bytes" "${base_export:-}" "${base_bytes:-}" <<'EOF'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
export = [(float(sys.argv[2]), int(sys.argv[3]))]
if sys.argv[4]:
    export.append((float(sys.argv[4]), int(sys.argv[5])))
names = ["kg", "baseline"][:len(rows)]
print("entities: " + ", ".join("%s %d" % (n, r["nodes"]) for n, r in zip(names, rows)))
for n, r in zip(names, rows):
    print("clicked (%s): %s" % (n, r["clicked"]))
measures = [("export html (s)", [e[0] for e in export]),
            ("file size (MB)", [e[1] / 1e6 for e in export])]
labels = {"draw": "nodes drawn (ms)", "drawall": "nodes+edges drawn (ms)", "click": "click -> panel (ms)",
          "clickdraw": "click -> node marked (ms)", "search": "search (ms)",
          "filter": "type filter off (ms)", "unfilter": "type filter on (ms)",
          "dates": "date range set (ms)", "undates": "date range cleared (ms)"}
for k, label in labels.items():
    measures.append((label, [r["median_ms"][k] for r in rows]))
measures.append(("JS heap (MB)", [r["heap_mb"] for r in rows]))
print("%-24s %10s" % ("median", "kg") + ("  %10s  %8s" % ("baseline", "ratio") if len(rows) > 1 else ""))
for label, v in measures:
    line = "%-24s %10.2f" % (label, v[0]) if v[0] is not None else "%-24s %10s" % (label, "-")
    if len(v) > 1:
        ratio = "%.2fx" % (v[0] / v[1]) if v[0] is not None and v[1] else "-"
        line += "  %10.2f  %8s" % (v[1], ratio) if v[1] is not None else "  %10s  %8s" % ("-", "-")
    print(line)
EOF
