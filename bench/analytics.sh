#!/usr/bin/env bash
# analytics.sh: the first and the cached ranking, and the first communities, on one store.
#   bench/analytics.sh [--kg PATH] [--baseline PATH] [--docs N] [--runs N] [--keep DIR]
# Generates N distinct documents (bench/gen-docs.py, default 5000), builds them into a store
# with each binary, then RUNS times on a fresh copy of that store times `kg query centrality`
# (the default PageRank ranking: first, computing its scores; then again, from the cache) and,
# on another fresh copy, `kg query communities`. Prints medians of wall and CPU seconds and,
# with --baseline, kg/baseline ratios, measured in this one command.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
kg=$here/build/kg baseline="" docs=5000 runs=3 keep=""
while [ $# -gt 0 ]; do
    case $1 in
    --kg) kg=$(realpath "$2"); shift 2 ;;
    --baseline) baseline=$(realpath "$2"); shift 2 ;;
    --docs) docs=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "analytics.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done
if [ -n "$keep" ]; then
    tmp=$keep
    mkdir -p "$tmp"
else
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
fi
[ -d "$tmp/docs-$docs" ] || "$here/bench/gen-docs.py" "$docs" "$tmp/docs-$docs"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# timed BIN DB ARGS...: appends "wall cpu" of one run to $tmp/runs
timed() {
    local bin=$1 db=$2
    shift 2
    /usr/bin/time -f '%e %U %S' -o "$tmp/t" "$bin" -q --db "$db" "$@" > /dev/null 2>&1
    awk '{print $1, $2 + $3}' "$tmp/t"
}

declare -A R
tags=(kg)
[ -n "$baseline" ] && tags+=(baseline)
for tag in "${tags[@]}"; do
    bin=$kg
    [ "$tag" = baseline ] && bin=$baseline
    rm -f "$tmp/$tag.db"*
    "$bin" -q --db "$tmp/$tag.db" build "$tmp/docs-$docs"
    : > "$tmp/first"; : > "$tmp/cached"; : > "$tmp/comm"
    for _ in $(seq 1 "$runs"); do
        rm -f "$tmp/m.db"*
        cp "$tmp/$tag.db" "$tmp/m.db"
        timed "$bin" "$tmp/m.db" query centrality -n 10 >> "$tmp/first"
        timed "$bin" "$tmp/m.db" query centrality -n 10 >> "$tmp/cached"
        rm -f "$tmp/m.db"*
        cp "$tmp/$tag.db" "$tmp/m.db"
        timed "$bin" "$tmp/m.db" query communities >> "$tmp/comm"
    done
    for k in first cached comm; do
        R[$tag,$k,wall]=$(cut -d' ' -f1 "$tmp/$k" | median)
        R[$tag,$k,cpu]=$(cut -d' ' -f2 "$tmp/$k" | median)
    done
    if [ "$tag" = kg ]; then
        "$bin" --db "$tmp/$tag.db" stats | sed -n '3p;9p' | tr -s ' ' | paste -sd' ' | sed 's/^/store: /'
    fi
done
echo "$docs documents; median of $runs runs; seconds wall / CPU"
printf '%-28s %16s %16s %14s\n' step kg baseline "kg/baseline"
for k in first cached comm; do
    case $k in
    first) name="centrality, first" ;;
    cached) name="centrality, cached" ;;
    comm) name="communities, first" ;;
    esac
    if [ -n "$baseline" ]; then
        awk -v n="$name" -v w="${R[kg,$k,wall]}" -v c="${R[kg,$k,cpu]}" -v bw="${R[baseline,$k,wall]}" \
            -v bc="${R[baseline,$k,cpu]}" 'BEGIN {r = bw > 0 ? sprintf("%.3fx", (w > 0 ? w : 0.005) / bw) : "below 0.01 s"
                printf "%-28s %7.2f / %6.2f %7.2f / %6.2f %14s\n", n, w, c, bw, bc, r}'
    else
        awk -v n="$name" -v w="${R[kg,$k,wall]}" -v c="${R[kg,$k,cpu]}" \
            'BEGIN {printf "%-28s %7.2f / %6.2f\n", n, w, c}'
    fi
done
