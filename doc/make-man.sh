#!/bin/sh
# make-man.sh KG HELP2MAN OUTPUT: writes kg's man page (kg.1) with help2man from `kg --help`
# and `kg --version`, with a COMMANDS section made of every command's and query's --help, and
# the files, environment and exit status sections from doc/kg.h2m. Run by meson at build time.
set -eu
kg=$1
help2man=$2
out=$3
here=$(dirname "$0")
inc=$(mktemp)
trap 'rm -f "$inc"' EXIT
cat "$here/kg.h2m" >"$inc"
{
    echo "[COMMANDS]"
    for c in build export stats; do
        echo ".SS kg $c"
        echo ".nf"
        "$kg" help "$c" | sed 's/\\/\\e/g; s/^\./\\\&./'
        echo ".fi"
    done
    for q in centrality communities entity neighbors path search; do
        echo ".SS kg query $q"
        echo ".nf"
        "$kg" help query "$q" | sed 's/\\/\\e/g; s/^\./\\\&./'
        echo ".fi"
    done
} >>"$inc"
"$help2man" --no-info --no-discard-stderr --section=1 \
    --name="build a knowledge graph of people, organisations, parties, places and events from news" \
    --include="$inc" --output="$out" "$kg"
