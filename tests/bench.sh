#!/usr/bin/env bash
# bench.sh: build speed and memory of kg on a corpus made from the repository's articles.
#   tests/bench.sh [--kg PATH] [--baseline PATH] [--runs N] [--copies N]
# Makes COPIES copies of every article under examples/ and tests/data (each a distinct
# document), builds them into a fresh store RUNS times and prints the median wall time,
# words per second and peak memory; with --baseline, the same for that binary and the
# ratio, measured in the same command.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
kg=$here/build/kg baseline="" runs=5 copies=20
while [ $# -gt 0 ]; do
    case $1 in
    --kg) kg=$(realpath "$2"); shift 2 ;;
    --baseline) baseline=$(realpath "$2"); shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --copies) copies=$2; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/corpus"
n=0
for c in $(seq 1 "$copies"); do
    for f in "$here"/examples/*.txt "$here"/tests/data/*/*.txt; do
        n=$((n + 1))
        { cat "$f"; printf '\nCopy %d.\n' "$n"; } > "$tmp/corpus/d$n.txt"
    done
done
words=$(cat "$tmp"/corpus/*.txt | wc -w)

measure() { # measure KG: prints "median_seconds peak_kb"
    local times=() mem=0
    for _ in $(seq 1 "$runs"); do
        rm -f "$tmp"/b.db*
        /usr/bin/time -f '%e %M' -o "$tmp/t" "$1" -q --db "$tmp/b.db" build "$tmp/corpus"
        read -r t m < "$tmp/t"
        times+=("$t")
        [ "$m" -gt "$mem" ] && mem=$m
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v m="$mem" '{a[NR]=$1} END {print a[int((NR+1)/2)], m}'
}

echo "corpus: $n documents, $words words; $runs runs each, median"
read -r t m < <(measure "$kg")
awk -v t="$t" -v m="$m" -v w="$words" 'BEGIN {printf "kg:       %.2f s  %.0f words/s  peak %.1f MB\n", t, w / t, m / 1024}'
if [ -n "$baseline" ]; then
    read -r bt bm < <(measure "$baseline")
    awk -v t="$bt" -v m="$bm" -v w="$words" 'BEGIN {printf "baseline: %.2f s  %.0f words/s  peak %.1f MB\n", t, w / t, m / 1024}'
    awk -v t="$t" -v b="$bt" 'BEGIN {printf "time ratio kg/baseline: %.2f\n", t / b}'
fi
