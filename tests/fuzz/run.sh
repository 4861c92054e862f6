#!/usr/bin/env bash
# tests/fuzz/run.sh [SECONDS [HARNESS...]]: builds the libFuzzer harnesses with clang,
# AddressSanitizer and UBSan in build-fuzz/ and runs each for SECONDS (default 60) on a copy
# of its seed corpus (tests/fuzz/corpus/<harness>/). A crash stops with the reproducer
# written to build-fuzz/crashes/; add it to the corpus as a regression test once fixed.
# CI runs `tests/fuzz/run.sh 10`; a longer campaign: `tests/fuzz/run.sh 3600`.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -eq 0 ] && harnesses=(readers escape tokenize extract resolve)
if [ ! -f build-fuzz/build.ninja ]; then
    CC=clang meson setup build-fuzz --buildtype=debugoptimized -Dfuzz=true \
        -Db_sanitize=address,undefined -Db_lundef=false \
        -Dc_args=-fsanitize=fuzzer-no-link >/dev/null
fi
ninja -C build-fuzz >/dev/null
mkdir -p build-fuzz/crashes
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
for h in "${harnesses[@]}"; do
    work=build-fuzz/corpus-$h
    mkdir -p "$work"
    cp -n tests/fuzz/corpus/"$h"/* "$work"/ 2>/dev/null || true
    # extraction costs milliseconds an input whatever its length, most of it in ASan's
    # quarantine and malloc fill of large blocks: shorter inputs and a smaller quarantine run
    # it about three times as fast (tests/fuzz/RUNS.md)
    # Most of the rest went to libFuzzer's entropic schedule (keeping the frequency of each of
    # tens of thousands of features): -entropic=0 runs them 2.5-3.7 times as many inputs a CPU
    # second for about the same coverage an input (RUNS.md)
    max_len=65536
    asan=${ASAN_OPTIONS:-}
    flags=()
    if [ "$h" = extract ] || [ "$h" = resolve ]; then
        max_len=1024
        asan=${ASAN_OPTIONS:-quarantine_size_mb=16:max_malloc_fill_size=0}
        flags=(-entropic=0)
    fi
    echo "fuzz_$h: $seconds s" >&2
    ASAN_OPTIONS=$asan build-fuzz/tests/fuzz/fuzz_"$h" -max_total_time="$seconds" -timeout=20 \
        -rss_limit_mb=2048 -max_len="$max_len" "${flags[@]}" -artifact_prefix=build-fuzz/crashes/"$h"- \
        -print_final_stats=1 "$work" 2>&1 |
        grep -E '^(stat::number_of_executed_units|==|SUMMARY|#[0-9]+ +DONE)' ||
        { echo "fuzz_$h failed; see build-fuzz/crashes/" >&2; exit 1; }
done
