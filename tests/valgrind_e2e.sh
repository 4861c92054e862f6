#!/bin/sh
# valgrind_e2e: kg end to end under valgrind memcheck (issue 12): every command on the
# examples' store and on the inputs around it (build, rebuild, a changed and a bad input, the
# map and reduce steps, stats, each query, each export, a report, corrections, documents,
# remove) and the refusals, each run under memcheck. Any memory error or definite leak in any
# run fails the test (valgrind exits 99; kg's own codes are 0, 1 and 2).
# The suite runs it only in a build without sanitizers (tests/meson.build); by hand:
#   tests/valgrind_e2e.sh build/kg
# usage: valgrind_e2e.sh KG_BINARY [SUPPRESSIONS]   (exit 77: no valgrind, skipped)
set -u
case $1 in /*) kg=$1 ;; *) kg=$(pwd)/$1 ;; esac
here=$(cd "$(dirname "$0")" && pwd)
supp=${2:-$here/valgrind.supp}
command -v valgrind >/dev/null 2>&1 || { echo "valgrind_e2e: no valgrind, skipped"; exit 77; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/kg-valgrind.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
mkdir in
cp "$here/../examples/"*.txt in/
export KG_DB="$tmp/kg.db"

runs=0
failures=0
# vg WANT ARGS...: runs kg ARGS under memcheck; WANT is the exit status kg must give.
vg() {
    want=$1
    shift
    runs=$((runs + 1))
    valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
        --suppressions="$supp" --log-file="$tmp/vg.log" "$kg" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
    rc=$?
    touch "$tmp/vg.log"
    if [ "$rc" -ne "$want" ] || [ -s "$tmp/vg.log" ]; then
        failures=$((failures + 1))
        echo "FAIL (exit $rc, wanted $want): kg $*"
        cat "$tmp/vg.log"
        head -5 "$tmp/err"
    fi
}

# documents in: a build, a rebuild of the same, a changed one, a bad input beside a good one
vg 0 build -j 2 in
vg 0 build in
printf 'Talks in Astana\nMarch 3, 2023\nThe Foreign Minister of Kazakhstan met officials of Uzbekistan in Astana.\n' >in/new.txt
printf 'bad \377\376 bytes\n' >bad.txt
vg 1 build in/new.txt bad.txt
printf 'Talks in Tashkent\nMarch 4, 2023\nThe Foreign Minister of Uzbekistan met officials of Kazakhstan in Tashkent.\n' >more.txt
vg 0 extract more.txt
cp "$tmp/out" lines.jsonl
vg 0 load lines.jsonl
# reading
vg 0 stats --json
vg 0 documents
vg 0 query centrality --measure betweenness -n 5
vg 0 query communities --json
vg 0 query neighbors Respublica --depth 2 --evidence
vg 0 query path "Anton Tkachev" "Kamila Baidildina"
vg 0 query entity "Anton Tkachev"
vg 0 query search Tkachov
# writing files
for f in graphml json cytoscape gexf1.3; do
    vg 0 export "$f" -o "graph.$f"
done
vg 0 export csv -o csv
vg 0 export gexf --since 2023-03-10 -o -
if "$kg" export html -o /dev/null 2>/dev/null; then
    vg 0 report -o report
fi
# corrections and removal
vg 0 alias add "Anton Tkachev" "A. Tkachev"
vg 0 corrections export -o fixes.jsonl
vg 0 corrections import fixes.jsonl
# refusals and usage errors
vg 1 export json -o kg.db
vg 1 export json -o in/new.txt
vg 0 remove in/new.txt
vg 2 query centrality -n abc
vg 1 --db bad.txt stats

echo "valgrind_e2e: $runs runs of kg under memcheck, $failures failed"
[ "$failures" -eq 0 ]
