#!/usr/bin/env bash
# parallel.sh: what -j buys, and what the map/reduce path costs against one build.
#   bench/parallel.sh [--kg PATH] [--docs N] [--jobs N] [--runs N] [--sentences K] [--keep DIR]
# Generates N distinct news-like documents (bench/gen-docs.py) and RUNS times, in turn within
# each round so that the machine's load falls on all alike, times into a fresh store:
#   build -j 1, build -j JOBS, extract -j 1 > lines then load lines (each timed), and
#   extract -j JOBS | load.
# Prints for each the median wall and CPU (user+sys) seconds, documents and words per second
# of wall time, peak RSS, and ratios: build -j JOBS / build -j 1 (throughput) and extract +
# load / build -j 1 (time). Every store is checked to export the same JSON as build -j 1's.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
kg=$here/build/kg docs=3000 jobs=$(nproc) runs=5 sentences=12 keep=""
while [ $# -gt 0 ]; do
    case $1 in
    --kg) kg=$(realpath "$2"); shift 2 ;;
    --docs) docs=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --sentences) sentences=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "parallel.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done
if [ -n "$keep" ]; then
    tmp=$keep
    mkdir -p "$tmp"
else
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
fi
[ -d "$tmp/docs" ] || "$here/bench/gen-docs.py" --sentences "$sentences" "$docs" "$tmp/docs" >/dev/null
words=$(cat "$tmp"/docs/*.txt | wc -w)
echo "documents: $docs from bench/gen-docs.py --sentences $sentences ($words words); $(nproc) processors;" \
     "median of $runs rounds"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A WALL CPU RSS
# timed NAME CMD...: runs CMD under /usr/bin/time, appends wall, CPU and RSS to NAME's lists
timed() {
    local name=$1
    shift
    /usr/bin/time -f '%e %U %S %M' -o "$tmp/t" "$@"
    read -r w u s m < "$tmp/t"
    WALL[$name]+="$w "
    CPU[$name]+="$(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}') "
    RSS[$name]+="$m "
}
same() { # same DB: its export equals the reference
    "$kg" -q --db "$1" export json -o "$tmp/cmp.json"
    cmp -s "$tmp/cmp.json" "$tmp/ref.json" || { echo "parallel.sh: $1 differs from build -j 1" >&2; exit 1; }
}
for r in $(seq 1 "$runs"); do
    rm -f "$tmp"/*.db*
    timed build1 "$kg" -q --db "$tmp/b1.db" build -j 1 "$tmp/docs"
    [ "$r" = 1 ] && "$kg" -q --db "$tmp/b1.db" export json -o "$tmp/ref.json"
    timed buildN "$kg" -q --db "$tmp/bN.db" build -j "$jobs" "$tmp/docs"
    timed extract1 sh -c "\"$kg\" -q extract -j 1 \"$tmp/docs\" > \"$tmp/lines.jsonl\""
    timed load sh -c "\"$kg\" -q --db \"$tmp/l.db\" load \"$tmp/lines.jsonl\""
    timed pipeN sh -c "\"$kg\" -q extract -j $jobs \"$tmp/docs\" | \"$kg\" -q --db \"$tmp/p.db\" load"
    for db in bN l p; do same "$tmp/$db.db"; done
done
med() { printf '%s\n' $1 | median; }
printf '%-30s %8s %8s %9s %10s %8s\n' step "wall s" "CPU s" "docs/s" "words/s" "RSS MB"
for name in build1 buildN extract1 load pipeN; do
    w=$(med "${WALL[$name]}") c=$(med "${CPU[$name]}") m=$(med "${RSS[$name]}")
    case $name in
    build1) label="build -j 1" ;; buildN) label="build -j $jobs" ;;
    extract1) label="extract -j 1 > file" ;; load) label="load file" ;;
    pipeN) label="extract -j $jobs | load" ;;
    esac
    awk -v l="$label" -v w="$w" -v c="$c" -v m="$m" -v d="$docs" -v n="$words" \
        'BEGIN {printf "%-30s %8.2f %8.2f %9.0f %10.0f %8.0f\n", l, w, c, d / w, n / w, m / 1024}'
    eval "M_$name=$w"
done
awk -v a="$M_build1" -v b="$M_buildN" -v e="$M_extract1" -v l="$M_load" -v p="$M_pipeN" -v j="$jobs" 'BEGIN {
    printf "throughput build -j %d / build -j 1: %.2fx\n", j, a / b
    printf "time (extract -j 1 + load) / build -j 1: %.2fx; (extract -j %d | load) / build -j 1: %.2fx\n", (e + l) / a, j, p / a
}'
echo "every store exports the same JSON as build -j 1"
