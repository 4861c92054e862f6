#!/usr/bin/env bash
# run.sh: set up kg on a Debian 12 machine and run one job.
#   ./run.sh setup      install missing Debian packages, configure and build (build/)
#   ./run.sh examples   setup, then build the graph of examples/ and show rankings and exports
#   ./run.sh test       setup, then run the whole test suite (normal build; with CI=true
#                       also an AddressSanitizer+UBSan build and 10 s of each fuzz harness)
# Idempotent: installed packages and a configured build are left as they are.
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(meson ninja-build gcc pkg-config libigraph-dev libxml2-dev libjansson-dev
          libsqlite3-dev libicu-dev check python3 python3-networkx wamerican iso-codes
          libgeonames-common clang parallel python3-distributed help2man chromium valgrind)

install_packages() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    # the HTML view's JavaScript (npm ci) and its browser test: any Node.js with npm will do
    command -v node >/dev/null || missing+=(nodejs)
    command -v npm >/dev/null || missing+=(npm)
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup: installing ${missing[*]}" >&2
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq >/dev/null
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

configure() { # configure DIR [meson options...]
    local dir=$1; shift
    local werror=false
    [ "${CI:-}" = true ] && werror=true
    if [ ! -f "$dir/build.ninja" ]; then
        meson setup "$dir" --buildtype=debugoptimized -Dwerror=$werror "$@" >/dev/null
    elif [ -f node_modules/cytoscape/dist/cytoscape.min.js ] &&
        ! grep -q cytoscape.min.js "$dir/build.ninja"; then
        meson setup --reconfigure "$dir" >/dev/null # configured before npm ci: embed the view's library
    fi
    ninja -C "$dir" >/dev/null
}

# The JavaScript kg embeds in its HTML view (cytoscape.js) and the browser test's driver,
# at the versions package-lock.json pins; reinstalled only when the lock file changed.
install_node_modules() {
    if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
        npm ci --no-audit --no-fund --silent >/dev/null
    fi
}

setup() {
    install_packages
    install_node_modules
    configure build
}

run_tests() { # run_tests DIR
    meson test -C "$1" --print-errorlogs -v
}

case "${1:-}" in
setup)
    setup
    ;;
examples)
    setup
    out=examples/out
    mkdir -p "$out"
    rm -f "$out/kg.db" "$out/kg.db-wal" "$out/kg.db-shm"
    kg() { build/kg --db "$out/kg.db" "$@"; }
    kg build examples
    echo
    echo "== top 10 by PageRank"
    kg query centrality --measure pagerank -n 10
    echo
    echo '== kg query neighbors "Respublica"'
    kg query neighbors "Respublica"
    kg export graphml -o "$out/graph.graphml"
    kg export json -o "$out/graph.json"
    echo
    echo "wrote $out/graph.graphml (open it in Gephi) and $out/graph.json (node-link JSON)"
    ;;
test)
    setup
    run_tests build
    if [ "${CI:-}" = true ] || [ "${KG_SANITIZE:-}" = 1 ]; then
        configure build-san -Db_sanitize=address,undefined -Db_lundef=false
        UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 run_tests build-san
    fi
    if [ "${CI:-}" = true ]; then
        tests/fuzz/run.sh 10 # a short bounded libFuzzer run of every harness (clang)
    fi
    ;;
*)
    echo "usage: ./run.sh setup|examples|test" >&2
    exit 2
    ;;
esac
