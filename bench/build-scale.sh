#!/usr/bin/env bash
# build-scale.sh: does a document cost the same to build into a small store and a large one?
#   bench/build-scale.sh [--kg PATH] [--baseline PATH] [--sizes "1000 5000 20000"]
#                        [--batch N] [--runs N] [--sentences K] [--keep DIR]
# Generates distinct news-like documents (bench/gen-docs.py), fills a store with each binary
# up to every size in turn (timed once: the build from empty), then RUNS times copies the
# store of each size and times `kg build` of the same BATCH further documents into it. Prints
# the median wall and CPU (user+sys) seconds per document of the batch, the ratio of each
# size's per-document CPU to that of the smallest size, and with --baseline the same for
# that binary and kg/baseline ratios, all measured in this one command.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
kg=$here/build/kg baseline="" sizes="1000 5000 20000" batch=1000 runs=3 sentences=12 keep=""
while [ $# -gt 0 ]; do
    case $1 in
    --kg) kg=$(realpath "$2"); shift 2 ;;
    --baseline) baseline=$(realpath "$2"); shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --batch) batch=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --sentences) sentences=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-scale.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done
if [ -n "$keep" ]; then
    tmp=$keep
    mkdir -p "$tmp"
else
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
fi
read -r -a sizes <<< "$sizes"
max=${sizes[${#sizes[@]} - 1]}
# the store's documents d0000001.. and a batch numbered far beyond them
gen=$here/bench/gen-docs.py
[ -d "$tmp/docs" ] || "$gen" --sentences "$sentences" "$max" "$tmp/docs"
[ -d "$tmp/batch" ] || "$gen" --sentences "$sentences" --first 9000001 "$batch" "$tmp/batch"
words=$(cat "$tmp"/batch/*.txt | wc -w)

# prefill BIN TAG: stores TAG-SIZE.db for every size, grown one size after the other
prefill() {
    local bin=$1 tag=$2 from=0 db=$tmp/$2.db
    rm -f "$db"*
    for n in "${sizes[@]}"; do
        rm -rf "$tmp/part"
        mkdir "$tmp/part"
        (cd "$tmp/docs" && ls | sed -n "$((from + 1)),${n}p" | xargs -I{} ln -s "$tmp/docs/{}" "$tmp/part/{}")
        /usr/bin/time -f '%e %U %S' -o "$tmp/t" "$bin" -q --db "$db" build "$tmp/part"
        read -r w u s < "$tmp/t"
        awk -v n="$n" -v f="$from" -v w="$w" -v c="$(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}')" -v t="$tag" \
            'BEGIN {printf "  %-8s fill %6d -> %6d docs: %7.1f s wall %7.1f s CPU (%.2f ms CPU/doc)\n", t, f, n, w, c, 1000 * c / (n - f)}'
        cp "$db" "$tmp/$tag-$n.db"
        from=$n
    done
    rm -f "$db"*
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# measure BIN TAG SIZE: "median_wall median_cpu" of building the batch into TAG-SIZE.db
measure() {
    local walls=() cpus=()
    for _ in $(seq 1 "$runs"); do
        rm -f "$tmp"/m.db*
        cp "$tmp/$2-$3.db" "$tmp/m.db"
        /usr/bin/time -f '%e %U %S' -o "$tmp/t" "$1" -q --db "$tmp/m.db" build "$tmp/batch"
        read -r w u s < "$tmp/t"
        walls+=("$w")
        cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}')")
    done
    echo "$(printf '%s\n' "${walls[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median)"
}

echo "documents: bench/gen-docs.py --sentences $sentences (store up to $max, batch of $batch: $words words)"
echo "each figure: building the batch into a copy of a store of SIZE documents, median of $runs runs"
declare -A W C
tags=(kg)
[ -n "$baseline" ] && tags+=(baseline)
for tag in "${tags[@]}"; do
    bin=$kg
    [ "$tag" = baseline ] && bin=$baseline
    echo "$tag: $bin"
    prefill "$bin" "$tag"
    for n in "${sizes[@]}"; do
        read -r w c < <(measure "$bin" "$tag" "$n")
        W[$tag,$n]=$w
        C[$tag,$n]=$c
    done
    rm -f "$tmp/$tag"-*.db
done
first=${sizes[0]}
printf '\n%-9s %7s  %12s %12s %9s %13s\n' binary store "ms/doc wall" "ms/doc CPU" "words/s" "CPU vs ${first}"
for tag in "${tags[@]}"; do
    for n in "${sizes[@]}"; do
        awk -v t="$tag" -v n="$n" -v w="${W[$tag,$n]}" -v c="${C[$tag,$n]}" -v c0="${C[$tag,$first]}" \
            -v b="$batch" -v words="$words" \
            'BEGIN {printf "%-9s %7d  %12.2f %12.2f %9.0f %12.2fx\n", t, n, 1000 * w / b, 1000 * c / b, words / w, c / c0}'
    done
done
if [ -n "$baseline" ]; then
    printf '\nkg/baseline per-document CPU (wall):'
    for n in "${sizes[@]}"; do
        awk -v n="$n" -v c="${C[kg,$n]}" -v cb="${C[baseline,$n]}" -v w="${W[kg,$n]}" \
            -v wb="${W[baseline,$n]}" 'BEGIN {printf "  %d: %.2f (%.2f)", n, c / cb, w / wb}'
    done
    echo
fi
