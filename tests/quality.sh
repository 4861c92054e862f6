#!/usr/bin/env bash
# quality.sh: kg's extraction quality on every gold set, one store per document, scored by
# ../shared/eval/kg-score and micro-averaged over the documents of a set.
#   tests/quality.sh [--kg PATH] [--misses] [--micro] [SET...]
# SET is one of seeds, dev, dev2, dev3, dev4, dev5, corpus, genre-dev, news-dev, party-dev,
# genre2-dev, genre3-dev, genre4-dev, genre5-dev, news2-dev, genre6-dev, news3-dev, genre7-dev,
# news4-dev, genre8-dev, news5-dev, genre9-dev, news6-dev, genre10-dev, news7-dev, genre11-dev,
# news8-dev, genre12-dev, news9-dev, genre13-dev, news10-dev, genre14-dev, news11-dev, genre15-dev,
# news12-dev, genre16-dev, news13-dev, genre17-dev, news14-dev (the dev parts),
# blind, blind2, blind3, genre-test, news-test, party-test, genre2-test, genre3-test, genre4-test,
# genre5-test, news2-test, genre6-test, news3-test, genre7-test, news4-test, genre8-test,
# news5-test, genre9-test, news6-test, genre10-test, news7-test, genre11-test, news8-test,
# genre12-test, news9-test, genre13-test, news10-test, genre14-test, news11-test, genre15-test,
# news12-test, genre16-test, news13-test, genre17-test, news14-test (the test parts),
# or dev-all / test-all (default:
# all, dev parts first). --misses lists what was missed, and is refused for the test parts:
# they measure text nobody tuned kg to, once per change, never studied. --micro adds one line
# micro-averaged over every document of the sets given (dev-all: the dev figure).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
kg=$here/build/kg
misses=()
micro=0
sets=()
while [ $# -gt 0 ]; do
    case $1 in
    --kg) kg=$(realpath "$2"); shift 2 ;;
    --misses) misses=(--show-misses); shift ;;
    --micro) micro=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) sets+=("$1"); shift ;;
    esac
done
dev_sets=(seeds dev dev2 dev3 dev4 dev5 corpus genre-dev news-dev party-dev genre2-dev genre3-dev genre4-dev
          genre5-dev news2-dev genre6-dev news3-dev genre7-dev news4-dev genre8-dev news5-dev genre9-dev news6-dev genre10-dev news7-dev
          genre11-dev news8-dev genre12-dev news9-dev genre13-dev news10-dev genre14-dev news11-dev
          genre15-dev news12-dev genre16-dev news13-dev genre17-dev news14-dev)
test_sets=(blind blind2 blind3 genre-test news-test party-test genre2-test genre3-test genre4-test
           genre5-test news2-test genre6-test news3-test genre7-test news4-test genre8-test news5-test genre9-test news6-test genre10-test news7-test
           genre11-test news8-test genre12-test news9-test genre13-test news10-test genre14-test news11-test
           genre15-test news12-test genre16-test news13-test genre17-test news14-test)
[ ${#sets[@]} -eq 0 ] && sets=("${dev_sets[@]}" "${test_sets[@]}")
expanded=()
for s in "${sets[@]}"; do
    case $s in
    dev-all) expanded+=("${dev_sets[@]}") ;;
    test-all) expanded+=("${test_sets[@]}") ;;
    *) expanded+=("$s") ;;
    esac
done
sets=("${expanded[@]}")
if [ ${#misses[@]} -gt 0 ]; then
    for s in "${sets[@]}"; do
        case $s in
        blind*|*-test) echo "quality.sh: no --misses for the test part '$s'" >&2; exit 2 ;;
        esac
    done
fi
score=$here/../shared/eval/kg-score
[ -x "$score" ] || { echo "quality.sh: $score not found" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run_set() { # run_set NAME TEXT_DIR GOLD_DIR
    local name=$1 texts=$2 golds=$3 d=$tmp/$1
    mkdir -p "$d/gold" "$d/pred"
    for g in "$golds"/*.json; do
        local b
        b=$(basename "$g" .json)
        [ -f "$texts/$b.txt" ] || continue
        cp "$g" "$d/gold/"
        "$kg" -q --db "$d/$b.db" build "$texts/$b.txt"
        "$kg" --db "$d/$b.db" export json -o "$d/pred/$b.json"
        if [ "$micro" = 1 ]; then
            mkdir -p "$tmp/all/gold" "$tmp/all/pred"
            cp "$g" "$tmp/all/gold/$name--$b.json"
            cp "$d/pred/$b.json" "$tmp/all/pred/$name--$b.json"
        fi
    done
    if [ ${#misses[@]} -gt 0 ]; then
        "$score" --gold-dir "$d/gold" --pred-dir "$d/pred" "${misses[@]}"
    else
        printf '%-10s %s\n' "$name" "$("$score" --gold-dir "$d/gold" --pred-dir "$d/pred" | tail -1)"
    fi
}

for s in "${sets[@]}"; do
    case $s in
    seeds) run_set seeds "$here/examples" "$here/../shared/gold" ;;
    dev) run_set dev "$here/tests/data/dev" "$here/tests/data/dev" ;;
    dev2) run_set dev2 "$here/tests/data/dev2" "$here/tests/data/dev2" ;;
    dev3) run_set dev3 "$here/tests/data/dev3" "$here/tests/data/dev3" ;;
    dev4) run_set dev4 "$here/tests/data/dev4" "$here/tests/data/dev4" ;;
    dev5) run_set dev5 "$here/tests/data/dev5" "$here/tests/data/dev5" ;;
    corpus) run_set corpus "$here/../shared/corpus/news" "$here/tests/data/corpus-gold" ;;
    blind) run_set blind "$here/tests/data/blind" "$here/tests/data/blind" ;;
    blind2) run_set blind2 "$here/tests/data/blind2" "$here/tests/data/blind2" ;;
    blind3) run_set blind3 "$here/tests/data/blind3" "$here/tests/data/blind3" ;;
    genre-dev|genre-test|news-dev|news-test|party-dev|party-test|genre2-dev|genre2-test|genre3-dev|genre3-test|genre4-dev|genre4-test|\
    genre5-dev|genre5-test|news2-dev|news2-test|genre6-dev|genre6-test|news3-dev|news3-test|\
    genre7-dev|genre7-test|news4-dev|news4-test|genre8-dev|genre8-test|news5-dev|news5-test|\
    genre9-dev|genre9-test|news6-dev|news6-test|genre10-dev|genre10-test|news7-dev|news7-test|\
    genre11-dev|genre11-test|news8-dev|news8-test|genre12-dev|genre12-test|news9-dev|news9-test|genre13-dev|genre13-test|news10-dev|news10-test|genre14-dev|genre14-test|news11-dev|news11-test|\
    genre15-dev|genre15-test|news12-dev|news12-test|genre16-dev|genre16-test|news13-dev|news13-test|\
    genre17-dev|genre17-test|news14-dev|news14-test)
        if compgen -G "$here/tests/data/$s/*.json" >/dev/null; then
            run_set "$s" "$here/tests/data/$s" "$here/tests/data/$s"
        fi ;;
    *) echo "quality.sh: unknown set '$s'" >&2; exit 2 ;;
    esac
done
if [ "$micro" = 1 ] && [ -d "$tmp/all/gold" ]; then
    printf '%-10s %s\n' "micro" "$("$score" --gold-dir "$tmp/all/gold" --pred-dir "$tmp/all/pred" | tail -1)"
fi
