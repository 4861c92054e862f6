#!/usr/bin/env bash
# all.sh: every figure of issue 11 in one command, each against another kg binary.
#   bench/all.sh --baseline OTHER_KG [--kg PATH] [--full] [--runs N]
# Runs, in turn (bench/README.md says what each measures and how):
#   1. build-scale.sh   the CPU a document costs against the store's size (1k, 10k documents;
#                       --full: 1k, 10k, 100k), kg/baseline
#   2. parallel.sh      build -j 1 against -j N (N = processors), extract | load
#   3. a long document  `kg extract` of one document of 100k and 200k words (--full: up to
#                       1M) made of the repository's articles, both binaries
#   4. analytics.sh     first and cached `kg query centrality`, first `kg query communities`
#                       on 5k documents (--full: 20k)
#   5. queries.py       neighbors, entity, search, path p50/p99 on 10k documents (--full: 100k)
#   6. export           `kg export json` of the 10k-document store: time and peak memory
#   7. graph_scale      PageRank and Leiden on random news-shaped graphs up to 1M edges (the
#                       graph_scale program of each build, when the baseline's build has one)
# Medians of RUNS runs (default 3); every time also as a ratio measured in this command.
# The quick form takes about 30 minutes on two cores, --full several hours.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
kg=$here/build-rel/kg baseline="" full=0 runs=3
while [ $# -gt 0 ]; do
    case $1 in
    --kg) kg=$(realpath "$2"); shift 2 ;;
    --baseline) baseline=$(realpath "$2"); shift 2 ;;
    --full) full=1; shift ;;
    --runs) runs=$2; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "all.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done
if [ -z "$baseline" ]; then
    echo "all.sh: --baseline OTHER_KG is required (every figure is a ratio against it)" >&2
    exit 2
fi
for b in "$kg" "$baseline"; do
    [ -x "$b" ] || { echo "all.sh: $b: not an executable kg" >&2; exit 2; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ $full = 1 ]; then
    sizes="1000 10000 100000" long="100000 200000 500000 1000000" adocs=20000 qdocs=100000
else
    sizes="1000 10000" long="100000 200000" adocs=5000 qdocs=10000
fi
section() { printf '\n== %s\n' "$*"; }
median() { sort -g | awk '{v[NR] = $1} END {print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

section "1. build cost against the store's size ($sizes documents)"
"$here/bench/build-scale.sh" --kg "$kg" --baseline "$baseline" --sizes "$sizes" --runs "$runs" \
    --keep "$tmp/scale"

section "2. threads and the map/reduce path (3,000 documents)"
"$here/bench/parallel.sh" --kg "$kg" --docs 3000 --runs "$runs"

section "3. one long document (kg extract -j 1; CPU seconds, user + system)"
# the repository's articles end to end, again and again, up to the size asked
cat "$here"/examples/*.txt "$here"/tests/data/*/*.txt > "$tmp/articles.txt"
printf '%-10s %12s %12s %12s\n' words kg baseline kg/baseline
for w in $long; do
    python3 - "$tmp/articles.txt" "$w" > "$tmp/long.txt" <<'PY'
import sys
lines, want, n = open(sys.argv[1]).read().splitlines(), int(sys.argv[2]), 0
print("A long document\n")
while n < want:
    for line in lines:
        print(line)
        n += len(line.split())
        if n >= want:
            break
PY
    for tag in kg baseline; do
        bin=$kg
        [ $tag = baseline ] && bin=$baseline
        for _ in $(seq 1 "$runs"); do
            /usr/bin/time -f '%U %S' -o "$tmp/t" "$bin" -q extract -j 1 "$tmp/long.txt" > /dev/null
            awk '{print $1 + $2}' "$tmp/t"
        done | median > "$tmp/long.$tag"
    done
    awk -v w="$(wc -w < "$tmp/long.txt")" -v a="$(cat "$tmp/long.kg")" -v b="$(cat "$tmp/long.baseline")" \
        'BEGIN {printf "%-10d %12.2f %12.2f %11.3fx\n", w, a, b, a / (b > 0 ? b : 0.01)}'
done

section "4. analytics ($adocs documents)"
"$here/bench/analytics.sh" --kg "$kg" --baseline "$baseline" --docs "$adocs" --runs "$runs"

section "5. queries ($qdocs documents)"
python3 "$here/bench/queries.py" --kg "$kg" --baseline "$baseline" --docs "$qdocs" --runs "$runs" \
    --names 10 --keep "$tmp/queries"

section "6. export json of a 10,000-document store (wall s, CPU s, peak RSS MB; medians)"
"$here/bench/gen-docs.py" 10000 "$tmp/docs10k"
printf '%-10s %10s %10s %10s %10s\n' binary wall cpu "RSS MB" "file MB"
for tag in kg baseline; do
    bin=$kg
    [ $tag = baseline ] && bin=$baseline
    "$bin" -q --db "$tmp/$tag.db" build "$tmp/docs10k"
    "$bin" -q --db "$tmp/$tag.db" export json -o "$tmp/warm.json" # fills the score cache
    for _ in $(seq 1 "$runs"); do
        rm -f "$tmp/out.json"
        /usr/bin/time -f '%e %U %S %M' -o "$tmp/t" "$bin" -q --db "$tmp/$tag.db" export json -o "$tmp/out.json"
        awk -v f="$(stat -c %s "$tmp/out.json")" '{print $1, $2 + $3, $4 / 1024, f / 1048576}' "$tmp/t"
    done > "$tmp/exp.$tag"
    printf '%-10s' "$tag"
    for c in 1 2 3 4; do printf ' %10.2f' "$(cut -d' ' -f$c "$tmp/exp.$tag" | median)"; done
    echo
    rm -f "$tmp/$tag.db"*
done

section "7. PageRank and Leiden on graphs up to 1M edges (graph_scale)"
for tag in kg baseline; do
    bin=$kg
    [ $tag = baseline ] && bin=$baseline
    gs=$(dirname "$bin")/graph_scale
    if [ -x "$gs" ]; then
        echo "-- $tag ($gs)"
        "$gs" --edges 1000000 --runs "$runs"
    else
        echo "-- $tag: no graph_scale beside $bin (built before it existed)"
    fi
done
